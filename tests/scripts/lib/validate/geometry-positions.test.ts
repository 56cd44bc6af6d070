import { describe, expect, it } from 'vitest';
import { checkGeometry, decimals } from '../../../../scripts/lib/validate/geometry';
import { formatIssue, type Issue, IssueSink } from '../../../../scripts/lib/validate/issues';
import type { Bbox } from '../../../../src/schema/records';

/** A small area around Qiaokou, so a swap and an out-of-area position can be told apart. */
const AREA: Bbox = [114, 30, 115, 31];

function check(geometry: unknown, area: Bbox = AREA) {
  const issues: Issue[] = [];
  const result = checkGeometry(geometry, new IssueSink(issues, 'f.geojson', 'x'), area);
  return { result, lines: issues.map(formatIssue) };
}
const problems = (geometry: unknown, area?: Bbox) => check(geometry, area).lines;

describe('checkGeometry: what a geometry must be', () => {
  it('names an array, a string or nothing as not a geometry object', () => {
    expect(problems([1, 2])).toEqual(['f.geojson: x: geometry: expected a geometry object, found [1,2]']);
    expect(problems('Point')).toEqual(['f.geojson: x: geometry: expected a geometry object, found "Point"']);
    expect(problems(undefined)).toEqual(['f.geojson: x: geometry: expected a geometry object, found nothing']);
  });

  it('lists the six known types when the type is unknown or missing', () => {
    const expected = 'expected one of Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon';
    expect(problems({ type: 'GeometryCollection', geometries: [] })).toEqual([`f.geojson: x: geometry.type: ${expected}, found "GeometryCollection"`]);
    expect(problems({ coordinates: [114.2, 30.5] })).toEqual([`f.geojson: x: geometry.type: ${expected}, found nothing`]);
    expect(problems({ type: 7 })).toEqual([`f.geojson: x: geometry.type: ${expected}, found 7`]);
  });

  it('says what the whole coordinates must be, by type, when they are not an array', () => {
    expect(problems({ type: 'Point' })).toEqual(['f.geojson: x: geometry.coordinates: expected a position [lon, lat], found nothing']);
    expect(problems({ type: 'MultiPoint', coordinates: 1 })).toEqual(['f.geojson: x: geometry.coordinates: expected an array of positions, found 1']);
    expect(problems({ type: 'LineString', coordinates: null })).toEqual(['f.geojson: x: geometry.coordinates: expected an array of positions, found null']);
    expect(problems({ type: 'MultiLineString', coordinates: {} })).toEqual([
      'f.geojson: x: geometry.coordinates: expected an array of lines (arrays of positions), found {}',
    ]);
    expect(problems({ type: 'Polygon', coordinates: 'ring' })).toEqual([
      'f.geojson: x: geometry.coordinates: expected an array of rings (arrays of positions), found "ring"',
    ]);
    expect(problems({ type: 'MultiPolygon', coordinates: false })).toEqual([
      'f.geojson: x: geometry.coordinates: expected an array of polygons (arrays of rings), found false',
    ]);
  });

  it('names the first misnested place by its full path, an array where arrays nest', () => {
    expect(problems({ type: 'MultiPolygon', coordinates: [[[[114.2, 30.5]]], [[5]]] })).toEqual([
      'f.geojson: x: geometry.coordinates[1][0][0]: expected a position [lon, lat], found 5',
    ]);
    expect(problems({ type: 'MultiPolygon', coordinates: [[7, 8]] })).toEqual(['f.geojson: x: geometry.coordinates[0][0]: expected an array, found 7']);
  });
});

