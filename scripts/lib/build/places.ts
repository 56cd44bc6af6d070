import type { BasemapLayer, BasemapProperties, LandmarkKind } from '../../../src/schema/basemap';
import type { Place } from '../../../src/schema/records';
import { bboxOf, representativePoint } from '../../../src/lib/geometry';
import { type Position, roundBbox, roundCoordinate } from '../geo/positions';
import type { ValidatedData } from '../validate/index';
import type { SimpleGeometry } from '../validate/geometry';

/** Which basemap features a search can find, and as what. */
function placeKind(layer: BasemapLayer, kind: string): Place['kind'] | undefined {
  if (layer === 'roads') return 'street';
  if (layer === 'metro' && kind === 'station') return 'station';
  if (layer === 'labels' && kind === 'subdistrict') return 'subdistrict';
  if (layer === 'water') return 'water';
  if (layer === 'district') return 'district';
  if (layer === 'landmarks') return 'landmark';
  return undefined;
}

/**
 * Searchable places from the basemap: named streets, metro stations,
 * sub-districts, water and the district, one per kind and name (a road in
 * several pieces is one place), each with a point on or in it and its bbox.
 * Sorted by name, then kind.
 */
export function placesFrom(data: ValidatedData): Place[] {
  const groups = new Map<string, Group>();
  for (const file of data.basemap) {
    for (const { properties: p, geometry } of file.features) {
      const kind = placeKind(file.layer, p.kind);
      if (!kind || p.name_zh === '') continue;
      // Landmarks are one object each, even when two share a name (two cemeteries of the same name).
      const key = `${kind}\u0000${kind === 'landmark' ? p.qid : p.name_zh}`;
      const group = groups.get(key) ?? { kind, name_zh: p.name_zh, name_en: '', geometries: [], ...landmarkFields(kind, p) };
      if (group.name_en === '') group.name_en = p.name_en;
      group.geometries.push(geometry);
      groups.set(key, group);
    }
  }
  // Places of one name and kind are landmarks, which all have a Q-id: the '' fallbacks never meet.
  // Stryker disable StringLiteral
  return [...groups.values()]
    .map(({ geometries, ...g }) => {
      const point = representativePoint(...geometries);
      return { ...g, point: [roundCoordinate(point[0]), roundCoordinate(point[1])] as Position, bbox: roundBbox(bboxOf(geometries)) };
    })
    .sort((a, b) => compare(a.name_zh, b.name_zh) || compare(a.kind, b.kind) || compare(a.qid ?? '', b.qid ?? ''));
  // Stryker restore StringLiteral
}

interface Group {
  kind: Place['kind'];
  name_zh: string;
  name_en: string;
  geometries: SimpleGeometry[];
  qid?: string;
  landmark?: LandmarkKind;
  aliases?: Array<{ name_zh: string }>;
}

/** What a landmark carries besides its names: its Wikidata item, what it is, and its other names. */
function landmarkFields(kind: Place['kind'], p: BasemapProperties): Pick<Group, 'qid' | 'landmark' | 'aliases'> {
  if (kind !== 'landmark') return {};
  return { qid: p.qid, landmark: p.kind as LandmarkKind, ...(p.aliases?.length ? { aliases: p.aliases.map((name_zh) => ({ name_zh })) } : {}) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
