export type LonLat = [number, number];

/** Even-odd ray cast: whether a point is inside a ring of [lon, lat] positions. */
export function ringContains(ring: readonly (readonly number[])[], p: LonLat): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function lineMiddle(coords: readonly number[][]): LonLat {
  const mid = coords[Math.floor((coords.length - 1) / 2)] ?? coords[0] ?? [0, 0];
  const next = coords[Math.floor((coords.length - 1) / 2) + (coords.length % 2 === 0 ? 1 : 0)] ?? mid;
  return [((mid[0] ?? 0) + (next[0] ?? 0)) / 2, ((mid[1] ?? 0) + (next[1] ?? 0)) / 2];
}

function polygonPoint(rings: readonly number[][][]): LonLat {
  const outer = rings[0] ?? [];
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of outer) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  const centre: LonLat = [(w + e) / 2, (s + n) / 2];
  if (ringContains(outer, centre) && !rings.slice(1).some((h) => ringContains(h, centre))) return centre;
  const count = Math.max(1, outer.length - 1);
  const mean = outer.slice(0, count).reduce<LonLat>((acc, [x = 0, y = 0]) => [acc[0] + x / count, acc[1] + y / count], [0, 0]);
  return mean;
}

/** A point on or inside a geometry, for a popup or a label. */
export function representativePoint(g: GeoJSON.Geometry): LonLat {
  switch (g.type) {
    case 'Point':
      return [g.coordinates[0] ?? 0, g.coordinates[1] ?? 0];
    case 'MultiPoint':
      return representativePoint({ type: 'Point', coordinates: g.coordinates[0] ?? [0, 0] });
    case 'LineString':
      return lineMiddle(g.coordinates);
    case 'MultiLineString':
      return lineMiddle(g.coordinates[0] ?? []);
    case 'Polygon':
      return polygonPoint(g.coordinates);
    case 'MultiPolygon':
      return polygonPoint(g.coordinates[0] ?? []);
    case 'GeometryCollection':
      return g.geometries[0] ? representativePoint(g.geometries[0]) : [0, 0];
  }
}
