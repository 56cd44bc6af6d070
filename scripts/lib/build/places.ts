import type { BasemapLayer, BasemapProperties, LandmarkKind } from '../../../src/schema/basemap';
import type { Bbox, Place } from '../../../src/schema/records';
import { bboxOf, type Position, positionsOf, roundBbox, roundCoordinate } from '../geo/positions';
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
  return [...groups.values()]
    .map(({ geometries, ...g }) => {
      const bbox = bboxOf(geometries);
      const point = representativePoint(geometries, bbox);
      return { ...g, point: [roundCoordinate(point[0]), roundCoordinate(point[1])] as Position, bbox: roundBbox(bbox) };
    })
    .sort((a, b) => compare(a.name_zh, b.name_zh) || compare(a.kind, b.kind) || compare(a.qid ?? '', b.qid ?? ''));
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

/**
 * A point that lies on the place: its first point; else for areas the
 * middle of the widest stretch across the bbox's middle latitude; else the
 * point of its lines nearest the bbox centre.
 */
export function representativePoint(geometries: readonly SimpleGeometry[], bbox: Bbox): Position {
  const centre: Position = [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2];
  const point = geometries.find((g) => g.type === 'Point');
  if (point) return point.coordinates as Position;
  const rings = geometries.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [])).flat() as Position[][];
  if (rings.length > 0) return widestSpanMiddle(rings, centre[1]) ?? centre;
  const lines = geometries.flatMap((g) => (g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [])) as Position[][];
  if (lines.length > 0) return nearestOnLines(lines, centre);
  return (positionsOf(geometries[0] as SimpleGeometry)[0] ?? centre) as Position;
}

/** Even-odd scanline across all rings at latitude y: the middle of the widest inside stretch. */
function widestSpanMiddle(rings: readonly Position[][], y: number): Position | undefined {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = ring[i] as Position;
      const [bx, by] = ring[i + 1] as Position;
      if (ay > y !== by > y) xs.push(ax + ((y - ay) * (bx - ax)) / (by - ay));
    }
  }
  xs.sort((a, b) => a - b);
  let best: Position | undefined;
  let width = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const [a, b] = [xs[i] as number, xs[i + 1] as number];
    if (b - a > width) {
      width = b - a;
      best = [(a + b) / 2, y];
    }
  }
  return best;
}

/** The point of the lines nearest p, in a plane scaled by cos(latitude). */
function nearestOnLines(lines: readonly Position[][], p: Position): Position {
  const k = Math.cos((p[1] * Math.PI) / 180);
  let best: Position = lines[0]?.[0] ?? p;
  let bestD = Infinity;
  for (const line of lines) {
    for (let i = 0; i < line.length; i++) {
      const a = line[i] as Position;
      const b = line[i + 1] ?? a;
      const dx = (b[0] - a[0]) * k;
      const dy = b[1] - a[1];
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (((p[0] - a[0]) * k) * dx + (p[1] - a[1]) * dy) / len2));
      const q: Position = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
      const d = ((q[0] - p[0]) * k) ** 2 + (q[1] - p[1]) ** 2;
      if (d < bestD) {
        bestD = d;
        best = q;
      }
    }
  }
  return best;
}
