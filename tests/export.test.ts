import { describe, expect, it } from 'vitest';
import { csvField, toCsv, toGeoJson } from '../src/lib/export';
import type { CatalogueFeature } from '../src/schema/records';

const feature: CatalogueFeature = {
  id: 'baoqing-street',
  fid: 2001,
  name_zh: '宝庆街',
  name_en: 'Baoqing Street, "old" lane',
  category: 'road',
  status: 'planned',
  years: [2023],
  bbox: [114.26, 30.57, 114.27, 30.58],
  geometry: { type: 'LineString', coordinates: [[114.26, 30.57], [114.27, 30.58]] },
  mentions: [{ year: 2023, status: 'planned', quote: '建成宝庆街、丰采路等11条道路', section: ['二〇二三年工作意见'], metrics: [{ label: '建成道路', value: 11, unit: '条' }] }],
  geocode: {
    precision: 'street',
    method: { zh: '沿道路', en: 'traced' },
    anchors: [{ source: 'osm', ref: '宝庆街', name: '宝庆街', lon: 114.26, lat: 30.57, relation: 'along', distance_m: 0, allowed_m: 300 }],
    note: { zh: '', en: '' },
  },
};

describe('export', () => {
  it('quotes CSV fields that hold commas, quotes or line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('writes one row per feature with its sentence, figures and distance', () => {
    const csv = toCsv([{ feature, distance: 412.4 }], () => [114.265, 30.575]);
    const [header, row] = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(header?.split(',')).toContain('distance_m');
    expect(row).toContain('宝庆街');
    expect(row).toContain(',412,');
    expect(row).toContain('建成宝庆街、丰采路等11条道路');
    expect(row).toContain('2023 建成道路 11条');
    expect(row).toContain('"Baoqing Street, ""old"" lane"');
    expect(csv.startsWith('\uFEFF')).toBe(true);
  });

  it('writes GeoJSON with geometry, mentions and distance', () => {
    const fc = toGeoJson([{ feature, distance: 412.4 }]);
    expect(fc.features).toHaveLength(1);
    const f = fc.features[0];
    expect(f?.geometry).toEqual(feature.geometry);
    expect(f?.id).toBe(2001);
    expect(f?.properties?.distance_m).toBe(412);
    expect(f?.properties?.mentions).toEqual(feature.mentions);
    expect(f?.properties).not.toHaveProperty('bbox');
  });
});