describe('checkGeometry: positions', () => {
  it('accepts the corners of the world and refuses a step past each', () => {
    const world: Bbox = [-180, -90, 180, 90];
    expect(problems({ type: 'MultiPoint', coordinates: [[-180, -90], [180, 90]] }, world)).toEqual([]);
    const range = 'expected lon within -180…180 and lat within -90…90';
    expect(problems({ type: 'Point', coordinates: [180.000001, 0] }, world)).toEqual([`f.geojson: x: geometry.coordinates: ${range}, found [180.000001,0]`]);
    expect(problems({ type: 'Point', coordinates: [-180.000001, 0] }, world)).toEqual([`f.geojson: x: geometry.coordinates: ${range}, found [-180.000001,0]`]);
    expect(problems({ type: 'Point', coordinates: [100, 90.000001] }, world)).toEqual([`f.geojson: x: geometry.coordinates: ${range}, found [100,90.000001]`]);
    expect(problems({ type: 'Point', coordinates: [100, -90.000001] }, world)).toEqual([`f.geojson: x: geometry.coordinates: ${range}, found [100,-90.000001]`]);
  });

  it('names a swap when the position is outside the area and its swap inside, the area edges included', () => {
    const swap = (found: string) => [`f.geojson: x: geometry.coordinates: expected [lon, lat] (here lon 114…115, lat 30…31), found ${found}: lon and lat are swapped`];
    expect(problems({ type: 'Point', coordinates: [30.5, 114.5] })).toEqual(swap('[30.5,114.5]'));
    expect(problems({ type: 'Point', coordinates: [30, 114] })).toEqual(swap('[30,114]'));
    expect(problems({ type: 'Point', coordinates: [31, 115] })).toEqual(swap('[31,115]'));
    // Swapped, the position falls one step outside the area on each side in turn: only the range is wrong.
    const range = (found: string) => [`f.geojson: x: geometry.coordinates: expected lon within -180…180 and lat within -90…90, found ${found}`];
    expect(problems({ type: 'Point', coordinates: [30.5, 113.999999] })).toEqual(range('[30.5,113.999999]'));
    expect(problems({ type: 'Point', coordinates: [30.5, 115.000001] })).toEqual(range('[30.5,115.000001]'));
    expect(problems({ type: 'Point', coordinates: [29.999999, 114.5] })).toEqual(range('[29.999999,114.5]'));
    expect(problems({ type: 'Point', coordinates: [31.000001, 114.5] })).toEqual(range('[31.000001,114.5]'));
  });

  it('does not call a position inside the area swapped even when its swap is inside too', () => {
    expect(problems({ type: 'Point', coordinates: [30.5, 30.6] }, [30, 30, 31, 31])).toEqual([]);
  });

  it('refuses non-numbers and non-finite numbers, whichever of the two they are', () => {
    const finite = 'expected finite numbers (JSON has no NaN or Infinity; JSON.stringify writes them as null)';
    expect(problems({ type: 'Point', coordinates: ['114.2', 30.5] })).toEqual([`f.geojson: x: geometry.coordinates: ${finite}, found ["114.2",30.5]`]);
    expect(problems({ type: 'Point', coordinates: [114.2, null] })).toEqual([`f.geojson: x: geometry.coordinates: ${finite}, found [114.2,null]`]);
    expect(problems({ type: 'Point', coordinates: [Number.NaN, 30.5] })).toEqual([`f.geojson: x: geometry.coordinates: ${finite}, found [null,30.5]`]);
    expect(problems({ type: 'Point', coordinates: [114.2, Number.POSITIVE_INFINITY] })).toEqual([`f.geojson: x: geometry.coordinates: ${finite}, found [114.2,null]`]);
  });

  it('refuses a position of one value as well as one of three', () => {
    expect(problems({ type: 'Point', coordinates: [114.2] })).toEqual([
      'f.geojson: x: geometry.coordinates: expected a position of two numbers [lon, lat], found [114.2] (1 values)',
    ]);
  });

  it('accepts six decimals and refuses seven, in lon or lat, yet keeps the positions for later checks', () => {
    expect(check({ type: 'Point', coordinates: [114.123456, 30.123456] })).toEqual({
      result: { geometry: { type: 'Point', coordinates: [114.123456, 30.123456] }, positions: [{ path: [], position: [114.123456, 30.123456] }] },
      lines: [],
    });
    expect(problems({ type: 'Point', coordinates: [114.1234567, 30.5] })).toEqual([
      'f.geojson: x: geometry.coordinates: expected at most 6 decimals (0.1 m), found [114.1234567,30.5] (7 decimals)',
    ]);
    const { result, lines } = check({ type: 'Point', coordinates: [114.5, 30.12345678] });
    expect(lines).toEqual(['f.geojson: x: geometry.coordinates: expected at most 6 decimals (0.1 m), found [114.5,30.12345678] (8 decimals)']);
    expect(result?.positions).toEqual([{ path: [], position: [114.5, 30.12345678] }]);
  });

  it('returns nothing when any position is unsound, and the positions with their paths when all are', () => {
    expect(check({ type: 'MultiPoint', coordinates: [[114.2, 30.5], [200, 30.5]] }).result).toBeUndefined();
    expect(check({ type: 'MultiPoint', coordinates: [[114.2, 30.5], [114.3, 30.6]] }).result?.positions).toEqual([
      { path: [0], position: [114.2, 30.5] },
      { path: [1], position: [114.3, 30.6] },
    ]);
  });

  it('gives one line per kind of problem, at its first position, counting the others', () => {
    const line = (n: number) => Array.from({ length: n }, (_, i) => [114.1 + i / 100, 200]);
    expect(problems({ type: 'MultiPoint', coordinates: line(1) })).toEqual([
      'f.geojson: x: geometry.coordinates[0]: expected lon within -180…180 and lat within -90…90, found [114.1,200]',
    ]);
    expect(problems({ type: 'MultiPoint', coordinates: line(2) })).toEqual([
      'f.geojson: x: geometry.coordinates[0]: expected lon within -180…180 and lat within -90…90, found [114.1,200] (and 1 more position)',
    ]);
    expect(problems({ type: 'MultiPoint', coordinates: line(3) })).toEqual([
      'f.geojson: x: geometry.coordinates[0]: expected lon within -180…180 and lat within -90…90, found [114.1,200] (and 2 more positions)',
    ]);
    expect(problems({ type: 'MultiPoint', coordinates: [[114.2, 30.5, 1], [200, 30.5], [114.3, 30.6, 2]] })).toEqual([
      'f.geojson: x: geometry.coordinates[0]: expected a position of two numbers [lon, lat], found [114.2,30.5,1] (3 values) (and 1 more position)',
      'f.geojson: x: geometry.coordinates[1]: expected lon within -180…180 and lat within -90…90, found [200,30.5]',
    ]);
  });
});

describe('decimals', () => {
  it('counts the decimals of small numbers JSON writes with an exponent, up to 20 and then 21 for anything finer', () => {
    expect(decimals(1.5e-10)).toBe(11);
    expect(decimals(1e-20)).toBe(20);
    expect(decimals(1e-21)).toBe(21);
    expect(decimals(1e21)).toBe(0);
  });
});
