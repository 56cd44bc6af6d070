import { describe, expect, it } from 'vitest';
import { dLat, dLon, square } from '../../../helpers/metres';
import { checkAnchorFacts } from '../../../../scripts/lib/validate/anchor-facts';
import { checkAnchors, measureAnchors } from '../../../../scripts/lib/validate/anchors';
import type { FeatureLayer } from '../../../../scripts/lib/validate/features';
import { formatIssue, type Issue, IssueSink } from '../../../../scripts/lib/validate/issues';
import { checkZones } from '../../../../scripts/lib/validate/zones';
import { nearby } from '../../../../src/lib/near';
import type { Anchor, FeatureProperties, Geocode } from '../../../../src/schema/feature';
import { anchorAllowanceM, PRECISION_TOLERANCE_M, uncertaintyM } from '../../../../src/schema/precision';
import type { Precision } from '../../../../src/schema/constants';

const A: [number, number] = [114.25, 30.58];
const east = (m: number): GeoJSON.Point => ({ type: 'Point', coordinates: [A[0] + dLon(m), A[1]] });

const anchor = (relation: Anchor['relation'] = 'beside'): Anchor => ({ source: 'metro', ref: '测试站 (1号线)', name: '测试站', lon: A[0], lat: A[1], relation });
const geocode = (precision: Precision, anchors: Anchor[] = [anchor()]): Geocode => ({
  precision,
  method: { zh: '测试', en: 'test' },
  anchors,
  note: { zh: '', en: '' },
});

function issuesFor(geometry: GeoJSON.Geometry, g: Geocode): Issue[] {
  const issues: Issue[] = [];
  checkAnchors(geometry, g, new IssueSink(issues, 'data/features/test.geojson', 'test-feature'));
  return issues;
}

describe('the precision table', () => {
  it('promises 50 m for exact, 300 m for street, 800 m for approximate', () => {
    expect(PRECISION_TOLERANCE_M.exact).toBe(50);
    expect(PRECISION_TOLERANCE_M.street).toBe(300);
    expect(PRECISION_TOLERANCE_M.approximate).toBe(800);
  });

  it('lets an area touch what it contains by 25 m, and keep what stands beside it within street distance', () => {
    expect(anchorAllowanceM('area', 'within')).toBe(25);
    expect(anchorAllowanceM('area', 'beside')).toBe(300);
    expect(anchorAllowanceM('area', 'along')).toBe(300);
    expect(anchorAllowanceM('approximate', 'within')).toBe(800);
  });

  it('draws uncertainty only around street and approximate placements', () => {
    expect(uncertaintyM('exact')).toBe(0);
    expect(uncertaintyM('area')).toBe(0);
    expect(uncertaintyM('street')).toBe(300);
    expect(uncertaintyM('approximate')).toBe(800);
  });
});

