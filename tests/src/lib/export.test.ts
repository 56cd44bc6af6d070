import { afterEach, describe, expect, it, vi } from 'vitest';
import { CSV_COLUMNS, csvField, download, toCsv, toGeoJson } from '../../../src/lib/export';
import { exportFileName, type ViewContext } from '../../../src/lib/view-summary';
import { CATEGORIES, STATUSES, YEARS } from '../../../src/schema/constants';
import type { CatalogueFeature } from '../../../src/schema/records';

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

const everything = { categories: CATEGORIES, statuses: STATUSES, years: YEARS };
const near: ViewContext = { lang: 'zh', place: '宗关', radius: 1000, filters: { ...everything, categories: CATEGORIES.filter((c) => c !== 'road') }, date: '2026-12-06' };

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
    const csv = toCsv([{ feature, distance: 412.4 }], () => [114.265, 30.575], near);
    const [header, row] = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(header?.split(',')).toContain('distance_m');
    expect(row).toContain('宝庆街');
    expect(row).toContain(',412,');
    expect(row).toContain('建成宝庆街、丰采路等11条道路');
    expect(row).toContain('2023 建成道路 11条');
    expect(row).toContain('"Baoqing Street, ""old"" lane"');
    expect(csv.startsWith('\uFEFF')).toBe(true);
  });

  it('puts the category, status and precision in the UI language beside their codes, and the view on every row', () => {
    const csv = toCsv([{ feature: { ...feature, name_en: 'Baoqing Street' }, distance: 412.4 }], () => [114.265, 30.575], { ...near, lang: 'en' });
    const [header, row] = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    const cells = Object.fromEntries((header ?? '').split(',').map((h, i) => [h, row?.split(',')[i]]));
    expect(cells.category).toBe('road');
    expect(cells.category_name).toBe('Roads & transit');
    expect(cells.status_name).toBe('Planned');
    expect(cells.precision_name).toBe('Along a street: within about 300 m');
    expect(cells.uncertainty_m).toBe('300');
    expect(cells.view_place).toBe('宗关');
    expect(cells.view_radius_m).toBe('1000');
    expect(cells.view_filters).toContain('Roads & transit');
    expect(cells.exported_on).toBe('2026-12-06');
    expect(header?.split(',')).toEqual([...CSV_COLUMNS]);
  });

  it('writes GeoJSON of public, flat fields: no tile id, bbox or search keys', () => {
    const fc = toGeoJson([{ feature: { ...feature, keys: { py: 'baoqingjie', ini: 'bqj' } }, distance: 412.4 }], near);
    expect(fc.features).toHaveLength(1);
    const f = fc.features[0];
    expect(f?.geometry).toEqual(feature.geometry);
    expect(f?.id).toBe('baoqing-street');
    expect(f?.properties?.distance_m).toBe(412);
    expect(f?.properties?.quote_2023).toBe('建成宝庆街、丰采路等11条道路');
    expect(f?.properties?.status_name).toBe('计划');
    for (const hidden of ['fid', 'bbox', 'keys', 'mentions', 'geocode']) expect(f?.properties).not.toHaveProperty(hidden);
    for (const value of Object.values(f?.properties ?? {})) expect(['string', 'number']).toContain(typeof value);
    expect(fc.view.view_place).toBe('宗关');
  });

  it('names a file by place, radius, filters and date', () => {
    expect(exportFileName({ ...near, filters: everything }, 'csv')).toBe('硚口-宗关-1km-2026-12-06.csv');
    expect(exportFileName({ ...near, radius: 500 }, 'geojson')).toBe('硚口-宗关-500m-已筛选-2026-12-06.geojson');
    expect(exportFileName({ ...near, lang: 'en', place: null, radius: null, filters: everything }, 'csv')).toBe('qiaokou-list-2026-12-06.csv');
    expect(exportFileName({ ...near, place: 'a/b: c' }, 'csv')).toBe('硚口-a_b_c-1km-已筛选-2026-12-06.csv');
  });

  it('defuses every character a spreadsheet starts a formula with: = + - @ tab and CR', () => {
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('+86 27')).toBe("'+86 27");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('=1')).toBe("'=1");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    expect(csvField('a-b')).toBe('a-b');
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('')).toBe('');
  });

  it('quotes a field holding a carriage return alone', () => {
    expect(csvField('a\rb')).toBe('"a\rb"');
  });

  it('leaves the distance, place and radius empty for the whole list, with the point to six decimals', () => {
    const list: ViewContext = { lang: 'en', place: null, radius: 1000, filters: everything, date: '2026-12-07' };
    const target = { ...feature, name_en: 'Baoqing Street', target: 'completed' as const, responsible: { zh: '区住房局', en: 'District Housing Bureau' } };
    const csv = toCsv([{ feature: target }], () => [114.2651234567, 30.5], list);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, row, rest] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(rest).toBe('');
    const cells = Object.fromEntries((header ?? '').split(',').map((h, i) => [h, row?.split(',')[i]]));
    expect(cells).toMatchObject({ distance_m: '', lon: '114.265123', lat: '30.500000', view_place: '', view_radius_m: '', view_filters: '', plan_2023: '2023 plan: complete', responsible: 'District Housing Bureau', years: '2023', quote_2022: '' });
  });

  it('joins the year’s quotes with a slash and all figures with a semicolon, each with its year', () => {
    const two = {
      ...feature,
      years: [2022, 2023],
      mentions: [
        { year: 2022 as const, status: 'completed' as const, quote: '甲', section: ['二〇二二年工作回顾'], metrics: [{ label: '面积', value: 2, unit: '万平方米' }] },
        { year: 2023 as const, status: 'planned' as const, quote: '乙', section: ['二〇二三年工作意见'], metrics: [] },
        { year: 2023 as const, status: 'planned' as const, quote: '丙', section: ['二〇二三年工作意见'], metrics: [{ label: '道路', value: 3, unit: '条' }] },
      ],
    };
    const f = toGeoJson([{ feature: two }], near).features[0];
    expect(f?.properties).toMatchObject({ quote_2022: '甲', quote_2023: '乙 / 丙', metrics: '2022 面积 2万平方米; 2023 道路 3条', years: '2022 2023', plan_2023: '', responsible: '' });
    expect(f?.properties).not.toHaveProperty('distance_m');
  });

  it('says what the GeoJSON is of: place, radius in metres, filters and day', () => {
    expect(toGeoJson([], near)).toEqual({ type: 'FeatureCollection', view: { view_place: '宗关', view_radius_m: 1000, view_filters: '筛选中,不显示 图层:道路交通', exported_on: '2026-12-06' }, features: [] });
    expect(toGeoJson([], { ...near, radius: null }).view.view_radius_m).toBe('');
    expect(toGeoJson([{ feature }], near).features[0]?.type).toBe('Feature');
  });
});

describe('offering a file', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('clicks a link to the text as a typed blob under its name, then frees the blob a second later', async () => {
    vi.useFakeTimers();
    const events: string[] = [];
    const a = { href: '', download: '', click: () => events.push('click'), remove: () => events.push('remove') };
    vi.stubGlobal('document', { createElement: (tag: string) => {
        events.push(`create ${tag}`);
        return a;
      }, body: { append: (el: unknown) => events.push(el === a ? 'append' : 'append other') } });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:one';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void events.push(`revoke ${url}`));
    download('list.csv', 'a,b', 'text/csv');
    expect(a).toMatchObject({ href: 'blob:one', download: 'list.csv' });
    expect(events).toEqual(['create a', 'append', 'click', 'remove']);
    expect(blobs.map((b) => b.type)).toEqual(['text/csv']);
    expect(await blobs[0]?.text()).toBe('a,b');
    vi.advanceTimersByTime(999);
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(events.at(-1)).toBe('revoke blob:one');
  });
});
