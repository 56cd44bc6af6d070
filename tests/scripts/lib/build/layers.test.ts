import { describe, expect, it } from 'vitest';
import { basemapLayers, basemapTileProperties, vectorLayers } from '../../../../scripts/lib/build/layers';
import type { ValidatedData } from '../../../../scripts/lib/validate/index';
import type { BasemapProperties } from '../../../../src/schema/basemap';

const props = (more: Partial<BasemapProperties>): BasemapProperties => ({ kind: 'station', name_zh: '', name_en: '', provenance: { method: 'm', reference: 'r', note: '' }, ...more });

describe('basemapTileProperties', () => {
  it('keeps kind, names, line, rank and Q-id, and leaves out what a feature lacks', () => {
    expect(basemapTileProperties(props({ name_zh: '宗关', name_en: 'Zongguan', line: '1', rank: 2, qid: 'Q5', aliases: ['关'] }))).toEqual({
      kind: 'station',
      name_zh: '宗关',
      name_en: 'Zongguan',
      line: '1',
      rank: 2,
      qid: 'Q5',
    });
    expect(basemapTileProperties(props({ line: '' }))).toStrictEqual({ kind: 'station' });
    expect(basemapTileProperties(props({}))).toStrictEqual({ kind: 'station' });
    expect(basemapTileProperties(props({ name_en: 'Only English' }))).toStrictEqual({ kind: 'station', name_en: 'Only English' });
  });
});

describe('basemapLayers', () => {
  it('lists the layers present in drawing order, features in file order', () => {
    const pt = (x: number) => ({ type: 'Point', coordinates: [x, 30] });
    const data = {
      layers: [],
      basemap: [
        { layer: 'labels', file: 'l', features: [{ geometry: pt(1), properties: props({ kind: 'subdistrict', name_zh: '甲' }) }] },
        { layer: 'water', file: 'w', features: [{ geometry: pt(2), properties: props({ kind: 'lake' }) }, { geometry: pt(3), properties: props({ kind: 'river' }) }] },
        { layer: 'district', file: 'd', features: [] },
      ],
    } as unknown as ValidatedData;
    expect(basemapLayers(data)).toEqual([
      { name: 'district', features: [] },
      { name: 'water', features: [{ geometry: pt(2), properties: { kind: 'lake' } }, { geometry: pt(3), properties: { kind: 'river' } }] },
      { name: 'labels', features: [{ geometry: pt(1), properties: { kind: 'subdistrict', name_zh: '甲' } }] },
    ]);
  });
});

describe('vectorLayers', () => {
  it('describes each layer with its fields and the zoom range of the archives, 8 to 14', () => {
    expect(vectorLayers([{ name: 'water', features: [] }], { kind: 'String' }, (n) => `the ${n}`)).toEqual([
      { id: 'water', description: 'the water', minzoom: 8, maxzoom: 14, fields: { kind: 'String' } },
    ]);
  });
});
