import { describe, expect, it } from 'vitest';
import turfDistance from '@turf/distance';
import { distanceTo, metresOutside, radiusBounds } from '../../../src/lib/geometry';
import { groupByStatus, NEAR_GROUP_ORDER, type NearFeature, nearby } from '../../../src/lib/near';
import { dLat, dLon, square } from '../../helpers/metres';
import type { Precision, Status } from '../../../src/schema/constants';

const P: [number, number] = [114.25, 30.58];

function feature(id: string, geometry: GeoJSON.Geometry, status: Status = 'planned'): NearFeature {
  const flat = JSON.stringify(geometry.type === 'GeometryCollection' ? [] : geometry.coordinates).match(/-?\d+\.?\d*/g)?.map(Number) ?? [];
  const xs = flat.filter((_, i) => i % 2 === 0);
  const ys = flat.filter((_, i) => i % 2 === 1);
  return { id, name_zh: id, status, geometry, bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
}

/** A point feature `east` and `north` metres from P. */
const pointAt = (id: string, east: number, north: number, status: Status = 'planned'): NearFeature => feature(id, { type: 'Point', coordinates: [P[0] + dLon(east), P[1] + dLat(north)] }, status);

/** A point feature placed with a precision, `north` metres from P. */
const placedAt = (id: string, north: number, precision: Precision): NearFeature => ({ ...pointAt(id, 0, north), geocode: { precision } });

const ids = (items: ReturnType<typeof nearby>) => items.map((i) => i.feature.id);


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

describe('the edge of the near-me circle', () => {
  it('excludes items in the corners of the circle’s box, up to 1.41 times the radius away', () => {
    const corners = [pointAt('ne', 750, 750), pointAt('nw', -750, 750), pointAt('se', 750, -750), pointAt('sw', -750, -750)];
    expect(nearby(corners, P, 1000)).toEqual([]);
    expect(nearby([...corners, pointAt('inner', 650, 650)], P, 1000).map((i) => i.feature.id)).toEqual(['inner']);
  });

  it('lists an item exactly at the radius, and none a metre beyond it', () => {
    const edge = pointAt('edge', 400, 700);
    const radius = distanceTo(P, edge.geometry).distance;
    const [item] = nearby([edge], P, radius);
    expect(item?.feature.id).toBe('edge');
    expect(item?.maybe).toBe(false);
    expect(nearby([edge], P, radius - 1)).toEqual([]);
  });

  it('lists items due north, south, east and west on the very edge of the circle’s box', () => {
    const [w, s, e, n] = radiusBounds(P, 1500);
    const onEdge = [
      feature('north', { type: 'Point', coordinates: [P[0], n] }),
      feature('south', { type: 'Point', coordinates: [P[0], s] }),
      feature('east', { type: 'Point', coordinates: [e, P[1]] }),
      feature('west', { type: 'Point', coordinates: [w, P[1]] }),
    ];
    expect(ids(nearby(onEdge, P, 1500)).sort()).toEqual(['east', 'north', 'south', 'west']);
  });
});

describe('places whose position is uncertain', () => {
  // A street-precision place may lie 300 m from where it is drawn; an exact or area one is drawn where it is.
  it('lists a street-precision place drawn up to 300 m beyond the radius, as maybe within it', () => {
    const items = nearby([placedAt('street-beyond', 1250, 'street'), placedAt('street-far', 1350, 'street'), placedAt('exact-beyond', 1050, 'exact')], P, 1000);
    expect(ids(items)).toEqual(['street-beyond']);
    expect(items[0]).toMatchObject({ uncertainty: 300, maybe: true, inside: false });
    expect(items[0]?.distance).toBeCloseTo(1250, -1);
  });

  it('reaches 800 m beyond the radius for an approximate place', () => {
    expect(ids(nearby([placedAt('approx', 1750, 'approximate'), placedAt('approx-far', 1850, 'approximate')], P, 1000))).toEqual(['approx']);
  });

  it('marks a place drawn within the radius as maybe only when its uncertainty reaches past the radius', () => {
    const items = nearby([placedAt('street-near', 600, 'street'), placedAt('street-edge', 800, 'street'), placedAt('exact-edge', 990, 'exact')], P, 1000);
    expect(items.map((i) => [i.feature.id, i.maybe, i.uncertainty])).toEqual([
      ['street-near', false, 300],
      ['street-edge', true, 300],
      ['exact-edge', false, 0],
    ]);
  });

  it('lists a street-precision place drawn exactly 300 m beyond the radius', () => {
    // Off the axes, so the bbox of the circle does not graze it.
    const beyond: NearFeature = { ...pointAt('beyond', 500, 1150), geocode: { precision: 'street' } };
    const radius = distanceTo(P, beyond.geometry).distance - 300;
    expect(ids(nearby([beyond], P, radius))).toEqual(['beyond']);
  });
});

describe('the order of what is near', () => {
  it('puts items at the same distance in the order of their Chinese names’ pinyin', () => {
    // 张 (zhang) has a lower code point than 汉 (han) but comes after it in pinyin.
    const zhang = { ...pointAt('zhang', 300, 0), name_zh: '张公堤' };
    const han = { ...pointAt('han', 300, 0), name_zh: '汉正街' };
    expect(ids(nearby([zhang, han], P, 1000))).toEqual(['han', 'zhang']);
  });

  it('reads the groups as planned, underway, completed, then context', () => {
    expect(NEAR_GROUP_ORDER).toEqual(['planned', 'underway', 'completed', 'context']);
    const items = nearby([pointAt('c', 100, 0, 'context'), pointAt('d', 200, 0, 'completed'), pointAt('p', 300, 0, 'planned')], P, 1000);
    expect(groupByStatus(items).map((g) => [g.status, g.items.map((i) => i.feature.id)])).toEqual([
      ['planned', ['p']],
      ['completed', ['d']],
      ['context', ['c']],
    ]);
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

