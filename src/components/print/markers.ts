/** A number's place on the printed map, in per cent of its width and height. */
export type Spot = readonly [number, number];

/**
 * Moves numbers that would sit on top of one another (places sharing an
 * edge or a point) down in a short column, so each stays readable.
 * `gap` is the least distance, in per cent, between two numbers.
 */
export function spreadMarkers(spots: readonly (Spot | undefined)[], gap = 3): (Spot | undefined)[] {
  const placed: Spot[] = [];
  return spots.map((spot) => {
    if (!spot) return undefined;
    let [x, y] = spot;
    while (placed.some(([px, py]) => Math.abs(px - x) < gap && Math.abs(py - y) < gap)) y += gap;
    placed.push([x, y]);
    return [x, y] as const;
  });
}
