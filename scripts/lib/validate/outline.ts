import type { Bbox } from '../../../src/schema/records';
import { bboxOf, distanceTo } from '../../../src/lib/geometry';
import type { Position } from '../geo/positions';
import type { PlacedPosition, SimpleGeometry } from './geometry';
import { fieldPath, type IssueSink, show } from './issues';

/** How far outside the outline a vertex may sit: the outline is itself a simplified trace. */
export const OUTLINE_TOLERANCE_M = 300;

/** The district outline as polygons of rings, outer ring first. */
export interface Outline {
  polygons: Position[][][];
  bbox: Bbox;
}

/** The outline from the district layer's polygons, or undefined when there are none. */
export function outlineFrom(geometries: readonly SimpleGeometry[]): Outline | undefined {
  const polygons: Position[][][] = [];
  for (const g of geometries) {
    if (g.type === 'Polygon') polygons.push(g.coordinates as Position[][]);
    if (g.type === 'MultiPolygon') polygons.push(...(g.coordinates as Position[][][]));
  }
  if (polygons.length === 0) return undefined;
  return { polygons, bbox: bboxOf([{ type: 'MultiPolygon', coordinates: polygons }]) };
}

/** Metres from p to the outline; 0 when p is inside. */
export function metresOutside(p: Position, outline: Outline): number {
  return distanceTo(p, { type: 'MultiPolygon', coordinates: outline.polygons }).distance;
}

/** Reports the vertices that lie further outside the outline than the tolerance (the first, and how many). */
export function checkInsideOutline(positions: readonly PlacedPosition[], outline: Outline, sink: IssueSink, outlineFile: string): void {
  const outside = positions
    .map((p) => ({ ...p, metres: metresOutside(p.position, outline) }))
    .filter((p) => p.metres > OUTLINE_TOLERANCE_M);
  const first = outside[0];
  if (!first) return;
  const more = outside.length > 1 ? ` (and ${outside.length - 1} more ${outside.length > 2 ? 'vertices' : 'vertex'})` : '';
  sink.add(
    fieldPath('geometry', 'coordinates', ...first.path),
    `every vertex within ${OUTLINE_TOLERANCE_M} m of the district outline (${outlineFile}), or the id listed in outside-allowlist.json`,
    `${show(first.position)}, ${formatMetres(first.metres)} outside${more}`,
  );
}

function formatMetres(m: number): string {
  return m >= 1000 ? `${(m / 1000).toFixed(1)} km` : `${Math.round(m)} m`;
}
