import { describe, expect, it } from 'vitest';
import { checkAnchorFacts } from '../../../../scripts/lib/validate/anchor-facts';
import type { BasemapFile } from '../../../../scripts/lib/validate/basemap';
import type { FeatureLayer } from '../../../../scripts/lib/validate/features';
import { formatIssue, type Issue } from '../../../../scripts/lib/validate/issues';
import type { Anchor } from '../../../../src/schema/feature';
import { dLat, dLon } from '../../../helpers/metres';

const A: [number, number] = [114.25, 30.58];
const PROV = { method: 'm', reference: 'r', note: '' };
const point = (lon: number, lat: number) => ({ type: 'Point' as const, coordinates: [lon, lat] });

function basemap(): BasemapFile[] {
  return [
    {
      layer: 'metro',
      file: 'data/basemap/metro.geojson',
      features: [
        { geometry: { type: 'LineString', coordinates: [A, [A[0] + 0.01, A[1]]] }, properties: { kind: 'line', name_zh: '线', name_en: '', provenance: PROV } },
        { geometry: point(...A), properties: { kind: 'station', name_zh: '宗关', name_en: '', provenance: PROV } },
        { geometry: point(A[0] + 0.02, A[1]), properties: { kind: 'line', name_zh: '宗关', name_en: '', provenance: PROV } },
        { geometry: { type: 'LineString', coordinates: [A, [A[0] + 0.01, A[1]]] }, properties: { kind: 'station', name_zh: '汉西', name_en: '', provenance: PROV } },
      ],
    },
    { layer: 'landmarks', file: 'data/basemap/landmarks.geojson', features: [{ geometry: point(...A), properties: { kind: 'tower', name_zh: '塔', name_en: '', qid: 'Q42', provenance: PROV } }] },
  ] as BasemapFile[];
}

function lines(anchors: Anchor[], base = basemap()): string[] {
  const geocode = { precision: 'approximate', method: { zh: 'm', en: 'm' }, anchors, note: { zh: '', en: '' } };
  const layers = [{ name: 'road', file: 'data/features/road.geojson', features: [{ geometry: point(...A), properties: { id: 'r1', geocode } }] }] as unknown as FeatureLayer[];
  const issues: Issue[] = [];
  checkAnchorFacts(layers, base, issues);
  return issues.map(formatIssue);
}
const metro = (ref: string, lon = A[0], lat = A[1]): Anchor => ({ source: 'metro', ref, name: ref, lon, lat, relation: 'beside' });
const wikidata = (ref: string, lon = A[0], lat = A[1]): Anchor => ({ source: 'wikidata', ref, name: ref, lon, lat, relation: 'at' });

describe('checkAnchorFacts', () => {
  it('accepts a copy within 5 m and refuses one 6 m off, with the basemap coordinate and the gap', () => {
    expect(lines([metro('宗关 (1号线)', A[0] + dLon(4))])).toEqual([]);
    expect(lines([metro('宗关 (1号线)', A[0], A[1] + dLat(6)), wikidata('Q42', A[0] + dLon(6))])).toEqual([
      `data/features/road.geojson: r1: properties.geocode.anchors[0]: expected the coordinate of 宗关 in data/basemap (114.25, 30.58), within 5 m, found 114.25, ${A[1] + dLat(6)}, 6 m away`,
      `data/features/road.geojson: r1: properties.geocode.anchors[1]: expected the coordinate of Q42 in data/basemap (114.25, 30.58), within 5 m, found ${A[0] + dLon(6)}, 30.58, 6 m away`,
    ]);
  });

  it('says how to write a reference the basemap does not hold; a station is found by name alone, only among stations', () => {
    expect(lines([metro('宗关'), metro('宗关(1号线)')])).toEqual([]);
    expect(lines([metro('汉西 (1号线)')])).toEqual([
      'data/features/road.geojson: r1: properties.geocode.anchors[0].ref: expected a station of the basemap metro layer, written "站名 (线路)", found "汉西 (1号线)"',
    ]);
    expect(lines([metro('线 (1号线)'), wikidata('Q43')])).toEqual([
      'data/features/road.geojson: r1: properties.geocode.anchors[0].ref: expected a station of the basemap metro layer, written "站名 (线路)", found "线 (1号线)"',
      'data/features/road.geojson: r1: properties.geocode.anchors[1].ref: expected a Q-id of the basemap landmarks layer (data/basemap/landmarks.geojson), found "Q43"',
    ]);
  });

  it('checks no anchor against a layer the basemap lacks, nor anchors of other sources', () => {
    const base = basemap();
    expect(lines([wikidata('Q43')], [base[0] as BasemapFile])).toEqual([]);
    expect(lines([metro('不存在 (1号线)')], [base[1] as BasemapFile])).toEqual([]);
    const linesOnly = { ...(base[0] as BasemapFile), features: (base[0] as BasemapFile).features.filter((f) => f.properties.kind === 'line') };
    expect(lines([metro('不存在 (1号线)')], [linesOnly])).toEqual([]);
    expect(lines([{ source: 'osm', ref: 'way/1', name: 'x', lon: 0, lat: 0, relation: 'at' } as Anchor])).toEqual([]);
  });
});
