import { describe, expect, it } from 'vitest';
import { PLAUSIBLE_AREA } from '../../../../src/schema/district';
import { checkGeometry, decimals } from '../../../../scripts/lib/validate/geometry';
import { formatIssue, type Issue, IssueSink } from '../../../../scripts/lib/validate/issues';
import { locateJsonError } from '../../../../scripts/lib/validate/json-syntax';
import { metresOutside, outlineFrom } from '../../../../scripts/lib/validate/outline';

function problems(geometry: unknown): string[] {
  const issues: Issue[] = [];
  checkGeometry(geometry, new IssueSink(issues, 'f.geojson', 'x'), PLAUSIBLE_AREA);
  return issues.map(formatIssue);
}

describe('checkGeometry', () => {
  it('accepts every RFC 7946 geometry type the data may use', () => {
    const ring = [
      [114.2, 30.56],
      [114.21, 30.56],
      [114.21, 30.57],
      [114.2, 30.56],
    ];
    expect(problems({ type: 'Point', coordinates: [114.2, 30.56] })).toEqual([]);
    expect(problems({ type: 'MultiPoint', coordinates: [[114.2, 30.56]] })).toEqual([]);
    expect(problems({ type: 'LineString', coordinates: ring.slice(0, 2) })).toEqual([]);
    expect(problems({ type: 'MultiLineString', coordinates: [ring.slice(0, 2)] })).toEqual([]);
    expect(problems({ type: 'Polygon', coordinates: [ring] })).toEqual([]);
    expect(problems({ type: 'MultiPolygon', coordinates: [[ring]] })).toEqual([]);
  });

  it('rejects a missing geometry, bad nesting, short lines and rings, and altitude', () => {
    expect(problems(null)).toEqual(['f.geojson: x: geometry: expected a geometry object, found null']);
    expect(problems({ type: 'LineString', coordinates: [114.2, 30.56] })).toEqual([
      'f.geojson: x: geometry.coordinates[0]: expected a position [lon, lat], found 114.2',
    ]);
    expect(problems({ type: 'LineString', coordinates: [[114.2, 30.56]] })).toEqual([
      'f.geojson: x: geometry.coordinates: expected a line of at least 2 positions, found 1',
    ]);
    expect(
      problems({
        type: 'Polygon',
        coordinates: [
          [
            [114.2, 30.56],
            [114.21, 30.56],
            [114.2, 30.56],
          ],
        ],
      }),
    ).toEqual(['f.geojson: x: geometry.coordinates[0]: expected a ring of at least 4 positions (3 corners and the closing one), found 3']);
    expect(problems({ type: 'Point', coordinates: [114.2, 30.56, 12] })).toEqual([
      'f.geojson: x: geometry.coordinates: expected a position of two numbers [lon, lat], found [114.2,30.56,12] (3 values)',
    ]);
  });

  it('tells an out-of-range position from a swapped one', () => {
    expect(problems({ type: 'Point', coordinates: [200, 30] })).toEqual([
      'f.geojson: x: geometry.coordinates: expected lon within -180…180 and lat within -90…90, found [200,30]',
    ]);
  });
});

describe('decimals', () => {
  it('counts decimals as JSON writes the number, exponent forms included', () => {
    expect(decimals(114)).toBe(0);
    expect(decimals(114.250512)).toBe(6);
    expect(decimals(114.2505123)).toBe(7);
    expect(decimals(1e-7)).toBe(7);
  });
});

describe('locateJsonError', () => {
  it('points at the first character JSON cannot accept', () => {
    expect(locateJsonError('{"a": 1 "b": 2}')).toEqual({ offset: 8, problem: `',' or '}' expected, "\\"" found` });
    expect(locateJsonError('[1, 2,]')).toEqual({ offset: 6, problem: `a value expected, "]" found` });
    expect(locateJsonError('{"a": tru}')).toEqual({ offset: 6, problem: 'a value expected, "t" found' });
  });
});

describe('metresOutside', () => {
  const square = outlineFrom([
    {
      type: 'Polygon',
      coordinates: [
        [
          [114.2, 30.56],
          [114.26, 30.56],
          [114.26, 30.6],
          [114.2, 30.6],
          [114.2, 30.56],
        ],
      ],
    },
  ]);
  it('is zero inside and the distance to the nearest edge outside', () => {
    if (!square) throw new Error('no outline');
    expect(metresOutside([114.23, 30.58], square)).toBe(0);
    // 0.001° of latitude is about 111 m anywhere.
    expect(metresOutside([114.23, 30.601], square)).toBeCloseTo(111.2, 0);
  });
});
