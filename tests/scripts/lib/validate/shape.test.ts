import { describe, expect, it } from 'vitest';
import { PLAUSIBLE_AREA } from '../../../../src/schema/district';
import { checkGeometry } from '../../../../scripts/lib/validate/geometry';
import { type Issue, IssueSink } from '../../../../scripts/lib/validate/issues';

type Ring = number[][];

/** "field: found" of each issue checkGeometry raises. */
function problems(geometry: unknown): string[] {
  const issues: Issue[] = [];
  checkGeometry(geometry, new IssueSink(issues, 'f.geojson', 'x'), PLAUSIBLE_AREA);
  return issues.map((i) => `${i.field}: ${i.found}`);
}

/** A counter-clockwise square ring with its south-west corner at (x, y), `size` degrees wide. */
function square(x: number, y: number, size: number): Ring {
  const r = (n: number) => Number(n.toFixed(6));
  return [
    [x, y],
    [r(x + size), y],
    [r(x + size), r(y + size)],
    [x, r(y + size)],
    [x, y],
  ];
}
const hole = (x: number, y: number, size: number): Ring => square(x, y, size).reverse();
const polygon = (...rings: Ring[]) => ({ type: 'Polygon', coordinates: rings });
const OUTER = square(114.2, 30.56, 0.01);

describe('simple-feature validity of polygons', () => {
  it('accepts a hole inside its outer ring, and a hole touching the outer ring at one point', () => {
    expect(problems(polygon(OUTER, hole(114.203, 30.563, 0.004)))).toEqual([]);
    expect(problems(polygon(OUTER, [[114.2, 30.565], [114.203, 30.567], [114.203, 30.563], [114.2, 30.565]]))).toEqual([]);
  });

  it('refuses a hole outside the outer ring', () => {
    expect(problems(polygon(OUTER, hole(114.22, 30.563, 0.004)))).toEqual(['geometry.coordinates[1]: a hole outside the outer ring']);
  });

  it('refuses a hole that holds the outer ring inside it', () => {
    expect(problems(polygon(OUTER, hole(114.19, 30.55, 0.03)))).toEqual(['geometry.coordinates[1]: a hole outside the outer ring']);
  });

  it('refuses a hole crossing the outer ring, naming where', () => {
    expect(problems(polygon(OUTER, hole(114.208, 30.563, 0.004)))).toEqual(['geometry.coordinates[1]: a hole that crosses the outer ring, at [114.21,30.567]']);
  });

  it('refuses a hole identical to the outer ring', () => {
    expect(problems(polygon(OUTER, [...OUTER].reverse()))).toEqual(['geometry.coordinates[1]: a hole identical to the outer ring']);
  });

  it('refuses a hole touching the outer ring at two points, which cuts the area in two', () => {
    const wedge = [[114.2, 30.562], [114.2, 30.568], [114.205, 30.565], [114.2, 30.562]];
    expect(problems(polygon(OUTER, wedge))).toEqual([expect.stringMatching(/^geometry\.coordinates\[1\]: a hole that touches the outer ring at 2 points/)]);
  });

  it('refuses a hole inside another hole, holes crossing and repeated holes', () => {
    const a = hole(114.202, 30.562, 0.006);
    expect(problems(polygon(OUTER, a, hole(114.203, 30.563, 0.002)))).toEqual(['geometry.coordinates[2]: a hole inside hole 1']);
    expect(problems(polygon(OUTER, hole(114.203, 30.563, 0.002), a))).toEqual(['geometry.coordinates[1]: a hole inside hole 2']);
    expect(problems(polygon(OUTER, a, hole(114.206, 30.563, 0.003)))).toEqual([expect.stringMatching(/^geometry\.coordinates\[2\]: a hole that crosses hole 1/)]);
    expect(problems(polygon(OUTER, a, a))).toEqual(['geometry.coordinates[2]: a hole identical to hole 1']);
  });

  it('refuses a ring that touches itself, telling it from one that crosses itself', () => {
    const pinched = [[114.2, 30.56], [114.21, 30.56], [114.205, 30.565], [114.21, 30.57], [114.2, 30.57], [114.205, 30.565], [114.2, 30.56]];
    expect(problems(polygon(pinched))).toEqual(['geometry.coordinates[0]: a ring that touches itself at [114.205,30.565]']);
    const bowtie = [[114.2, 30.56], [114.21, 30.57], [114.21, 30.56], [114.2, 30.57], [114.2, 30.56]];
    expect(problems(polygon(bowtie))).toEqual(['geometry.coordinates[0]: a self-intersection at [114.205,30.565]']);
  });

  it('refuses a position repeated right after itself, in rings and in lines', () => {
    const ring = [OUTER[0], OUTER[1], OUTER[1], OUTER[2], OUTER[3], OUTER[4]] as Ring;
    expect(problems(polygon(ring))).toEqual(['geometry.coordinates[0]: [114.21,30.56] at positions 1 and 2']);
    expect(problems({ type: 'LineString', coordinates: [[114.2, 30.56], [114.2, 30.56], [114.21, 30.56]] })).toEqual(['geometry.coordinates: [114.2,30.56] at positions 0 and 1']);
  });

  it('refuses zero-length lines, alone or in a MultiLineString', () => {
    const point = [114.2, 30.56];
    expect(problems({ type: 'LineString', coordinates: [point, point] })).toEqual(['geometry.coordinates: a line of zero length: every position is [114.2,30.56]']);
    expect(problems({ type: 'MultiLineString', coordinates: [[point, [114.21, 30.56]], [point, point, point]] })).toEqual(['geometry.coordinates[1]: a line of zero length: every position is [114.2,30.56]']);
  });

  it('refuses overlapping or repeated polygons of a MultiPolygon, but not ones that touch or an island in a hole', () => {
    const multi = (...polygons: Ring[][]) => ({ type: 'MultiPolygon', coordinates: polygons });
    expect(problems(multi([OUTER], [square(114.21, 30.56, 0.01)]))).toEqual([]);
    expect(problems(multi([OUTER, hole(114.202, 30.562, 0.006)], [square(114.203, 30.563, 0.002)]))).toEqual([]);
    expect(problems(multi([OUTER], [square(114.205, 30.565, 0.01)]))).toEqual(['geometry.coordinates[1]: a polygon that overlaps polygon 0']);
    expect(problems(multi([OUTER], [square(114.202, 30.562, 0.002)]))).toEqual(['geometry.coordinates[1]: a polygon that overlaps polygon 0']);
    expect(problems(multi([OUTER], [OUTER]))).toEqual(['geometry.coordinates[1]: the same outline as polygon 0']);
  });
});

