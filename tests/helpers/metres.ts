/** Metres in a degree of latitude on the sphere of mean earth radius 6,371,008.8 m (2πR / 360), the one distances are measured on. */
const M_PER_DEG = 111_195;
/** Degrees of longitude for a number of metres at Qiaokou's latitude. */
export const dLon = (m: number) => m / (M_PER_DEG * Math.cos((30.58 * Math.PI) / 180));
/** Degrees of latitude for a number of metres. */
export const dLat = (m: number) => m / M_PER_DEG;

/** A square of half-side `half` metres around a point, counter-clockwise. */
export const square = (cx: number, cy: number, half: number): GeoJSON.Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [cx - dLon(half), cy - dLat(half)],
      [cx + dLon(half), cy - dLat(half)],
      [cx + dLon(half), cy + dLat(half)],
      [cx - dLon(half), cy + dLat(half)],
      [cx - dLon(half), cy - dLat(half)],
    ],
  ],
});
