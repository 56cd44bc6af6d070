import { describe, expect, it } from 'vitest';
import type { PlacedPosition } from '../../../../scripts/lib/validate/geometry';
import { formatIssue, type Issue, IssueSink } from '../../../../scripts/lib/validate/issues';
import { checkInsideOutline, outlineFrom } from '../../../../scripts/lib/validate/outline';

const RING = [
  [114.2, 30.56],
  [114.22, 30.56],
  [114.22, 30.58],
  [114.2, 30.58],
  [114.2, 30.56],
];
const OUTLINE = outlineFrom([{ type: 'Polygon', coordinates: [RING] }]);

/** A vertex north of the outline by `deg` degrees of latitude (0.001° is about 111 m). */
const north = (deg: number, i = 0): PlacedPosition => ({ path: [i], position: [114.21, Number((30.58 + deg).toFixed(6))] });

function lines(positions: PlacedPosition[]): string[] {
  if (!OUTLINE) throw new Error('no outline');
  const issues: Issue[] = [];
  checkInsideOutline(positions, OUTLINE, new IssueSink(issues, 'f.geojson', 'x'), 'data/basemap/district.geojson');
  return issues.map(formatIssue);
}
const EXPECTED = 'expected every vertex within 300 m of the district outline (data/basemap/district.geojson), or the id listed in outside-allowlist.json';

describe('outlineFrom', () => {
  it('gathers the polygons of polygons and multipolygons, ignores other geometries, and frames them', () => {
    const other = [[114.3, 30.6], [114.31, 30.6], [114.31, 30.61], [114.3, 30.6]];
    expect(outlineFrom([{ type: 'Point', coordinates: [114, 30] }, { type: 'Polygon', coordinates: [RING] }, { type: 'MultiPolygon', coordinates: [[other]] }])).toEqual({
      polygons: [[RING], [other]],
      bbox: [114.2, 30.56, 114.31, 30.61],
    });
  });

  it('is undefined when there is no polygon', () => {
    expect(outlineFrom([{ type: 'LineString', coordinates: RING }])).toBeUndefined();
    expect(outlineFrom([])).toBeUndefined();
  });
});

describe('checkInsideOutline', () => {
  it('allows vertices inside and up to 300 m outside', () => {
    expect(lines([north(-0.01), north(0.0026, 1)])).toEqual([]);
  });

  it('names the first vertex past 300 m, in metres below a kilometre and in kilometres from one', () => {
    expect(lines([north(0.0028)])).toEqual([`f.geojson: x: geometry.coordinates[0]: ${EXPECTED}, found [114.21,30.5828], 311 m outside`]);
    expect(lines([north(0.0089)])).toEqual([`f.geojson: x: geometry.coordinates[0]: ${EXPECTED}, found [114.21,30.5889], 990 m outside`]);
    expect(lines([north(0.009)])).toEqual([`f.geojson: x: geometry.coordinates[0]: ${EXPECTED}, found [114.21,30.589], 1.0 km outside`]);
  });

  it('counts the other vertices outside, one vertex or several', () => {
    expect(lines([north(0), north(0.003, 1), north(0.004, 2)])).toEqual([
      `f.geojson: x: geometry.coordinates[1]: ${EXPECTED}, found [114.21,30.583], 334 m outside (and 1 more vertex)`,
    ]);
    expect(lines([north(0.003), north(0.004, 1), north(0.005, 2)])).toEqual([
      `f.geojson: x: geometry.coordinates[0]: ${EXPECTED}, found [114.21,30.583], 334 m outside (and 2 more vertices)`,
    ]);
  });
});
