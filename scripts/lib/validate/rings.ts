import { type RingRelation, relateRings } from '../geo/relate';
import { type Position, roundCoordinate } from '../geo/positions';
import { fieldPath, type IssueSink, show } from './issues';

const at = (...path: number[]) => fieldPath('geometry', 'coordinates', ...path);
const point = (p: Position | undefined) => show(p && [roundCoordinate(p[0]), roundCoordinate(p[1])]);

const HOLE_IN_OUTER = 'a hole inside the outer ring, touching it at one point at most';
const HOLES_APART = 'holes apart from one another, touching at one point at most';

/** What is wrong with a hole that lies `relation` to its outer ring, if anything. */
function holeVersusOuter(relation: RingRelation, contacts: Position[]): string | undefined {
  switch (relation) {
    case 'identical':
      return 'a hole identical to the outer ring';
    case 'crossing':
      return `a hole that crosses the outer ring, at ${point(contacts[0])}`;
    case 'outside':
    case 'contains':
      return 'a hole outside the outer ring';
    case 'inside':
      return contacts.length > 1 ? `a hole that touches the outer ring at ${contacts.length} points, ${point(contacts[0])} and ${point(contacts[1])}` : undefined;
  }
}

/** What is wrong with hole `i` against an earlier hole `j`, and which of the two it is said of. */
function holeVersusHole(relation: RingRelation, contacts: Position[], i: number, j: number): { ring: number; found: string } | undefined {
  switch (relation) {
    case 'identical':
      return { ring: i, found: `a hole identical to hole ${j}` };
    case 'crossing':
      return { ring: i, found: `a hole that crosses hole ${j}, at ${point(contacts[0])}` };
    case 'inside':
      return { ring: i, found: `a hole inside hole ${j}` };
    case 'contains':
      return { ring: j, found: `a hole inside hole ${i}` };
    case 'outside':
      return contacts.length > 1 ? { ring: i, found: `a hole that touches hole ${j} at ${contacts.length} points` } : undefined;
  }
}

/**
 * How the rings of one polygon lie together (OGC simple features): each
 * hole inside the outer ring, not equal to it, not crossing it, touching it
 * at one point at most; holes apart from one another, none inside another.
 * Each ring is already valid on its own. True when nothing is wrong.
 */
export function checkRingsTogether(rings: Position[][], path: number[], sink: IssueSink): boolean {
  const [outer, ...holes] = rings;
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: never reached, checkPolygon passes no empty polygon; the guard is for the type checker
  if (!outer) return false;
  let ok = true;
  holes.forEach((hole, h) => {
    const { relation, contacts } = relateRings(hole, outer);
    const found = holeVersusOuter(relation, contacts);
    if (found) {
      sink.add(at(...path, h + 1), HOLE_IN_OUTER, found);
      ok = false;
    }
  });
  if (!ok) return false;
  for (let i = 1; i < rings.length; i++) {
    for (let j = 1; j < i; j++) {
      const { relation, contacts } = relateRings(rings[i] as Position[], rings[j] as Position[]);
      const wrong = holeVersusHole(relation, contacts, i, j);
      if (wrong) {
        sink.add(at(...path, wrong.ring), HOLES_APART, wrong.found);
        ok = false;
      }
    }
  }
  return ok;
}

/** Whether ring `ring` lies in one of the holes of `polygon` (an island in a lake is no overlap). */
function inAHole(ring: Position[], polygon: Position[][]): boolean {
  return polygon.slice(1).some((hole) => {
    const { relation } = relateRings(ring, hole);
    return relation === 'inside' || relation === 'identical';
  });
}

/** The polygons of a MultiPolygon may touch at points but not overlap or repeat (each polygon already valid). */
export function checkParts(polygons: Position[][][], sink: IssueSink): void {
  for (let i = 1; i < polygons.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = polygons[i] as Position[][];
      const b = polygons[j] as Position[][];
      const { relation } = relateRings(a[0] as Position[], b[0] as Position[]);
      const overlap =
        relation === 'identical' || relation === 'crossing' || (relation === 'inside' && !inAHole(a[0] as Position[], b)) || (relation === 'contains' && !inAHole(b[0] as Position[], a));
      if (overlap) sink.add(at(i), 'polygons that do not overlap (they may touch at points)', relation === 'identical' ? `the same outline as polygon ${j}` : `a polygon that overlaps polygon ${j}`);
    }
  }
}