describe('the anchor check', () => {
  it.each([
    ['exact', 40, 60],
    ['street', 290, 310],
    ['approximate', 790, 810],
  ] as const)('a %s point passes %i m from its anchor and is refused at %i m', (precision, near, far) => {
    expect(issuesFor(east(near), geocode(precision))).toEqual([]);
    const refused = issuesFor(east(far), geocode(precision));
    expect(refused).toHaveLength(1);
    expect(formatIssue(refused[0] as Issue)).toMatch(
      new RegExp(`^data/features/test\\.geojson: test-feature: properties\\.geocode\\.anchors\\[0\\]: expected an? ${precision} placement: at most ${PRECISION_TOLERANCE_M[precision]} m from 测试站`),
    );
  });

  it('measures a line to its nearest segment, so a street anchor beside the middle of a long line passes', () => {
    const line: GeoJSON.LineString = { type: 'LineString', coordinates: [[A[0] - dLon(1000), A[1] + dLat(100)], [A[0] + dLon(1000), A[1] + dLat(100)]] };
    expect(issuesFor(line, geocode('street', [anchor('along')]))).toEqual([]);
  });

  it('accepts an area that contains its "within" anchor and refuses one that misses it by 100 m', () => {
    expect(issuesFor(square(A[0], A[1], 500), geocode('area', [anchor('within')]))).toEqual([]);
    const missed = issuesFor(square(A[0] + dLon(700), A[1], 600), geocode('area', [anchor('within')]));
    expect(missed).toHaveLength(1);
    expect(missed[0]?.expected).toMatch(/an area that contains or touches its "within" anchor: at most 25 m/);
  });

  it('checks every anchor, naming each one that is too far', () => {
    const far: Anchor = { ...anchor(), name: '远处', lon: A[0] + dLon(2000) };
    const issues = issuesFor(east(0), geocode('approximate', [anchor(), far]));
    expect(issues.map((i) => i.field)).toEqual(['properties.geocode.anchors[1]']);
    expect(issues[0]?.expected).toContain('远处');
  });

  it('lets the rounded-up distance equal the allowance, and words each promise with its article', () => {
    expect(issuesFor(east(49.5), geocode('exact'))).toEqual([]);
    const line = (precision: Precision, relation: Anchor['relation'], geometry: GeoJSON.Geometry) => issuesFor(geometry, geocode(precision, [anchor(relation)])).map(formatIssue);
    const tail = (m: number) => `found ${m} m; move the geometry, cite a nearer anchor, or claim a coarser precision`;
    const head = 'data/features/test.geojson: test-feature: properties.geocode.anchors[0]: expected';
    expect(line('exact', 'at', east(59.5))).toEqual([`${head} an exact placement: at most 50 m from 测试站 (测试站 (1号线), 114.25, 30.58), ${tail(60)}`]);
    expect(line('approximate', 'beside', east(809.5))).toEqual([`${head} an approximate placement: at most 800 m from 测试站 (测试站 (1号线), 114.25, 30.58), ${tail(810)}`]);
    expect(line('street', 'along', east(309.5))).toEqual([`${head} a street placement: at most 300 m from 测试站 (测试站 (1号线), 114.25, 30.58), ${tail(310)}`]);
    expect(line('area', 'beside', square(A[0] + dLon(899.5), A[1], 500))).toEqual([`${head} an area placement: at most 300 m from 测试站 (测试站 (1号线), 114.25, 30.58), ${tail(400)}`]);
  });

  it('reports the measured distance, rounded up to the metre', () => {
    const [m] = measureAnchors(east(123.4), geocode('street'));
    expect(m?.distance_m).toBeGreaterThanOrEqual(124);
    expect(m?.distance_m).toBeLessThanOrEqual(126);
    expect(m?.allowed_m).toBe(300);
  });
});

describe('zones and what is listed under them', () => {
  const props = (id: string, category: FeatureProperties['category'], g: Geocode, zone?: string): FeatureProperties => ({
    id,
    fid: category === 'renewal' ? 1001 : 5001,
    name_zh: id,
    name_en: id,
    category,
    mentions: [{ year: 2023, status: 'planned', quote: 'q', section: ['s'], metrics: [] }],
    geocode: g,
    ...(zone ? { zone } : {}),
  });
  const layers = (projectAt: number, zone = 'core'): FeatureLayer[] => [
    { name: 'renewal', file: 'data/features/renewal.geojson', features: [{ geometry: square(A[0], A[1], 500), properties: props('core', 'renewal', geocode('area', [anchor('within')])) }] },
    {
      name: 'project',
      file: 'data/features/project.geojson',
      features: [{ geometry: east(projectAt), properties: props('tower', 'project', geocode('exact', [{ ...anchor('at'), lon: A[0] + dLon(projectAt) }]), zone) }],
    },
  ];

  it('accepts a project whose anchor lies inside the zone it is listed under', () => {
    const issues: Issue[] = [];
    checkZones(layers(200), [], 'data/unmapped.json', issues);
    expect(issues).toEqual([]);
  });

  it('refuses a project whose anchor lies outside its zone, naming the zone and the gap', () => {
    const issues: Issue[] = [];
    checkZones(layers(1500), [], 'data/unmapped.json', issues);
    expect(issues).toHaveLength(1);
    expect(formatIssue(issues[0] as Issue)).toMatch(/^data\/features\/project\.geojson: tower: properties\.geocode\.anchors\[0\]: expected inside the zone core/);
    expect(issues[0]?.found).toMatch(/lies (99\d|100\d) m outside core/);
  });

  it('refuses a zone id that names no drawn zone, in features and in the unmapped list', () => {
    const issues: Issue[] = [];
    const unmapped = [{ id: 'x', name_zh: 'x', name_en: 'x', year: 2023 as const, quote: 'q', section: ['s'], reason: 'location-unverified' as const, note: 'n', guess: { zh: 'g', en: 'g' }, zone: 'nowhere' }];
    checkZones(layers(200, 'missing'), unmapped, 'data/unmapped.json', issues);
    expect(issues.map((i) => `${i.file} ${i.id} ${i.field}`)).toEqual(['data/features/project.geojson tower properties.zone', 'data/unmapped.json x [0].zone']);
  });
});

