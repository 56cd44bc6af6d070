import distance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { metresPerPixel } from '../../../src/map/scale';

/** Ground metres between two screen pixels side by side, from the web mercator definition and turf's great-circle distance. */
function measuredPixel(lat: number, zoom: number): number {
  const degreesPerPixel = 360 / (512 * 2 ** zoom);
  return distance([114.2, lat], [114.2 + degreesPerPixel, lat], { units: 'meters' });
}

describe('metresPerPixel', () => {
  it('agrees with a measured pixel at the district, the equator and high latitude', () => {
    for (const [lat, zoom] of [
      [30.59, 13],
      [30.59, 16.5],
      [0, 10],
      [60, 14],
    ] as const) {
      expect(metresPerPixel(lat, zoom) / measuredPixel(lat, zoom), `${lat} z${zoom}`).toBeCloseTo(1, 5);
    }
  });

  it('halves with each zoom level', () => {
    expect(metresPerPixel(30.59, 14) / metresPerPixel(30.59, 15)).toBeCloseTo(2, 10);
  });
});
