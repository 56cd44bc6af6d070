import { describe, expect, it } from 'vitest';
import turfDistance from '@turf/distance';
import { distanceTo, metresOutside } from '../../../src/lib/geometry';
import { groupByStatus, type NearFeature, nearby } from '../../../src/lib/near';
import { dLat, dLon, square } from '../../helpers/metres';
import type { Status } from '../../../src/schema/constants';

const P: [number, number] = [114.25, 30.58];

function feature(id: string, geometry: GeoJSON.Geometry, status: Status = 'planned'): NearFeature {
  const flat = JSON.stringify(geometry.type === 'GeometryCollection' ? [] : geometry.coordinates).match(/-?\d+\.?\d*/g)?.map(Number) ?? [];
  const xs = flat.filter((_, i) => i % 2 === 0);
  const ys = flat.filter((_, i) => i % 2 === 1);
  return { id, name_zh: id, status, geometry, bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
}


describe('distance to a feature', () => {
  it('measures a point 500 m east within a metre', () => {
    const d = distanceTo(P, { type: 'Point', coordinates: [P[0] + dLon(500), P[1]] });
    expect(d.distance).toBeGreaterThan(495);
    expect(d.distance).toBeLessThan(505);
    expect(d.inside).toBe(false);
  });

  it('measures a line to its nearest segment, not its vertices', () => {
    const line: GeoJSON.LineString = {
      type: 'LineString',
      coordinates: [
        [P[0] - dLon(2000), P[1] + dLat(300)],
        [P[0] + dLon(2000), P[1] + dLat(300)],
      ],
    };
    expect(distanceTo(P, line).distance).toBeCloseTo(300, -1);
  });

  it('is zero and inside within an area', () => {
    expect(distanceTo(P, square(P[0], P[1], 400))).toEqual({ distance: 0, inside: true });
  });

  it('measures to the nearest edge from outside an area', () => {
    const d = distanceTo(P, square(P[0] + dLon(1000), P[1], 400));
    expect(d.inside).toBe(false);
    expect(d.distance).toBeGreaterThan(590);
    expect(d.distance).toBeLessThan(610);
  });

  it('treats a hole as outside', () => {
    const outer = square(P[0], P[1], 800).coordinates[0] as number[][];
    const hole = [...(square(P[0], P[1], 200).coordinates[0] as number[][])].reverse();
    const d = distanceTo(P, { type: 'Polygon', coordinates: [outer, hole] });
    expect(d.inside).toBe(false);
    expect(d.distance).toBeCloseTo(200, -1);
  });
});

describe('what is near a point', () => {
  const features = [
    feature('far-point', { type: 'Point', coordinates: [P[0] + dLon(1500), P[1]] }),
    feature('zone', square(P[0], P[1], 300), 'underway'),
    feature('road', { type: 'LineString', coordinates: [[P[0] - dLon(900), P[1] + dLat(400)], [P[0] + dLon(900), P[1] + dLat(400)]] }, 'completed'),
    feature('edge', { type: 'Point', coordinates: [P[0], P[1] - dLat(999)] }),
    feature('just-out', { type: 'Point', coordinates: [P[0], P[1] - dLat(1003)] }),
  ];

  it('lists what lies within the radius, nearest first, with the zone around the point first', () => {
    const items = nearby(features, P, 1000);
    expect(items.map((i) => i.feature.id)).toEqual(['zone', 'road', 'edge']);
    expect(items[0]?.inside).toBe(true);
  });

  it('includes an item at the radius edge and excludes one just beyond it', () => {
    const ids = nearby(features, P, 1000).map((i) => i.feature.id);
    expect(ids).toContain('edge');
    expect(ids).not.toContain('just-out');
  });

  it('grows with the radius', () => {
    expect(nearby(features, P, 300).map((i) => i.feature.id)).toEqual(['zone']);
    expect(nearby(features, P, 2000)).toHaveLength(5);
  });

  it('groups by status as planned, underway, completed, keeping distance order inside each group', () => {
    const groups = groupByStatus(nearby(features, P, 2000));
    expect(groups.map((g) => g.status)).toEqual(['planned', 'underway', 'completed']);
    expect(groups[0]?.items.map((i) => i.feature.id)).toEqual(['edge', 'just-out', 'far-point']);
  });
});

describe('how far a place lies outside the district', () => {
  const DISTRICT: [number, number, number, number] = [114.14556, 30.56327, 114.27943, 30.63403];
  it('is zero inside the district and on its edge', () => {
    expect(metresOutside([114.2, 30.6], DISTRICT)).toBe(0);
    expect(metresOutside([114.27943, 30.6], DISTRICT)).toBe(0);
  });

  it('is the distance to the nearest edge or corner beyond it, within 1%', () => {
    const east: [number, number] = [114.35, 30.6];
    expect(metresOutside(east, DISTRICT) / (turfDistance(east, [114.27943, 30.6]) * 1000)).toBeCloseTo(1, 2);
    const far: [number, number] = [114.55, 30.75];
    expect(metresOutside(far, DISTRICT) / (turfDistance(far, [114.27943, 30.63403]) * 1000)).toBeCloseTo(1, 2);
  });
});