describe('near me with uncertain placements', () => {
  const f = (id: string, metres: number, precision: Precision) => {
    const g = east(metres);
    const [x, y] = g.coordinates as [number, number];
    return { id, name_zh: id, status: 'planned' as const, geometry: g, bbox: [x, y, x, y] as [number, number, number, number], geocode: { precision } };
  };

  it('lists an approximate place whose tolerance crosses the radius as "maybe", drawn inside or outside it', () => {
    const items = nearby([f('outside-by-500', 1500, 'approximate'), f('inside-by-200', 800, 'approximate'), f('exact-inside', 900, 'exact'), f('too-far', 1900, 'approximate')], A, 1000);
    expect(items.map((i) => [i.feature.id, i.maybe])).toEqual([
      ['inside-by-200', true],
      ['exact-inside', false],
      ['outside-by-500', true],
    ]);
    expect(items.map((i) => i.uncertainty)).toEqual([800, 0, 800]);
  });

  it('keeps a street placement well inside the radius as certainly within', () => {
    const [item] = nearby([f('street', 600, 'street')], A, 1000);
    expect(item?.maybe).toBe(false);
    expect(item?.uncertainty).toBe(300);
  });

  it('leaves out an exact place just beyond the radius', () => {
    expect(nearby([f('exact-beyond', 1010, 'exact')], A, 1000)).toEqual([]);
  });
});

describe('anchors cite the facts the project holds', () => {
  const metroLayer = {
    layer: 'metro' as const,
    file: 'data/basemap/metro.geojson',
    features: [{ geometry: { type: 'Point' as const, coordinates: [A[0], A[1]] }, properties: { kind: 'station', name_zh: '测试', name_en: 'Test', provenance: { method: 'm', reference: 'r', note: '' } } }],
  };
  const layer = (a: Anchor): FeatureLayer[] => [
    { name: 'road', file: 'data/features/road.geojson', features: [{ geometry: east(0), properties: { id: 'x', fid: 2001, name_zh: 'x', name_en: 'x', category: 'road', mentions: [], geocode: geocode('approximate', [a]) } }] },
  ];
  const run = (a: Anchor) => {
    const issues: Issue[] = [];
    checkAnchorFacts(layer(a), [metroLayer], issues);
    return issues;
  };
  const station: Anchor = { source: 'metro', ref: '测试 (1号线)', name: '测试站', lon: A[0], lat: A[1], relation: 'beside' };

  it('accepts a metro anchor that copies the basemap station it names', () => {
    expect(run(station)).toEqual([]);
  });

  it('accepts a Wikidata anchor that copies the landmark of its Q-id, and refuses one 100 m off or with an unknown Q-id', () => {
    const landmarks = { layer: 'landmarks' as const, file: 'data/basemap/landmarks.geojson', features: [{ geometry: { type: 'Point' as const, coordinates: [A[0], A[1]] }, properties: { kind: 'tower', name_zh: '塔', name_en: 'Tower', qid: 'Q42', provenance: { method: 'm', reference: 'r', note: '' } } }] };
    const item: Anchor = { source: 'wikidata', ref: 'Q42', name: '塔', lon: A[0], lat: A[1], relation: 'at' };
    const run = (a: Anchor) => {
      const issues: Issue[] = [];
      checkAnchorFacts(layer(a), [metroLayer, landmarks], issues);
      return issues.map((i) => i.field);
    };
    expect(run(item)).toEqual([]);
    expect(run({ ...item, lat: A[1] + dLat(100) })).toEqual(['properties.geocode.anchors[0]']);
    expect(run({ ...item, ref: 'Q43' })).toEqual(['properties.geocode.anchors[0].ref']);
  });

  it('refuses a metro anchor 100 m from the station it names, and one naming no station', () => {
    expect(run({ ...station, lon: A[0] + dLon(100) }).map((i) => i.field)).toEqual(['properties.geocode.anchors[0]']);
    expect(run({ ...station, ref: '不存在 (9号线)' }).map((i) => `${i.field} ${i.found}`)).toEqual(['properties.geocode.anchors[0].ref "不存在 (9号线)"']);
  });
});
