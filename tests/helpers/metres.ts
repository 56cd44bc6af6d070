/** Degrees of longitude for a number of metres at Qiaokou's latitude (the tests' own rough conversion, well inside 1%). */
export const dLon = (m: number) => m / (111_320 * Math.cos((30.58 * Math.PI) / 180));
/** Degrees of latitude for a number of metres. */
export const dLat = (m: number) => m / 110_574;

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