/** The full lines checkGeometry gives, expected wording included. */
function messages(geometry: unknown): string[] {
  const issues: Issue[] = [];
  checkGeometry(geometry, new IssueSink(issues, 'f.geojson', 'x'), PLAUSIBLE_AREA);
  return issues.map((i) => `${i.field}: expected ${i.expected}, found ${i.found}`);
}
const FAR_HOLE = hole(114.3, 30.6, 0.004);

describe('simple-feature validity: what each rule says', () => {
  it('wants at least one part in a multi-geometry and an outer ring in a polygon', () => {
    expect(messages({ type: 'MultiPoint', coordinates: [] })).toEqual(['geometry.coordinates: expected at least one position, found none']);
    expect(messages({ type: 'MultiLineString', coordinates: [] })).toEqual(['geometry.coordinates: expected at least one line, found none']);
    expect(messages({ type: 'MultiPolygon', coordinates: [] })).toEqual(['geometry.coordinates: expected at least one polygon, found none']);
    expect(messages(polygon())).toEqual(['geometry.coordinates: expected at least the outer ring, found no rings']);
    expect(messages({ type: 'MultiPolygon', coordinates: [[], [OUTER]] })).toEqual(['geometry.coordinates[0]: expected at least the outer ring, found no rings']);
  });

  it('names a ring that is empty or open, by lon or by lat alone', () => {
    expect(messages(polygon([]))).toEqual(['geometry.coordinates[0]: expected a closed ring (the last position equal to the first), found first nothing and last nothing']);
    const open = (last: number[]) => polygon([...OUTER.slice(0, 4), last]);
    expect(messages(open([114.2, 30.5601]))).toEqual(['geometry.coordinates[0]: expected a closed ring (the last position equal to the first), found first [114.2,30.56] and last [114.2,30.5601]']);
    expect(messages(open([114.2001, 30.56]))).toEqual(['geometry.coordinates[0]: expected a closed ring (the last position equal to the first), found first [114.2,30.56] and last [114.2001,30.56]']);
  });

  it('gives the wording of repeats, zero-length lines, self-crossings and orientation', () => {
    const ring = [OUTER[0], OUTER[1], OUTER[1], OUTER[2], OUTER[3], OUTER[4]] as Ring;
    expect(messages(polygon(ring))).toEqual(['geometry.coordinates[0]: expected no position repeated right after itself, found [114.21,30.56] at positions 1 and 2']);
    expect(messages({ type: 'LineString', coordinates: [[114.2, 30.56], [114.2, 30.56]] })).toEqual([
      'geometry.coordinates: expected a line with a length (two different positions at least), found a line of zero length: every position is [114.2,30.56]',
    ]);
    const bowtie = [[114.2, 30.56], [114.21, 30.57], [114.21, 30.56], [114.2, 30.57], [114.2, 30.56]];
    expect(messages(polygon(bowtie))).toEqual(['geometry.coordinates[0]: expected a ring that does not cross or touch itself, found a self-intersection at [114.205,30.565]']);
    expect(messages(polygon([...OUTER].reverse()))).toEqual(['geometry.coordinates[0]: expected the outer ring counter-clockwise (RFC 7946 right-hand rule), found clockwise']);
    expect(messages(polygon(OUTER, square(114.203, 30.563, 0.004)))).toEqual(['geometry.coordinates[1]: expected a hole clockwise (RFC 7946 right-hand rule), found counter-clockwise']);
  });

  it('names a ring of zero area as the outer ring or a hole', () => {
    const flat = [[114.2, 30.56], [114.21, 30.56], [114.22, 30.56], [114.2, 30.56]];
    expect(messages(polygon(flat))).toEqual(['geometry.coordinates[0]: expected the outer ring with an area, found a ring of zero area']);
    expect(messages(polygon(OUTER, [[114.202, 30.565], [114.204, 30.565], [114.206, 30.565], [114.202, 30.565]]))).toEqual([
      'geometry.coordinates[1]: expected a hole with an area, found a ring of zero area',
    ]);
  });

  it('checks how rings lie together only when each ring is valid on its own', () => {
    const bad = [[114.202, 30.562], [114.202, 30.562], [114.206, 30.562], [114.206, 30.566], [114.202, 30.562]];
    expect(messages(polygon(OUTER, bad, FAR_HOLE))).toEqual(['geometry.coordinates[1]: expected no position repeated right after itself, found [114.202,30.562] at positions 0 and 1']);
    expect(messages(polygon(OUTER, [...OUTER.slice(0, 4), [114.2, 30.5601]], FAR_HOLE))).toEqual([
      'geometry.coordinates[1]: expected a closed ring (the last position equal to the first), found first [114.2,30.56] and last [114.2,30.5601]',
    ]);
    expect(messages(polygon(OUTER, [[114.2, 30.56], [114.21, 30.56], [114.2, 30.56]], FAR_HOLE))).toEqual([
      'geometry.coordinates[1]: expected a ring of at least 4 positions (3 corners and the closing one), found 3',
    ]);
    const bowtie = [[114.202, 30.562], [114.206, 30.566], [114.206, 30.562], [114.202, 30.566], [114.202, 30.562]].reverse();
    expect(messages(polygon(OUTER, bowtie, FAR_HOLE))).toEqual(['geometry.coordinates[1]: expected a ring that does not cross or touch itself, found a self-intersection at [114.204,30.564]']);
    expect(messages(polygon(OUTER, square(114.203, 30.563, 0.004), FAR_HOLE))).toEqual(['geometry.coordinates[1]: expected a hole clockwise (RFC 7946 right-hand rule), found counter-clockwise']);
  });

  it('names the polygon of a MultiPolygon by its index, and checks overlaps only when every polygon is valid', () => {
    const multi = (...polygons: Ring[][]) => ({ type: 'MultiPolygon', coordinates: polygons });
    expect(messages(multi([OUTER], [[...OUTER].reverse()]))).toEqual(['geometry.coordinates[1][0]: expected the outer ring counter-clockwise (RFC 7946 right-hand rule), found clockwise']);
    expect(messages(multi([OUTER], [OUTER]))).toEqual(['geometry.coordinates[1]: expected polygons that do not overlap (they may touch at points), found the same outline as polygon 0']);
  });
});
