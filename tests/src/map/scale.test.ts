import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import distance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { metresPerPixel, metresToPixels } from '../../../src/map/scale';

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

describe('metresToPixels', () => {
  /** The expression's pixels at a zoom for a feature with property `m`. */
  function pixels(metres: number | ['get', string], zoom: number, m = 0) {
    const parsed = createExpression(metresToPixels(metres as never, 30.59, [13, 18]), 'layers[0].paint.circle-radius');
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    return parsed.value.evaluate({ zoom }, { type: 1, properties: { m }, geometry: [] } as never) as number;
  }

  it('draws a fixed distance at its ground size at the stops and between them', () => {
    for (const zoom of [13, 14.2, 16.5, 18]) expect(pixels(300, zoom) * measuredPixel(30.59, zoom), `z${zoom}`).toBeCloseTo(300, 1);
  });

  it('draws a distance read from the feature at its ground size', () => {
    expect(pixels(['get', 'm'], 15, 120) * measuredPixel(30.59, 15)).toBeCloseTo(120, 1);
    expect(pixels(['get', 'm'], 15, 0)).toBe(0);
  });
});
