import type { Bbox } from '../../../src/schema/records';

export type Position = [number, number];

/** Rounds to `decimals` places, normalising -0 so JSON never writes "-0". */
export function roundCoordinate(value: number, decimals = 6): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r;
}

export function roundBbox(bbox: Bbox, decimals = 6): Bbox {
  return [
    roundCoordinate(bbox[0], decimals),
    roundCoordinate(bbox[1], decimals),
    roundCoordinate(bbox[2], decimals),
    roundCoordinate(bbox[3], decimals),
  ];
}

/** A copy of the geometry with every coordinate rounded (and any altitude dropped). */
export function roundGeometry(geometry: GeoJSON.Geometry, decimals = 6): GeoJSON.Geometry {
  const p = (q: GeoJSON.Position): Position => [roundCoordinate(q[0] ?? Number.NaN, decimals), roundCoordinate(q[1] ?? Number.NaN, decimals)];
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: p(geometry.coordinates) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: geometry.coordinates.map(p) };
    case 'LineString':
      return { type: 'LineString', coordinates: geometry.coordinates.map(p) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.map((l) => l.map(p)) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map((r) => r.map(p)) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map((r) => r.map(p))) };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: geometry.geometries.map((g) => roundGeometry(g, decimals)) };
  }
}
