import { describe, expect, it } from 'vitest';
import { roundBbox, roundCoordinate, roundGeometry } from '../../../../scripts/lib/geo/positions';

describe('roundCoordinate', () => {
  it('rounds to six places unless told otherwise', () => {
    expect(roundCoordinate(114.123456789)).toBe(114.123457);
    expect(roundCoordinate(30.1234564)).toBe(30.123456);
    expect(roundCoordinate(114.123456789, 2)).toBe(114.12);
    expect(roundCoordinate(-0.5, 0)).toBe(0);
  });

  it('writes a tiny negative as 0, never -0', () => {
    expect(Object.is(roundCoordinate(-0.0000001), 0)).toBe(true);
    expect(Object.is(roundCoordinate(-0), 0)).toBe(true);
    expect(JSON.stringify([roundCoordinate(-0.0000004)])).toBe('[0]');
  });
});

describe('roundBbox', () => {
  it('rounds each of the four edges in place', () => {
    expect(roundBbox([114.1234567, 30.5000004, 114.3000006, -0.0000001])).toEqual([114.123457, 30.5, 114.300001, 0]);
    expect(roundBbox([114.126, 30.544, 114.2, 30.6], 2)).toEqual([114.13, 30.54, 114.2, 30.6]);
  });
});

describe('roundGeometry', () => {
  const a = [114.12345678, 30.5555555, 12];
  const ar = [114.123457, 30.555556];
  const b = [114.2, 30.6000001];
  const br = [114.2, 30.6];

  it('rounds every kind of geometry and drops altitudes, keeping its type and shape', () => {
    expect(roundGeometry({ type: 'Point', coordinates: a })).toEqual({ type: 'Point', coordinates: ar });
    expect(roundGeometry({ type: 'MultiPoint', coordinates: [a, b] })).toEqual({ type: 'MultiPoint', coordinates: [ar, br] });
    expect(roundGeometry({ type: 'LineString', coordinates: [a, b] })).toEqual({ type: 'LineString', coordinates: [ar, br] });
    expect(roundGeometry({ type: 'MultiLineString', coordinates: [[a, b], [b]] })).toEqual({ type: 'MultiLineString', coordinates: [[ar, br], [br]] });
    expect(roundGeometry({ type: 'Polygon', coordinates: [[a, b, a]] })).toEqual({ type: 'Polygon', coordinates: [[ar, br, ar]] });
    expect(roundGeometry({ type: 'MultiPolygon', coordinates: [[[a, b, a]], [[b, a, b]]] })).toEqual({ type: 'MultiPolygon', coordinates: [[[ar, br, ar]], [[br, ar, br]]] });
  });

  it('rounds each member of a collection to the places asked for', () => {
    const collection: GeoJSON.GeometryCollection = {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point', coordinates: a },
        { type: 'LineString', coordinates: [a, b] },
      ],
    };
    expect(roundGeometry(collection, 1)).toEqual({
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point', coordinates: [114.1, 30.6] },
        { type: 'LineString', coordinates: [[114.1, 30.6], [114.2, 30.6]] },
      ],
    });
  });

  it('marks a position missing a coordinate as NaN instead of inventing one', () => {
    const point = roundGeometry({ type: 'Point', coordinates: [114.2] }) as GeoJSON.Point;
    expect(point.coordinates[0]).toBe(114.2);
    expect(point.coordinates[1]).toBeNaN();
    const empty = roundGeometry({ type: 'Point', coordinates: [] }) as GeoJSON.Point;
    expect(empty.coordinates[0]).toBeNaN();
  });
});
