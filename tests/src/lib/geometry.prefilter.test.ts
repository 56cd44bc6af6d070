import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { distanceTo } from '../../../src/lib/geometry';

// The point-in-area test is the costly part of near me; a bbox that cannot
// hold the point must spare it, which is checked by whether it runs.
vi.mock('@turf/boolean-point-in-polygon', async (importOriginal) => {
  const real = await importOriginal<typeof import('@turf/boolean-point-in-polygon')>();
  return { ...real, booleanPointInPolygon: vi.fn(real.booleanPointInPolygon) };
});

const square: GeoJSON.Polygon = { type: 'Polygon', coordinates: [[[-0.001, -0.001], [0.001, -0.001], [0.001, 0.001], [-0.001, 0.001], [-0.001, -0.001]]] };
const box: [number, number, number, number] = [-0.001, -0.001, 0.001, 0.001];

describe('distance to an area with its bbox known', () => {
  beforeEach(() => {
    vi.mocked(booleanPointInPolygon).mockClear();
  });

  it('skips the point-in-area test for a point west, east, south or north of the bbox', () => {
    for (const p of [[-0.002, 0], [0.002, 0], [0, -0.002], [0, 0.002]] as [number, number][]) {
      expect(distanceTo(p, square, box).distance, `${p}`).toBeCloseTo(111.2, 0);
    }
    expect(booleanPointInPolygon).not.toHaveBeenCalled();
  });

  it('runs the point-in-area test for a point within the bbox, and without a bbox', () => {
    expect(distanceTo([0, 0], square, box).inside).toBe(true);
    expect(distanceTo([0.002, 0], square).inside).toBe(false);
    expect(booleanPointInPolygon).toHaveBeenCalledTimes(2);
  });
});
