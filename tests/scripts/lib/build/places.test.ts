import { describe, expect, it } from 'vitest';
import { placesFrom } from '../../../../scripts/lib/build/places';
import type { ValidatedData } from '../../../../scripts/lib/validate/index';

const pt = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });
const line = (...coordinates: number[][]) => ({ type: 'LineString', coordinates });
const f = (geometry: unknown, kind: string, name_zh: string, name_en = '', more: Record<string, unknown> = {}) => ({ geometry, properties: { kind, name_zh, name_en, ...more } });

function places(basemap: Array<{ layer: string; features: unknown[] }>) {
  return placesFrom({ layers: [], basemap, indicators: undefined, unmapped: undefined, source: undefined } as unknown as ValidatedData);
}

describe('placesFrom', () => {
  it('finds streets, stations, sub-districts, water, the district and landmarks, and nothing else, sorted by name', () => {
    const found = places([
      { layer: 'roads', features: [f(pt(114.21, 30.57), 'minor', '路甲')] },
      { layer: 'metro', features: [f(pt(114.22, 30.57), 'station', '站乙'), f(pt(114.22, 30.58), 'line', '线丙')] },
      { layer: 'labels', features: [f(pt(114.23, 30.57), 'subdistrict', '街丁'), f(pt(114.23, 30.58), 'neighbour', '邻戊')] },
      { layer: 'water', features: [f(pt(114.24, 30.57), 'lake', '湖己')] },
      { layer: 'district', features: [f(pt(114.25, 30.57), 'qiaokou', '区庚')] },
      { layer: 'landmarks', features: [f(pt(114.26, 30.57), 'tower', '塔辛', 'Tower', { qid: 'Q7' })] },
    ]);
    expect(found.map((p) => [p.kind, p.name_zh])).toEqual([
      ['district', '区庚'],
      ['landmark', '塔辛'],
      ['water', '湖己'],
      ['station', '站乙'],
      ['subdistrict', '街丁'],
      ['street', '路甲'],
    ]);
    expect(found[1]).toEqual({ kind: 'landmark', name_zh: '塔辛', name_en: 'Tower', qid: 'Q7', landmark: 'tower', point: [114.26, 30.57], bbox: [114.26, 30.57, 114.26, 30.57] });
  });

  it('makes one place of the pieces of a named road, framing them all, with the first English name given', () => {
    const found = places([
      {
        layer: 'roads',
        features: [f(line([114.2, 30.56], [114.21, 30.56]), 'minor', '古田路'), f(line([114.21, 30.56], [114.23, 30.57]), 'minor', '古田路', 'Gutian Rd'), f(line([114.1, 30.5], [114.11, 30.5]), 'minor', '古田路', 'Other')],
      },
    ]);
    expect(found).toEqual([{ kind: 'street', name_zh: '古田路', name_en: 'Gutian Rd', point: expect.any(Array), bbox: [114.1, 30.5, 114.23, 30.57] }]);
  });

  it('takes stations only from the metro layer and sub-districts only from the labels, and keeps roads of other names apart', () => {
    const found = places([
      { layer: 'landmarks', features: [f(pt(114.2, 30.5), 'station', '汉口站', '', { qid: 'Q1' })] },
      { layer: 'metro', features: [f(pt(114.2, 30.5), 'subdistrict', '某街')] },
      { layer: 'roads', features: [f(pt(114.2, 30.5), 'minor', '甲路'), f(pt(114.3, 30.5), 'minor', '乙路')] },
    ]);
    expect(found.map((p) => [p.kind, p.name_zh])).toEqual([
      ['street', '乙路'],
      ['landmark', '汉口站'],
      ['street', '甲路'],
    ]);
  });

  it('skips features without a Chinese name', () => {
    expect(places([{ layer: 'roads', features: [f(pt(114.2, 30.5), 'minor', '', 'Nameless')] }])).toEqual([]);
  });

  it('keeps landmarks of one name apart by Q-id, sorted by Q-id as text after the name and kind, and carries their short forms only when they have some', () => {
    const found = places([
      {
        layer: 'landmarks',
        features: [
          f(pt(114.2, 30.5), 'heritage', '公墓', '', { qid: 'Q9', aliases: ['墓'] }),
          f(pt(114.3, 30.6), 'heritage', '公墓', '', { qid: 'Q10', aliases: [] }),
          f(pt(114.25, 30.55), 'park', '公墓', '', { qid: 'Q11' }),
        ],
      },
      { layer: 'water', features: [f(pt(114.2, 30.5), 'lake', '公墓')] },
    ]);
    expect(found.map((p) => [p.kind, p.qid, p.aliases])).toEqual([
      ['landmark', 'Q10', undefined],
      ['landmark', 'Q11', undefined],
      ['landmark', 'Q9', [{ name_zh: '墓' }]],
      ['water', undefined, undefined],
    ]);
    expect(found.map((p) => Object.keys(p).includes('aliases'))).toEqual([false, false, true, false]);
  });

  it('rounds the point and the bbox to 6 decimals', () => {
    expect(places([{ layer: 'water', features: [f(pt(114.12345678, 30.98765432), 'lake', '湖')] }])[0]).toMatchObject({ point: [114.123457, 30.987654], bbox: [114.123457, 30.987654, 114.123457, 30.987654] });
  });
});
