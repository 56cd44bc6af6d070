import { describe, expect, it } from 'vitest';
import { COUNT_UNITS, compare, locatedFor, pairIndicators, readFigure, topicsOf } from '../../../../src/lib/report/indicators';
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

describe('reading a figure, word by word', () => {
  const bound = (as_written: string) => readFigure({ value: 1, unit: '亿元', as_written }).bound;

  it('reads each word of a lower bound, and of an upper bound, which wins when both appear', () => {
    expect(['增长6%以上', '超过100家', '突破千亿', '不低于5%', '迈上新台阶', '台阶'].map(bound)).toEqual(Array(6).fill('at-least'));
    expect(['3%以内', '5%以下', '不超过3%', '控制在3.5%'].map(bound)).toEqual(Array(4).fill('at-most'));
    expect(bound('控制在5%以上')).toBe('at-most');
    expect(bound('达到90%')).toBeNull();
  });

  it('reads a per cent as a rate only with a word of change', () => {
    const kind = (as_written: string) => readFigure({ value: 5, unit: '%', as_written }).kind;
    expect(['增长5%', '下降5%', '上调5%', '下调5%', '提高5%', '降低5%', '压减5%'].map(kind)).toEqual(Array(7).fill('rate'));
    expect(kind('占比5%')).toBe('amount');
    expect(readFigure({ value: 5, unit: '亿元', as_written: '增长5亿元' }).kind).toBe('amount');
  });

  it('reads each digit and place written in words, with its unit', () => {
    const read = (as_written: string) => {
      const f = readFigure({ value: null, unit: '', as_written });
      return [f.value, f.unit];
    };
    expect(['一百亿元', '二十万元', '两千万人', '三十万平方米', '四百亿', '五十亿元', '六百亿元', '七十亿元', '八百亿元', '九十亿元'].map(read)).toEqual([
      [100, '亿元'],
      [20, '万元'],
      [2000, '万人'],
      [30, '万平方米'],
      [400, '亿元'],
      [50, '亿元'],
      [600, '亿元'],
      [70, '亿元'],
      [800, '亿元'],
      [90, '亿元'],
    ]);
    expect(read('十亿元')).toEqual([10, '亿元']);
    expect(read('迈上百亿台阶')).toEqual([100, '亿元']);
  });

  it('keeps the bound the words give a number read from words, and takes at least where they give none', () => {
    expect(readFigure({ value: null, unit: '', as_written: '控制在百亿元以内' })).toEqual({ kind: 'amount', value: 100, unit: '亿元', bound: 'at-most', fromWords: true });
    expect(readFigure({ value: null, unit: '', as_written: '百亿元' }).bound).toBe('at-least');
    expect(readFigure({ value: null, unit: '个', as_written: '若干个' })).toEqual({ kind: 'words', value: null, unit: '个', bound: null, fromWords: false });
  });
});

