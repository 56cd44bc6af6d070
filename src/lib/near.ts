import type { Precision, Status } from '../schema/constants';
import { uncertaintyM } from '../schema/precision';
import type { Bbox, CatalogueFeature } from '../schema/records';
import { type LonLat, ringContains } from './geo';

/** Metres per degree at Qiaokou's latitude; planar error across the district is well under 1%. */
const LAT0 = 30.6;
const M_PER_DEG_LAT = 110_574;
const M_PER_DEG_LON = 111_320 * Math.cos((LAT0 * Math.PI) / 180);

type XY = [number, number];
const toXY = (p: readonly number[], o: LonLat): XY => [((p[0] ?? 0) - o[0]) * M_PER_DEG_LON, ((p[1] ?? 0) - o[1]) * M_PER_DEG_LAT];

/** Distance from the origin (0,0) to segment ab, in metres. */
function segmentDistance(a: XY, b: XY): number {
  return Math.hypot(...segmentClosest(a, b));
}

function lineDistance(coords: readonly (readonly number[])[], o: LonLat): number {
  let best = Infinity;
  let prev = coords[0] ? toXY(coords[0], o) : null;
  if (prev && coords.length === 1) return Math.hypot(prev[0], prev[1]);
  for (let i = 1; i < coords.length && prev; i++) {
    const next = toXY(coords[i] as number[], o);
    best = Math.min(best, segmentDistance(prev, next));
    prev = next;
  }
  return best;
}

function polygonDistance(rings: readonly (readonly (readonly number[])[])[], o: LonLat): { distance: number; inside: boolean } {
  const [outer, ...holes] = rings;
  if (!outer) return { distance: Infinity, inside: false };
  const inside = ringContains(outer, o) && !holes.some((h) => ringContains(h, o));
  if (inside) return { distance: 0, inside: true };
  return { distance: Math.min(...rings.map((r) => lineDistance(r, o))), inside: false };
}

/**
 * Distance in metres from a point to a geometry: to the nearest point for
 * points, the nearest edge for lines and areas, and 0 (inside) within an area.
 */
export function distanceTo(point: LonLat, g: GeoJSON.Geometry): { distance: number; inside: boolean } {
  switch (g.type) {
    case 'Point':
      return { distance: lineDistance([g.coordinates], point), inside: false };
    case 'MultiPoint':
      return { distance: Math.min(...g.coordinates.map((c) => lineDistance([c], point))), inside: false };
    case 'LineString':
      return { distance: lineDistance(g.coordinates, point), inside: false };
    case 'MultiLineString':
      return { distance: Math.min(...g.coordinates.map((l) => lineDistance(l, point))), inside: false };
    case 'Polygon':
      return polygonDistance(g.coordinates, point);
    case 'MultiPolygon': {
      const parts = g.coordinates.map((p) => polygonDistance(p, point));
      const inside = parts.some((p) => p.inside);
      return { distance: inside ? 0 : Math.min(...parts.map((p) => p.distance)), inside };
    }
    case 'GeometryCollection': {
      const parts = g.geometries.map((x) => distanceTo(point, x));
      const inside = parts.some((p) => p.inside);
      return { distance: inside ? 0 : Math.min(...parts.map((p) => p.distance)), inside };
    }
  }
}

/** The point of segment ab nearest the origin, in metres from it. */
function segmentClosest(a: XY, b: XY): XY {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(a[0] * dx + a[1] * dy) / len2));
  return [a[0] + t * dx, a[1] + t * dy];
}

/**
 * The point of a geometry nearest `point` (the point itself inside an
 * area): where a printed map puts an area's or a line's number, so it
 * lands on the part in view.
 */
export function closestPoint(point: LonLat, g: GeoJSON.Geometry): LonLat {
  if (g.type === 'Polygon' || g.type === 'MultiPolygon' || g.type === 'GeometryCollection') {
    if (distanceTo(point, g).inside) return point;
  }
  if (g.type === 'GeometryCollection') return g.geometries.map((x) => closestPoint(point, x)).reduce((a, b) => (Math.hypot(...toXY(a, point)) <= Math.hypot(...toXY(b, point)) ? a : b), point);
  const lines: (readonly (readonly number[])[])[] =
    g.type === 'Point' ? [[g.coordinates]] : g.type === 'MultiPoint' ? g.coordinates.map((c) => [c]) : g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates.flat() : g.coordinates;
  let best: XY | null = null;
  for (const line of lines) {
    const xy = line.map((c) => toXY(c, point));
    for (let i = 0; i < xy.length; i++) {
      const q = segmentClosest(xy[i] as XY, (xy[i + 1] ?? xy[i]) as XY);
      if (!best || Math.hypot(...q) < Math.hypot(...best)) best = q;
    }
  }
  return best ? [point[0] + best[0] / M_PER_DEG_LON, point[1] + best[1] / M_PER_DEG_LAT] : point;
}

