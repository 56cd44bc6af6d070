import { beforeEach, describe, expect, it, vi } from 'vitest';
import { distanceTo } from '../../../src/lib/geometry';
import { type NearFeature, nearby } from '../../../src/lib/near';
import { dLat, dLon } from '../../helpers/metres';

// Near me measures every feature of the catalogue on each move of the point;
// the bbox test is what keeps that cheap, so it is checked by what gets measured.
vi.mock('../../../src/lib/geometry', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/lib/geometry')>();
  return { ...real, distanceTo: vi.fn(real.distanceTo) };
});

const P: [number, number] = [114.25, 30.58];

/** A point feature `east` and `north` metres from P. */
function pointAt(id: string, east: number, north: number): NearFeature {
  const c: [number, number] = [P[0] + dLon(east), P[1] + dLat(north)];
  return { id, name_zh: id, status: 'planned', geometry: { type: 'Point', coordinates: c }, bbox: [c[0], c[1], c[0], c[1]] };
}

const measured = () => vi.mocked(distanceTo).mock.calls.map(([, g]) => JSON.stringify(g));

describe('near me skips what its bbox test rules out', () => {
  beforeEach(() => {
    vi.mocked(distanceTo).mockClear();
  });

  it('never measures a feature beyond the circle’s box to the north, south, east or west', () => {
    const beyond = [pointAt('n', 0, 1100), pointAt('s', 0, -1100), pointAt('e', 1100, 0), pointAt('w', -1100, 0)];
    const within = pointAt('in', 200, 200);
    expect(nearby([...beyond, within], P, 1000).map((i) => i.feature.id)).toEqual(['in']);
    expect(measured()).toEqual([JSON.stringify(within.geometry)]);
  });

  it('measures a feature in a corner of the box, which the distance then excludes', () => {
    const corner = pointAt('ne', 800, 800);
    expect(nearby([corner], P, 1000)).toEqual([]);
    expect(measured()).toEqual([JSON.stringify(corner.geometry)]);
  });

  it('widens the box by a place’s uncertainty', () => {
    const street: NearFeature = { ...pointAt('street', 0, 1200), geocode: { precision: 'street' } };
    expect(nearby([street], P, 1000).map((i) => i.feature.id)).toEqual(['street']);
    expect(measured()).toHaveLength(1);
  });
});
