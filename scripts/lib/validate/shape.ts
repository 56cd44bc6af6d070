import kinks from '@turf/kinks';
import { type Position, roundCoordinate } from '../geo/positions';
import type { SimpleGeometry } from './geometry';
import { fieldPath, type IssueSink, show } from './issues';
import { checkParts, checkRingsTogether } from './rings';

const at = (...path: number[]) => fieldPath('geometry', 'coordinates', ...path);
/** Whether two positions are one; a missing one (the ends of an empty ring) is no position, a number never equals undefined. */
// Stryker disable next-line OptionalChaining: b is missing only when a is (an empty ring), and a is tested first
const same = (a: readonly number[] | undefined, b: readonly number[] | undefined) => a !== undefined && a[0] === b?.[0] && a[1] === b?.[1];

/**
 * Simple-feature validity of a geometry whose positions are sound: lines of
 * two distinct positions with no position repeated right after itself; rings
 * closed, of four positions, not crossing or touching themselves, outer
 * counter-clockwise and holes clockwise; holes inside their outer ring and
 * apart from one another; the polygons of a MultiPolygon apart. A Point has
 * nothing to check beyond its position.
 */
export function checkShape(geometry: SimpleGeometry, sink: IssueSink): void {
  switch (geometry.type) {
    case 'MultiPoint':
      if (geometry.coordinates.length === 0) sink.add(at(), 'at least one position', 'none');
      return;
    case 'LineString':
      checkLine(geometry.coordinates as Position[], [], sink);
      return;
    case 'MultiLineString':
      if (geometry.coordinates.length === 0) sink.add(at(), 'at least one line', 'none');
      for (const [i, line] of geometry.coordinates.entries()) checkLine(line as Position[], [i], sink);
      return;
    case 'Polygon':
      checkPolygon(geometry.coordinates as Position[][], [], sink);
      return;
    case 'MultiPolygon': {
      if (geometry.coordinates.length === 0) sink.add(at(), 'at least one polygon', 'none');
      const valid = geometry.coordinates.map((polygon, i) => checkPolygon(polygon as Position[][], [i], sink));
      if (valid.every(Boolean)) checkParts(geometry.coordinates as Position[][][], sink);
      return;
    }
  }
}

/** The first place a position repeats right after itself, if any. */
function repeated(positions: readonly Position[]): string | undefined {
  // Stryker disable next-line EqualityOperator: one step past the end compares with nothing, which is never a repeat
  for (let i = 1; i < positions.length; i++) {
    if (same(positions[i - 1], positions[i])) return `${show(positions[i])} at positions ${i - 1} and ${i}`;
  }
  return undefined;
}

const NO_REPEAT = 'no position repeated right after itself';

function checkLine(line: Position[], path: number[], sink: IssueSink): void {
  if (line.length < 2) sink.add(at(...path), 'a line of at least 2 positions', `${line.length}`);
  else if (line.every((p) => same(p, line[0]))) sink.add(at(...path), 'a line with a length (two different positions at least)', `a line of zero length: every position is ${show(line[0])}`);
  else {
    const twice = repeated(line);
    if (twice) sink.add(at(...path), NO_REPEAT, twice);
  }
}

/** Checks each ring, then how the rings lie together; true when the polygon is valid. */
function checkPolygon(rings: Position[][], path: number[], sink: IssueSink): boolean {
  if (rings.length === 0) {
    sink.add(at(...path), 'at least the outer ring', 'no rings');
    return false;
  }
  const valid = rings.map((ring, i) => checkRing(ring, i === 0, [...path, i], sink));
  return valid.every(Boolean) && checkRingsTogether(rings, path, sink);
}

function checkRing(ring: Position[], outer: boolean, path: number[], sink: IssueSink): boolean {
  const field = at(...path);
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!same(first, last)) {
    sink.add(field, 'a closed ring (the last position equal to the first)', `first ${show(first)} and last ${show(last)}`);
    return false;
  }
  if (ring.length < 4) {
    sink.add(field, 'a ring of at least 4 positions (3 corners and the closing one)', `${ring.length}`);
    return false;
  }
  const twice = repeated(ring);
  if (twice) {
    sink.add(field, NO_REPEAT, twice);
    return false;
  }
  const crossing = kinks({ type: 'LineString', coordinates: ring }).features[0];
  if (crossing) {
    const [x = Number.NaN, y = Number.NaN] = crossing.geometry.coordinates;
    const how = ring.some((p) => same(p, [x, y])) ? 'a ring that touches itself' : 'a self-intersection';
    sink.add(field, 'a ring that does not cross or touch itself', `${how} at ${show([roundCoordinate(x), roundCoordinate(y)])}`);
    return false;
  }
  const area = ringArea2(ring);
  const which = outer ? 'the outer ring' : 'a hole';
  const want = outer ? 'counter-clockwise' : 'clockwise';
  if (area === 0) {
    sink.add(field, `${which} with an area`, 'a ring of zero area');
    return false;
  }
  // Stryker disable next-line EqualityOperator: area is not 0 here, so >= and > agree
  if (area > 0 === outer) return true;
  sink.add(field, `${which} ${want} (RFC 7946 right-hand rule)`, outer ? 'clockwise' : 'counter-clockwise');
  return false;
}

/**
 * Twice the signed planar area of a closed ring in lon/lat: positive when
 * counter-clockwise. Orientation and zero area are all it is asked, so no projection.
 */
function ringArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}
