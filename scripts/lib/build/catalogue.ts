import { featureStatus, planTarget } from '../../../src/schema/feature';
import type { Catalogue, CatalogueFeature } from '../../../src/schema/records';
import { bboxOf, roundBbox, roundGeometry } from '../geo/positions';
import { searchKeys } from '../search-keys';
import type { ValidatedData } from '../validate/index';
import { placesFrom } from './places';

/**
 * The catalogue the panels read beside the tiles: every feature (by fid) with
 * its mentions, provenance, status (the furthest reached) and the 2023 plan's
 * target, years, bbox and geometry to 6 decimals;
 * searchable places; pinyin search keys for both; indicators and unmapped
 * items in file order.
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
        geocode: p.geocode,
        ...(p.responsible ? { responsible: p.responsible } : {}),
        bbox: roundBbox(bboxOf([geometry])),
        geometry: roundGeometry(geometry),
        keys: searchKeys(p.name_zh),
      };
    });
  return {
    version: 1,
    source: data.source,
    features,
    places: placesFrom(data).map((place) => ({ ...place, keys: searchKeys(place.name_zh) })),
    indicators: data.indicators ?? [],
    unmapped: data.unmapped ?? [],
  };
}

/** The catalogue as written: compact JSON and a final newline, keys in a fixed order. */
export function serializeCatalogue(catalogue: Catalogue): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(catalogue)}\n`);
}
