import { describe, expect, it } from 'vitest';
import { bboxOf, circlePolygon, closestPoint, distanceTo, insideArea, metresBetween, metresOutside, radiusBounds, representativePoint } from '../../../src/lib/geometry';

// Expected values come from the sphere of mean earth radius 6,371,008.8 m:
// one degree of a great circle is 2π·6,371,008.8 / 360 ≈ 111,195 m, so at the
// equator 0.001° of latitude or longitude is about 111.2 m.

/** A square ring of half-side `h` degrees around (x, y), counter-clockwise, or clockwise for a hole. */
const ring = (x: number, y: number, h: number, hole = false): number[][] => {
  const r = [[x - h, y - h], [x + h, y - h], [x + h, y + h], [x - h, y + h], [x - h, y - h]];
  return hole ? r.reverse() : r;
};
const withHole: GeoJSON.Polygon = { type: 'Polygon', coordinates: [ring(0, 0, 0.01), ring(0, 0, 0.001, true)] };
/** Two squares of half-side 0.001°, around (0, 0) and (0.01, 0). */
const twoSquares: GeoJSON.MultiPolygon = { type: 'MultiPolygon', coordinates: [[ring(0, 0, 0.001)], [ring(0.01, 0, 0.001)]] };

describe('distance between two points', () => {
  it('is about 111.2 km for one degree of latitude', () => {
    expect(metresBetween([114.25, 30], [114.25, 31])).toBeCloseTo(111_195, -1);
  });

  it('is half as long for a degree of longitude at 60° north as at the equator', () => {
    expect(metresBetween([0, 60], [1, 60])).toBeCloseTo(55_597, -2);
  });
});

describe('a point in an area', () => {
  it('is inside between the outer ring and a hole, and outside in the hole or beyond the ring', () => {
    expect(insideArea([0.005, 0], withHole)).toBe(true);
    expect(insideArea([0, 0], withHole)).toBe(false);
    expect(insideArea([0.02, 0], withHole)).toBe(false);
  });

  it('counts the edge as inside unless told not to', () => {
    expect(insideArea([0.01, 0], withHole)).toBe(true);
    expect(insideArea([0.01, 0], withHole, false)).toBe(false);
  });
});

describe('distance from a point to a feature', () => {
  it('is 0 and inside within an area', () => {
    expect(distanceTo([0.005, 0.005], withHole)).toEqual({ distance: 0, inside: true });
  });

  it('is measured to the hole’s edge from inside a hole, which is outside', () => {
    const d = distanceTo([0, 0], withHole);
    expect(d.inside).toBe(false);
    expect(d.distance).toBeCloseTo(111.2, 0);
  });

  it('is measured to the middle of a segment, not only its ends', () => {
    const line: GeoJSON.LineString = { type: 'LineString', coordinates: [[-0.01, 0.001], [0.01, 0.001]] };
    expect(distanceTo([0, 0], line).distance).toBeCloseTo(111.2, 0);
  });

  it('is the nearest of several points or parts', () => {
    const points: GeoJSON.MultiPoint = { type: 'MultiPoint', coordinates: [[0.01, 0], [0, 0.002]] };
    expect(distanceTo([0, 0], points).distance).toBeCloseTo(222.4, 0);
    const parts: GeoJSON.GeometryCollection = { type: 'GeometryCollection', geometries: [points, { type: 'Point', coordinates: [0.001, 0] }] };
    expect(distanceTo([0, 0], parts).distance).toBeCloseTo(111.2, 0);
  });
});

describe('distance to areas, collections and lines far north', () => {
  it('is 0 and inside within any part of a multi-polygon, and measured to the nearest part outside it', () => {
    expect(distanceTo([0.01, 0], twoSquares)).toEqual({ distance: 0, inside: true });
    const d = distanceTo([0.005, 0], twoSquares);
    expect(d.inside).toBe(false);
    expect(d.distance).toBeCloseTo(444.8, 0);
  });

  it('is 0 and inside when any part of a collection holds the point', () => {
    const parts: GeoJSON.GeometryCollection = { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [0.05, 0] }, { type: 'Polygon', coordinates: [ring(0, 0, 0.001)] }] };
    expect(distanceTo([0, 0], parts)).toEqual({ distance: 0, inside: true });
  });

  it('counts a point on each edge of an area as inside when the area’s bbox is given', () => {
    const square: GeoJSON.Polygon = { type: 'Polygon', coordinates: [ring(0, 0, 0.001)] };
    const box: [number, number, number, number] = [-0.001, -0.001, 0.001, 0.001];
    for (const p of [[-0.001, 0], [0.001, 0], [0, -0.001], [0, 0.001]] as [number, number][]) {
      expect(distanceTo(p, square, box), `${p}`).toEqual({ distance: 0, inside: true });
    }
  });

  it('scales longitude by the cosine of the latitude, where a degree east is half a degree north at 60°', () => {
    // 0.01° east at 60° north is 0.01 × 0.5 × 111,195 = 556 m, nearer than 0.007° north (778 m).
    const points: GeoJSON.MultiPoint = { type: 'MultiPoint', coordinates: [[0, 60.007], [0.01, 60]] };
    expect(distanceTo([0, 60], points).distance).toBeCloseTo(556, -1);
    // The slanted line from 556 m east to 1,112 m north passes 556 × 1112 / √(556² + 1112²) = 497 m from the point.
    const slant: GeoJSON.LineString = { type: 'LineString', coordinates: [[0.01, 60], [0, 60.01]] };
    expect(distanceTo([0, 60], slant).distance).toBeCloseTo(497, -1);
  });
});

