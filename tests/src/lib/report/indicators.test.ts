import { describe, expect, it } from 'vitest';
import { compare, locatedFor, pairIndicators, readFigure, topicsOf } from '../../../../src/lib/report/indicators';
import { errorReportText, precisionTable, unmappedByReason } from '../../../../src/lib/report/quality';
import type { Indicator, Unmapped } from '../../../../src/schema/records';

const ind = (over: Partial<Indicator> & Pick<Indicator, 'id' | 'key' | 'year' | 'value' | 'unit' | 'as_written'>): Indicator => ({
  kind: 'headline',
  label_zh: '指标',
  label_en: 'Indicator',
  quote: over.as_written,
  section: ['二〇二二年工作回顾'],
  ...over,
});

const GDP = [
  ind({ id: 'gdp-2022', key: 'gdp', year: 2022, value: 950, unit: '亿元', as_written: '950亿元', quote: '预计地区生产总值950亿元' }),
  ind({ id: 'gdp-2023', key: 'gdp', year: 2023, value: null, unit: '亿元', as_written: '千亿元台阶', quote: '地区生产总值迈上千亿元台阶' }),
];
const INVEST = [
  ind({ id: 'fai-2022', key: 'fai', year: 2022, value: 340, unit: '亿元', as_written: '340亿元' }),
  ind({ id: 'fai-2023', key: 'fai', year: 2023, value: 370, unit: '亿元', as_written: '370亿元' }),
];
const REVENUE = [
  ind({ id: 'rev-2022', key: 'rev', year: 2022, value: 68, unit: '亿元', as_written: '68亿元' }),
  ind({ id: 'rev-2023', key: 'rev', year: 2023, value: 5, unit: '%', as_written: '增长5%以上' }),
];

describe('reading a figure', () => {
  it('reads digits with their unit, and a growth rate with its bound', () => {
    expect(readFigure(INVEST[0] as Indicator)).toEqual({ kind: 'amount', value: 340, unit: '亿元', bound: null, fromWords: false });
    expect(readFigure(REVENUE[1] as Indicator)).toEqual({ kind: 'rate', value: 5, unit: '%', bound: 'at-least', fromWords: false });
    expect(readFigure({ value: 3.5, unit: '%', as_written: '控制在3.5%以内' }).bound).toBe('at-most');
    expect(readFigure({ value: 90, unit: '%', as_written: '达到90%' }).kind).toBe('amount');
  });

  it('reads a number from words where the report gives no digits (千亿元台阶 → at least 1000 亿元)', () => {
    expect(readFigure(GDP[1] as Indicator)).toEqual({ kind: 'amount', value: 1000, unit: '亿元', bound: 'at-least', fromWords: true });
    expect(readFigure({ value: null, unit: '亿元', as_written: '两百亿元' }).value).toBe(200);
    expect(readFigure({ value: null, unit: '', as_written: '同步' })).toEqual({ kind: 'words', value: null, unit: '', bound: null, fromWords: false });
  });
});

describe('pairing results with targets', () => {
  it('groups by key in the order the data first names each key', () => {
    const pairs = pairIndicators([...INVEST, ...GDP].reverse());
    expect(pairs.map((p) => p.key)).toEqual(['gdp', 'fai']);
    expect(pairs[1]?.byYear[2022].map((i) => i.as_written)).toEqual(['340亿元']);
    expect(pairs[1]?.byYear[2023].map((i) => i.as_written)).toEqual(['370亿元']);
  });

  it('compares figures of one kind and unit, and declines an amount against a growth rate', () => {
    const [gdp, fai, rev] = pairIndicators([...GDP, ...INVEST, ...REVENUE]);
    expect(compare(fai as never)).toMatchObject({ from: 340, to: 370, unit: '亿元', change: 30 });
    expect(compare(fai as never)?.ratio).toBeCloseTo(30 / 340);
    expect(compare(gdp as never)).toMatchObject({ from: 950, to: 1000, targetBound: 'at-least', targetFromWords: true });
    expect(compare(rev as never)).toBeNull();
    expect(compare(pairIndicators([INVEST[0] as Indicator])[0] as never)).toBeNull();
  });

  it('computes no change between two different measures of one key: firms applied for against firms to add', () => {
    const [hightech] = pairIndicators([
      ind({ id: 'ht-2022', key: 'ht', year: 2022, value: 149, unit: '家', as_written: '149家', label_zh: '高新技术企业' }),
      ind({ id: 'ht-2023', key: 'ht', year: 2023, value: 80, unit: '家', as_written: '80家', label_zh: '新增高新技术企业' }),
    ]);
    expect(compare(hightech as never)).toBeNull();
  });
});

