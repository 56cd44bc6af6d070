import { describe, expect, it } from 'vitest';
import { PLAUSIBLE_AREA } from '../../../../src/schema/district';
import { checkGeometry } from '../../../../scripts/lib/validate/geometry';
import { type Issue, IssueSink } from '../../../../scripts/lib/validate/issues';

type Ring = number[][];

function messages(geometry: unknown): string[] {
  const issues: Issue[] = [];
  checkGeometry(geometry, new IssueSink(issues, 'f.geojson', 'x'), PLAUSIBLE_AREA);
  return issues.map((i) => `${i.field}: expected ${i.expected}, found ${i.found}`);
}
/** A counter-clockwise square ring, south-west corner at (x, y), `size` degrees wide. */
function square(x: number, y: number, size: number): Ring {
  const r = (n: number) => Number(n.toFixed(6));
  return [[x, y], [r(x + size), y], [r(x + size), r(y + size)], [x, r(y + size)], [x, y]];
}
const hole = (x: number, y: number, size: number): Ring => square(x, y, size).reverse();
const polygon = (...rings: Ring[]) => ({ type: 'Polygon', coordinates: rings });
const multi = (...polygons: Ring[][]) => ({ type: 'MultiPolygon', coordinates: polygons });
const OUTER = square(114.2, 30.56, 0.01);
const FAR_HOLE = hole(114.3, 30.6, 0.004);
const IN_OUTER = 'a hole inside the outer ring, touching it at one point at most';
const APART = 'holes apart from one another, touching at one point at most';
const NO_OVERLAP = 'polygons that do not overlap (they may touch at points)';

describe('holes and their outer ring', () => {
  it('says what a hole must be, with the crossing point rounded to 6 decimals', () => {
    expect(messages(polygon(OUTER, FAR_HOLE))).toEqual([`geometry.coordinates[1]: expected ${IN_OUTER}, found a hole outside the outer ring`]);
    const crossing = [[114.205, 30.561], [114.205, 30.563], [114.212, 30.562], [114.205, 30.561]];
    expect(messages(polygon(OUTER, crossing))).toEqual([`geometry.coordinates[1]: expected ${IN_OUTER}, found a hole that crosses the outer ring, at [114.21,30.562286]`]);
  });

  it('checks holes against one another only when each lies in the outer ring', () => {
    expect(messages(polygon(OUTER, FAR_HOLE, FAR_HOLE))).toEqual([
      `geometry.coordinates[1]: expected ${IN_OUTER}, found a hole outside the outer ring`,
      `geometry.coordinates[2]: expected ${IN_OUTER}, found a hole outside the outer ring`,
    ]);
  });
});

describe('holes among themselves', () => {
  it('accepts holes apart and holes touching at one point', () => {
    expect(messages(polygon(OUTER, hole(114.201, 30.561, 0.002), hole(114.205, 30.565, 0.002)))).toEqual([]);
    expect(messages(polygon(OUTER, hole(114.201, 30.561, 0.002), hole(114.203, 30.563, 0.002)))).toEqual([]);
  });

  it('refuses holes sharing an edge, counting the points they touch at', () => {
    expect(messages(polygon(OUTER, hole(114.201, 30.561, 0.002), hole(114.203, 30.561, 0.002)))).toEqual([
      `geometry.coordinates[2]: expected ${APART}, found a hole that touches hole 1 at 2 points`,
    ]);
  });

  it('says which hole holds which', () => {
    expect(messages(polygon(OUTER, hole(114.202, 30.562, 0.006), hole(114.203, 30.563, 0.002)))).toEqual([
      `geometry.coordinates[2]: expected ${APART}, found a hole inside hole 1`,
    ]);
  });
});

describe('the polygons of a MultiPolygon', () => {
  it('checks polygons against one another only when each is valid', () => {
    expect(messages(multi([OUTER, FAR_HOLE], [OUTER]))).toEqual([`geometry.coordinates[0][1]: expected ${IN_OUTER}, found a hole outside the outer ring`]);
    const a = hole(114.202, 30.562, 0.006);
    expect(messages(multi([OUTER, a, a], [OUTER]))).toEqual([`geometry.coordinates[0][2]: expected ${APART}, found a hole identical to hole 1`]);
  });

  it('refuses a later polygon that holds an earlier one, unless the earlier one sits in its hole', () => {
    expect(messages(multi([square(114.203, 30.563, 0.002)], [OUTER]))).toEqual([`geometry.coordinates[1]: expected ${NO_OVERLAP}, found a polygon that overlaps polygon 0`]);
    expect(messages(multi([square(114.203, 30.563, 0.002)], [OUTER, hole(114.202, 30.562, 0.006)]))).toEqual([]);
  });

  it('refuses a polygon inside another but outside its hole, and accepts an island that fills the hole exactly', () => {
    const lake = hole(114.202, 30.562, 0.002);
    expect(messages(multi([OUTER, lake], [square(114.206, 30.566, 0.002)]))).toEqual([`geometry.coordinates[1]: expected ${NO_OVERLAP}, found a polygon that overlaps polygon 0`]);
    expect(messages(multi([OUTER, lake], [square(114.202, 30.562, 0.002)]))).toEqual([]);
  });
});
