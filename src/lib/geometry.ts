import { bbox as turfBbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { circle } from '@turf/circle';
import { destination } from '@turf/destination';
import { distance } from '@turf/distance';
import { earthRadius } from '@turf/helpers';
import { inBbox } from '../schema/district';
import type { Bbox } from '../schema/records';

/**
 * The one geometry module of app and scripts: distances, point in area,
 * bounds and circles are the @turf modules', on turf's sphere (mean earth
 * radius 6,371,008.8 m), so the validator, near me and the map's scale agree
 * on what a metre is.
 */

export type LonLat = [number, number];

/** The mean earth radius, in metres, that every distance here is measured on (turf's). */
export const EARTH_RADIUS_M: number = earthRadius;

type Area = GeoJSON.Polygon | GeoJSON.MultiPolygon;

const METRES = { units: 'meters' } as const;

/** Great-circle metres between two points. */
export function metresBetween(a: readonly number[], b: readonly number[]): number {
  return distance(a as number[], b as number[], METRES);
}

/** Whether a point lies in an area: in a hole is out; on an edge is in, unless `edge` is false. */
export function insideArea(p: readonly number[], area: Area, edge = true): boolean {
  return booleanPointInPolygon(p as number[], area, { ignoreBoundary: !edge });
}

/**
 * Metres from a point to a geometry: to the nearest point for points, the
 * nearest edge for lines and areas, and 0 (inside) within an area. The
 * nearest point is found on the segments as drawn, then measured on the
 * sphere. `bbox`, when given, must be the geometry's own.
 */
export function distanceTo(p: LonLat, g: GeoJSON.Geometry, bbox?: Bbox): { distance: number; inside: boolean } {
  if (g.type === 'GeometryCollection') {
    const parts = g.geometries.map((x) => distanceTo(p, x));
    const inside = parts.some((x) => x.inside);
    return { distance: inside ? 0 : Math.min(...parts.map((x) => x.distance)), inside };
  }
  // A known bbox that does not hold the point spares the point-in-area test, the costly part in near me.
  const mayHold = !bbox || inBbox(bbox, p[0], p[1]);
  if ((g.type === 'Polygon' || g.type === 'MultiPolygon') && mayHold && insideArea(p, g)) return { distance: 0, inside: true };
  return { distance: metresBetween(p, nearestOnLines(p, linesOf(g))), inside: false };
}

/** [west, south, east, north] of one or more geometries; throws on none. */
export function bboxOf(geometries: readonly GeoJSON.Geometry[]): Bbox {
  if (geometries.length === 0) throw new Error('a bbox needs at least one geometry');
  const [w = 0, s = 0, e = 0, n = 0] = turfBbox({ type: 'GeometryCollection', geometries: geometries as GeoJSON.Geometry[] });
  return [w, s, e, n];
}

/**
 * A point on or inside one or more geometries, for a popup, a label or a
 * search result: their first point; else the middle of their bbox when an
 * area holds it; else the point of their lines or edges nearest that middle.
 */
export function representativePoint(...geometries: GeoJSON.Geometry[]): LonLat {
  const all: GeoJSON.GeometryCollection = { type: 'GeometryCollection', geometries };
  const point = firstPoint(all);
  if (point) return point;
  const [w, s, e, n] = bboxOf(geometries);
  return closestPoint([(w + e) / 2, (s + n) / 2], all);
}

function firstPoint(g: GeoJSON.Geometry): LonLat | undefined {
  if (g.type === 'GeometryCollection') return g.geometries.map(firstPoint).find((p) => p !== undefined);
  const c = g.type === 'Point' ? g.coordinates : g.type === 'MultiPoint' ? g.coordinates[0] : undefined;
  return c ? [c[0] ?? 0, c[1] ?? 0] : undefined;
}

/** The bbox of the circle of `radius` metres around a point. */
export function radiusBounds(center: LonLat, radius: number): Bbox {
  const [, n = 0] = destination(center, radius, 0, METRES).geometry.coordinates;
  const [e = 0] = destination(center, radius, 90, METRES).geometry.coordinates;
  const [, s = 0] = destination(center, radius, 180, METRES).geometry.coordinates;
  const [w = 0] = destination(center, radius, -90, METRES).geometry.coordinates;
  return [w, s, e, n];
}

/** A circle of `radius` metres around a point, as a polygon of `steps` vertices (counter-clockwise). */
export function circlePolygon(center: LonLat, radius: number, steps = 64): GeoJSON.Polygon {
  return circle(center, radius, { steps, ...METRES }).geometry;
}

/** Metres from a point to a bbox, 0 inside it: how far a place lies beyond the district's extent. */
export function metresOutside(p: LonLat, b: Bbox): number {
  const clamp = (x: number, lo: number, hi: number) => Math.min(Math.max(x, lo), hi);
  return metresBetween(p, [clamp(p[0], b[0], b[2]), clamp(p[1], b[1], b[3])]);
}

/** Every line of a geometry's drawing: a point is a line of one position, an area its rings. */
function linesOf(g: Exclude<GeoJSON.Geometry, GeoJSON.GeometryCollection>): GeoJSON.Position[][] {
  if (g.type === 'Point') return [[g.coordinates]];
  if (g.type === 'MultiPoint') return g.coordinates.map((c) => [c]);
  if (g.type === 'LineString') return [g.coordinates];
  return g.type === 'MultiPolygon' ? g.coordinates.flat() : g.coordinates;
}

/**
 * The point of a geometry nearest `p` on the map as drawn (`p` itself inside
 * an area): where a printed map puts a number so it lands on the part in view.
 */
export function closestPoint(p: LonLat, g: GeoJSON.Geometry): LonLat {
  if (g.type === 'GeometryCollection') {
    const points = g.geometries.map((x) => closestPoint(p, x));
    return points.reduce((a, b) => (metresBetween(p, a) <= metresBetween(p, b) ? a : b), points[0] ?? p);
  }
  if ((g.type === 'Polygon' || g.type === 'MultiPolygon') && insideArea(p, g)) return p;
  return nearestOnLines(p, linesOf(g));
}

/**
 * The point of some lines nearest `p`. The map draws segments straight in
 * lon/lat, not as great circles, so the search is in a plane around `p`
 * (longitude scaled by cos(latitude)): the point found lies on the drawn
 * segment, about a metre from the great circle's for a 10 km segment and
 * centimetres for the district's short ones; it is also fast enough for near me.
 */
function nearestOnLines(p: LonLat, lines: readonly (readonly GeoJSON.Position[])[]): LonLat {
  const k = Math.cos((p[1] * Math.PI) / 180);
  let bestX = p[0];
  let bestY = p[1];
  let bestD = Infinity;
  for (const line of lines) {
    for (let i = 0; i < line.length; i++) {
      const a = line[i] as GeoJSON.Position;
      // Stryker disable next-line ArithmeticOperator: i - 1 walks the same segments backwards, finding the same nearest point.
      const b = line[i + 1] ?? a;
      const ax = a[0] as number;
      const ay = a[1] as number;
      const dx = ((b[0] as number) - ax) * k;
      const dy = (b[1] as number) - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - ax) * k * dx + (p[1] - ay) * dy) / len2));
      const qx = ax + (t * dx) / k;
      const qy = ay + t * dy;
      const d = ((qx - p[0]) * k) ** 2 + (qy - p[1]) ** 2;
      if (d < bestD) {
        bestX = qx;
        bestY = qy;
        bestD = d;
      }
    }
  }
  return [bestX, bestY];
}
