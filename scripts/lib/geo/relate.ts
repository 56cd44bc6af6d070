import kinks from '@turf/kinks';
import { insideArea } from '../../../src/lib/geometry';
import type { Position } from './positions';

/** How ring `a` lies to ring `b`, both simple closed rings. */
export type RingRelation = 'identical' | 'crossing' | 'inside' | 'contains' | 'outside';

export interface Related {
  relation: RingRelation;
  /** Distinct points where the two boundaries meet. */
  contacts: Position[];
}

const key = (p: readonly number[]) => `${p[0]},${p[1]}`;

/** The distinct corners of a closed ring (the closing position left out). */
function corners(ring: readonly Position[]): Set<string> {
  // Stryker disable next-line MethodExpression: the closing position repeats the first, which the set holds once anyway
  return new Set(ring.slice(0, -1).map(key));
}

/** The corners of a closed ring and the middle of each of its edges (the closing position left out). */
function samples(ring: readonly Position[]): Position[] {
  return ring.slice(0, -1).flatMap((p, i): Position[] => {
    const q = ring[i + 1] as Position;
    return [p, [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2]];
  });
}

/**
 * Which side of ring `b` the corners and edge middles of `a` lie on, leaving
 * out those on b's boundary. Middles count too: rings whose corners all lie
 * on each other's boundary (a square and a triangle on its diagonal) can
 * still overlap.
 */
function sides(a: readonly Position[], b: readonly Position[]): { inside: number; outside: number } {
  const polygon: GeoJSON.Polygon = { type: 'Polygon', coordinates: [b as Position[]] };
  let inside = 0;
  let outside = 0;
  for (const p of samples(a)) {
    if (insideArea(p, polygon, false)) inside++;
    else if (!insideArea(p, polygon, true)) outside++;
  }
  return { inside, outside };
}

/**
 * Relates two simple closed rings (each already free of self-intersections):
 * identical corners, boundaries crossing (a meeting point that is a corner
 * of neither, or corners on both sides), `a` inside `b`, `a` containing `b`,
 * or apart. Touching points are returned, since a hole may touch its outer
 * ring at one point but not at two (that would cut the area in pieces).
 */
export function relateRings(a: readonly Position[], b: readonly Position[]): Related {
  const ca = corners(a);
  const cb = corners(b);
  // Both rings are simple, so every point kinks finds between them is a meeting of the two boundaries.
  const found = kinks({ type: 'MultiLineString', coordinates: [a as Position[], b as Position[]] }).features;
  const contacts = [...new Map(found.map((f) => [key(f.geometry.coordinates), f.geometry.coordinates as Position])).values()];
  if (ca.size === cb.size && [...ca].every((k) => cb.has(k))) return { relation: 'identical', contacts };
  if (contacts.some((p) => !ca.has(key(p)) && !cb.has(key(p)))) return { relation: 'crossing', contacts };
  const aInB = sides(a, b);
  if (aInB.inside > 0 && aInB.outside > 0) return { relation: 'crossing', contacts };
  if (aInB.inside > 0) return { relation: 'inside', contacts };
  const bInA = sides(b, a);
  if (bInA.inside > 0 && bInA.outside > 0) return { relation: 'crossing', contacts };
  if (bInA.inside > 0) return { relation: 'contains', contacts };
  // Every sample of each on the other's boundary or outside it: apart, or the same outline drawn differently.
  return { relation: aInB.outside > 0 || bInA.outside > 0 ? 'outside' : 'crossing', contacts };
}
