import { featureStatus, planTarget } from '../../../src/schema/feature';
import type { Catalogue, CatalogueFeature, Place } from '../../../src/schema/records';
import { bboxOf } from '../../../src/lib/geometry';
import { roundBbox, roundGeometry } from '../geo/positions';
import { foldPairs } from '../hanzi';
import { searchKeys } from '../search-keys';
import { measureAnchors } from '../validate/anchors';
import type { ValidatedData } from '../validate/index';
import { buildId } from './build-id';
import { placesFrom } from './places';

/**
 * The catalogue the panels read beside the tiles, with the build id its
 * archives carry: every feature (by fid) with its mentions, provenance (each
 * anchor with its measured distance), status (the furthest reached) and the
 * 2023 plan's target, years, bbox and geometry to 6 decimals; searchable
 * places (landmarks among them, with their short forms); pinyin search keys
 * for all; the traditional-character folds their names need; indicators and
 * unmapped items in file order.
 */
export function buildCatalogue(data: ValidatedData): Catalogue {
  if (!data.source) throw new Error('the catalogue needs the report source record (data/report/source.json)');
  const features: CatalogueFeature[] = data.layers
    .flatMap((l) => l.features)
    .sort((a, b) => a.properties.fid - b.properties.fid)
    .map(({ properties: p, geometry }) => {
      const target = planTarget(p.mentions);
      return {
        id: p.id,
        fid: p.fid,
        name_zh: p.name_zh,
        name_en: p.name_en,
        category: p.category,
        status: featureStatus(p.mentions),
        ...(target ? { target } : {}),
        years: [...new Set(p.mentions.map((m) => m.year))].sort(),
        mentions: p.mentions,
        geocode: { ...p.geocode, anchors: measureAnchors(geometry, p.geocode) },
        ...(p.zone ? { zone: p.zone } : {}),
        ...(p.responsible ? { responsible: p.responsible } : {}),
        bbox: roundBbox(bboxOf([geometry])),
        geometry: roundGeometry(geometry),
        keys: searchKeys(p.name_zh),
      };
    });
  const places: Place[] = placesFrom(data).map(({ aliases, ...place }) => ({
    ...place,
    keys: searchKeys(place.name_zh),
    ...(aliases ? { aliases: aliases.map((a) => ({ name_zh: a.name_zh, keys: searchKeys(a.name_zh) })) } : {}),
  }));
  const names = [...features, ...places, ...places.flatMap((p) => p.aliases ?? [])].map((n) => n.name_zh);
  return {
    version: 1,
    build: buildId(data),
    source: data.source,
    features,
    places,
    indicators: data.indicators ?? [],
    unmapped: data.unmapped ?? [],
    fold: foldPairs(names),
  };
}

/** The catalogue as written: compact JSON and a final newline, keys in a fixed order. */
export function serializeCatalogue(catalogue: Catalogue): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(catalogue)}\n`);
}