describe('topics', () => {
  it('puts an amount and its growth rate under one heading, so a 2022 amount stands beside a 2023 growth target', () => {
    const retail = [
      ind({ id: 'r-2022', key: 'retail', year: 2022, value: 682, unit: '亿元', as_written: '682亿元', label_zh: '社会消费品零售总额' }),
      ind({ id: 'rg-2023', key: 'retail-growth', year: 2023, value: 6, unit: '%', as_written: '增长6%以上' }),
    ];
    const topics = topicsOf(pairIndicators([...GDP, ...retail]));
    expect(topics.map((t) => [t.key, t.label_zh, t.pairs.length])).toEqual([
      ['gdp', '指标', 1],
      ['retail', '社会消费品零售总额', 2],
    ]);
    expect(topics[1]?.byYear[2022].map((i) => i.as_written)).toEqual(['682亿元']);
    expect(topics[1]?.byYear[2023].map((i) => i.as_written)).toEqual(['增长6%以上']);
  });
});

describe('how much of a count is on the map', () => {
  const roads = ind({
    id: 'roads-2023',
    key: 'roads',
    kind: 'commitment',
    year: 2023,
    value: 11,
    unit: '条',
    as_written: '11条道路',
    quote: '建成宝庆街、丰采路等11条道路',
    feature_ids: ['baoqing'],
    category: 'road',
  });
  const f = (id: string, category: 'road' | 'park', year: 2022 | 2023, quote: string) => ({ id, category, mentions: [{ year, quote }] });
  const features = [
    f('baoqing', 'road', 2023, '建成宝庆街、丰采路等11条道路'),
    f('fengcai', 'road', 2023, '建成宝庆街、丰采路等11条道路'),
    f('quanxin', 'road', 2023, '加快全新街、丰茂路等8条道路建设'),
    f('park', 'park', 2023, '建成宝庆街、丰采路等11条道路'),
    f('old', 'road', 2022, '建成宝庆街、丰采路等11条道路'),
  ];

  it('counts the named ids and the features of its category quoted with it in the same year', () => {
    expect(locatedFor(roads, features)?.map((x) => x.id)).toEqual(['baoqing', 'fengcai']);
  });

  it('is null for a figure not about named places', () => {
    expect(locatedFor(INVEST[0] as Indicator, features)).toBeNull();
  });
});

describe('data quality figures', () => {
  it('counts features by category and precision, leaving out empty categories', () => {
    const f = (category: 'road' | 'park', precision: 'exact' | 'area') => ({ category, geocode: { precision } });
    const t = precisionTable([f('road', 'exact'), f('road', 'area'), f('park', 'area')]);
    expect(t.rows.map((r) => [r.category, r.counts.exact, r.counts.area, r.total])).toEqual([
      ['road', 1, 1, 2],
      ['park', 0, 1, 1],
    ]);
    expect(t.totals).toEqual({ exact: 1, street: 0, approximate: 0, area: 2 });
    expect(t.total).toBe(3);
  });

  it('groups unmapped items by reason, largest group first', () => {
    const u = (id: string, reason: Unmapped['reason']): Unmapped => ({ id, reason, name_zh: id, name_en: id, year: 2022, quote: id, section: ['x'], note: 'n' });
    const groups = unmappedByReason([u('a', 'event'), u('b', 'programme'), u('c', 'programme')]);
    expect(groups.map((g) => [g.reason, g.items.map((i) => i.id)])).toEqual([
      ['programme', ['b', 'c']],
      ['event', ['a']],
    ]);
  });

  it('prefills an error report with the item, the link, the compile date and the source', () => {
    const text = errorReportText({
      source: { title: '2022年政府工作报告', index_no: '755148572/2023-01220', compiled: '2026-11-26' },
      feature: { id: 'gutian-park', name_zh: '古田公园', precision: '位置为示意:大致位置' },
      url: 'https://example.org/#sel=gutian-park',
      lang: 'zh',
    });
    expect(text).toContain('古田公园 (gutian-park)');
    expect(text).toContain('https://example.org/#sel=gutian-park');
    expect(text).toContain('2026-11-26');
    expect(text).toContain('755148572/2023-01220');
    expect(text).toContain('当前位置精度:位置为示意:大致位置');
    expect(text).toMatch(/问题描述:\n应改为:/);
  });
});