describe('comparing at the edges', () => {
  const pair = (a: Partial<Indicator> & Pick<Indicator, 'value' | 'unit' | 'as_written'>, b: Partial<Indicator> & Pick<Indicator, 'value' | 'unit' | 'as_written'>) =>
    pairIndicators([ind({ id: 'x-2022', key: 'x', year: 2022, ...a }), ind({ id: 'x-2023', key: 'x', year: 2023, ...b })])[0] as never;

  it('gives the whole comparison, the ratio as a share of the result', () => {
    expect(compare(pair({ value: 40, unit: '个', as_written: '40个' }, { value: 50, unit: '个', as_written: '不低于50个' }))).toEqual({
      from: 40,
      to: 50,
      unit: '个',
      change: 10,
      ratio: 0.25,
      targetBound: 'at-least',
      targetFromWords: false,
    });
  });

  it('gives no ratio against a result of 0, and a negative change for a lower target', () => {
    expect(compare(pair({ value: 0, unit: '个', as_written: '0个' }, { value: 5, unit: '个', as_written: '5个' }))).toMatchObject({ change: 5, ratio: null });
    expect(compare(pair({ value: 8, unit: '个', as_written: '8个' }, { value: 6, unit: '个', as_written: '6个' }))).toMatchObject({ change: -2, ratio: -0.25 });
  });

  it('declines figures of different units, or a figure without a number on either side', () => {
    expect(compare(pair({ value: 8, unit: '个', as_written: '8个' }, { value: 6, unit: '家', as_written: '6家' }))).toBeNull();
    expect(compare(pair({ value: null, unit: '', as_written: '同步' }, { value: 6, unit: '个', as_written: '6个' }))).toBeNull();
    expect(compare(pair({ value: 6, unit: '个', as_written: '6个' }, { value: null, unit: '', as_written: '同步' }))).toBeNull();
    expect(compare(pair({ value: 90, unit: '%', as_written: '达到90%' }, { value: 5, unit: '%', as_written: '增长5%' }))).toBeNull();
    const only2023 = pairIndicators([ind({ id: 'y-2023', key: 'y', year: 2023, value: 1, unit: '个', as_written: '1个' })])[0] as never;
    expect(compare(only2023)).toBeNull();
  });
});

describe('topics at the edges', () => {
  it('joins only a key that ends in -growth to its stem, and keeps each year’s indicators in pair order', () => {
    const mk = (key: string, year: 2022 | 2023, id: string) => ind({ id, key, year, value: 1, unit: '个', as_written: '1个' });
    const topics = topicsOf(pairIndicators([mk('a-growth', 2023, 'ag'), mk('a', 2022, 'a1'), mk('a', 2023, 'a2'), mk('a-growth-rate', 2022, 'agr')]));
    expect(topics.map((t) => [t.key, t.pairs.map((p) => p.key), t.byYear[2022].map((i) => i.id), t.byYear[2023].map((i) => i.id)])).toEqual([
      ['a', ['a-growth', 'a'], ['a1'], ['ag', 'a2']],
      ['a-growth-rate', ['a-growth-rate'], ['agr'], []],
    ]);
  });
});

describe('located features at the edges', () => {
  const base = { id: 'n', key: 'n', kind: 'commitment' as const, year: 2023 as const, value: 2, unit: '条', as_written: '2条道路', quote: '建成宝庆街、丰采路' };
  const road = (id: string, quote: string, year: 2022 | 2023 = 2023) => ({ id, category: 'road' as const, mentions: [{ year, quote }] });

  it('counts a feature whose quote holds the indicator’s, or lies inside it', () => {
    const list = [road('wider', '今年建成宝庆街、丰采路等道路'), road('inside', '宝庆街'), road('apart', '建成古田路')];
    expect(locatedFor(ind({ ...base, category: 'road' }), list)?.map((f) => f.id)).toEqual(['wider', 'inside']);
  });

  it('counts a feature by any one of its mentions, the one in the indicator’s year', () => {
    const twice = { id: 'twice', category: 'road' as const, mentions: [{ year: 2022 as const, quote: '别处' }, { year: 2023 as const, quote: '建成宝庆街、丰采路' }] };
    expect(locatedFor(ind({ ...base, category: 'road' }), [twice])?.map((f) => f.id)).toEqual(['twice']);
  });

  it('counts named ids alone when no category is given', () => {
    const list = [road('a', '建成宝庆街、丰采路'), road('b', '别处')];
    expect(locatedFor(ind({ ...base, feature_ids: ['b'] }), list)?.map((f) => f.id)).toEqual(['b']);
    expect(locatedFor(ind({ ...base, feature_ids: [] }), list)).toEqual([]);
  });
});

describe('COUNT_UNITS', () => {
  it('are the words that count places one by one, and no amount or share', () => {
    expect(COUNT_UNITS).toEqual(['个', '条', '栋', '所', '处', '座', '家', '宗', '片']);
    for (const unit of ['亿元', '万元', '%', '万人', '万平方米', '']) expect(COUNT_UNITS).not.toContain(unit);
  });
});