describe('the closest point of a geometry', () => {
  it('is the point itself inside a polygon or any part of a multi-polygon', () => {
    expect(closestPoint([0.0005, 0.0005], { type: 'Polygon', coordinates: [ring(0, 0, 0.001)] })).toEqual([0.0005, 0.0005]);
    expect(closestPoint([0.0105, 0], twoSquares)).toEqual([0.0105, 0]);
  });

  it('is on the nearest part of a collection, wherever that part stands in it', () => {
    const at = (x: number): GeoJSON.Point => ({ type: 'Point', coordinates: [x, 0] });
    const collection = (...xs: number[]): GeoJSON.GeometryCollection => ({ type: 'GeometryCollection', geometries: xs.map(at) });
    expect(closestPoint([0, 0], collection(0.003, 0.001, 0.002))).toEqual([0.001, 0]);
    expect(closestPoint([0, 0], collection(0.001, 0.002))).toEqual([0.001, 0]);
    expect(closestPoint([0, 0], collection(0.002, 0.001))).toEqual([0.001, 0]);
  });

  it('is the first drawn of two equally near points, in a collection or a multi-point', () => {
    const pair = [[0.001, 0], [-0.001, 0]];
    expect(closestPoint([0, 0], { type: 'MultiPoint', coordinates: pair })).toEqual([0.001, 0]);
    const parts: GeoJSON.GeometryCollection = { type: 'GeometryCollection', geometries: pair.map((c) => ({ type: 'Point', coordinates: c })) };
    expect(closestPoint([0, 0], parts)).toEqual([0.001, 0]);
  });
});

describe('bounds', () => {
  it('refuses to bound nothing', () => {
    expect(() => bboxOf([])).toThrow('a bbox needs at least one geometry');
  });

  it('spans every geometry given', () => {
    expect(bboxOf([{ type: 'Point', coordinates: [114.3, 30.5] }, { type: 'LineString', coordinates: [[114.2, 30.6], [114.25, 30.55]] }])).toEqual([114.2, 30.5, 114.3, 30.6]);
  });

  it('of a 1 km radius reach about 0.009° of latitude either side', () => {
    const [w, s, e, n] = radiusBounds([0, 0], 1000);
    expect(n).toBeCloseTo(0.008993, 5);
    expect(s).toBeCloseTo(-0.008993, 5);
    expect(e).toBeCloseTo(0.008993, 5);
    expect(w).toBeCloseTo(-0.008993, 5);
  });

  it('are 0 m away from a point inside them and about 1.1 km from a point 0.01° north of them', () => {
    expect(metresOutside([0, 0], [-1, -1, 1, 1])).toBe(0);
    expect(metresOutside([0, 1.01], [-1, -1, 1, 1])).toBeCloseTo(1112, 0);
  });
});

describe('a circle', () => {
  it('is a closed counter-clockwise ring whose northmost vertex lies its radius north of the centre', () => {
    const [r = []] = circlePolygon([0, 0], 500, 8).coordinates;
    expect(r).toHaveLength(9);
    expect(r[0]).toEqual(r[8]);
    const twiceArea = r.slice(1).reduce((sum, b, i) => sum + (r[i]?.[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (r[i]?.[1] ?? 0), 0);
    expect(twiceArea).toBeGreaterThan(0);
    expect(Math.max(...r.map((p) => p[1] ?? 0))).toBeCloseTo(500 / 111_195, 6);
  });
});

describe('a representative point', () => {
  it('is the point itself for a point', () => {
    expect(representativePoint({ type: 'Point', coordinates: [114.25, 30.58] })).toEqual([114.25, 30.58]);
  });

  it('lies on a line, nearest the middle of its bounds', () => {
    const line: GeoJSON.LineString = { type: 'LineString', coordinates: [[0, 0], [0.01, 0], [0.01, 0.01]] };
    const [x, y] = representativePoint(line);
    // The bbox middle (0.005, 0.005) is as near the bottom leg as the right one; either way the point is on the line.
    expect(x === 0.01 ? y >= 0 && y <= 0.01 : y === 0 && x >= 0 && x <= 0.01).toBe(true);
  });

  it('is the first point of a multi-point, even when another lies nearer the middle', () => {
    expect(representativePoint({ type: 'MultiPoint', coordinates: [[0, 0], [0.01, 0], [0.006, 0]] })).toEqual([0, 0]);
  });

  it('is the first point of a collection, before its lines and areas', () => {
    const line: GeoJSON.LineString = { type: 'LineString', coordinates: [[0, 0], [0.01, 0]] };
    expect(representativePoint({ type: 'GeometryCollection', geometries: [line, { type: 'Point', coordinates: [0.01, 0.01] }] })).toEqual([0.01, 0.01]);
    expect(representativePoint(line, { type: 'Point', coordinates: [0.01, 0.01] })).toEqual([0.01, 0.01]);
  });

  it('is the middle of the bounds when the area holds it', () => {
    expect(representativePoint({ type: 'Polygon', coordinates: [ring(114.25, 30.58, 0.01)] })).toEqual([114.25, 30.58]);
  });

  it('lies on the area when its bounds’ middle falls in a hole', () => {
    const [x, y] = representativePoint(withHole);
    expect(insideArea([x, y], withHole)).toBe(true);
  });
});