/** Whether a bbox can hold anything within `radius` metres of the point. */
function bboxWithin(b: Bbox, p: LonLat, radius: number): boolean {
  const [w, s, e, n] = radiusBounds(p, radius);
  return b[2] >= w && b[0] <= e && b[3] >= s && b[1] <= n;
}

export interface NearItem<F extends NearFeature = CatalogueFeature> {
  feature: F;
  /** Metres to the nearest point, edge or area; 0 inside an area. */
  distance: number;
  inside: boolean;
  /** How far off the drawn place may be from the real one (its precision's tolerance), in metres; 0 when exact or an area. */
  uncertainty: number;
  /** The real place may lie on either side of the radius: drawn within it but possibly beyond, or the reverse. */
  maybe: boolean;
}

export type NearFeature = Pick<CatalogueFeature, 'id' | 'name_zh' | 'status' | 'bbox' | 'geometry'> & { geocode?: { precision: Precision } };

/**
 * Features that are, or may be, within `radius` metres of a point, nearest
 * first (ties by name). A placement with an uncertainty u counts when its
 * drawn distance d has d − u ≤ radius; it is `maybe` when d + u > radius as
 * well, so an uncertain place near the edge is neither silently in nor out.
 */
export function nearby<F extends NearFeature>(features: readonly F[], point: LonLat, radius: number): NearItem<F>[] {
  const items: NearItem<F>[] = [];
  for (const feature of features) {
    const uncertainty = feature.geocode ? uncertaintyM(feature.geocode.precision) : 0;
    if (!bboxWithin(feature.bbox, point, radius + uncertainty)) continue;
    const { distance, inside } = distanceTo(point, feature.geometry);
    if (distance - uncertainty > radius) continue;
    items.push({ feature, distance, inside, uncertainty, maybe: distance + uncertainty > radius });
  }
  return items.sort((a, b) => a.distance - b.distance || a.feature.name_zh.localeCompare(b.feature.name_zh, 'zh-CN'));
}

/** The order a resident reads the groups in: what is coming, what is going on, what is done. */
export const NEAR_GROUP_ORDER: readonly Status[] = ['planned', 'underway', 'completed', 'context'];

/** Items grouped by status, groups in `NEAR_GROUP_ORDER`, each still nearest first; empty groups left out. */
export function groupByStatus<F extends NearFeature>(items: readonly NearItem<F>[]): Array<{ status: Status; items: NearItem<F>[] }> {
  return NEAR_GROUP_ORDER.map((status) => ({ status, items: items.filter((i) => i.feature.status === status) })).filter((g) => g.items.length > 0);
}

/** A circle of `radius` metres around a point, as a polygon of `steps` vertices (counter-clockwise). */
export function circlePolygon(center: LonLat, radius: number, steps = 64): GeoJSON.Polygon {
  const ring: number[][] = [];
  for (let i = 0; i <= steps; i++) {
    const a = ((i % steps) / steps) * 2 * Math.PI;
    ring.push([center[0] + (radius * Math.cos(a)) / M_PER_DEG_LON, center[1] + (radius * Math.sin(a)) / M_PER_DEG_LAT]);
  }
  return { type: 'Polygon', coordinates: [ring] };
}

/** Metres from a point to a bbox, 0 inside it: how far a place lies beyond the district's extent. */
export function metresOutside(p: LonLat, b: Bbox): number {
  const dx = Math.max(b[0] - p[0], 0, p[0] - b[2]) * M_PER_DEG_LON;
  const dy = Math.max(b[1] - p[1], 0, p[1] - b[3]) * M_PER_DEG_LAT;
  return Math.hypot(dx, dy);
}

/** The bbox of the circle of `radius` metres around a point. */
export function radiusBounds(center: LonLat, radius: number): Bbox {
  const dLon = radius / M_PER_DEG_LON;
  const dLat = radius / M_PER_DEG_LAT;
  return [center[0] - dLon, center[1] - dLat, center[0] + dLon, center[1] + dLat];
}
