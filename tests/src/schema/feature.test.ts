import { describe, expect, it } from 'vitest';
import { anchorSchema, featurePropertiesSchema, featureStatus, geocodeSchema, type Mention, planTarget } from '../../../src/schema/feature';

const mention = (year: 2022 | 2023, status: Mention['status'], quote: string): Mention => ({ year, status, quote, section: ['x'], metrics: [] });

describe('a feature’s status and the 2023 plan’s target', () => {
  it('keeps a place topped out in 2022 underway when the 2023 plan is to finish it, with completion as the target', () => {
    const ms = [mention(2022, 'underway', '区级医院结构封顶'), mention(2023, 'planned', '高标准建成区级医院')];
    expect(featureStatus(ms)).toBe('underway');
    expect(planTarget(ms)).toBe('completed');
  });

  it('keeps a place finished in 2022 completed whatever the plan says next', () => {
    const ms = [mention(2022, 'completed', '张毕湖、竹叶海公园主体完工'), mention(2023, 'planned', '丰富张毕湖、竹叶海公园户外露营、亲子互动等业态')];
    expect(featureStatus(ms)).toBe('completed');
    expect(planTarget(ms)).toBe('underway');
  });

  it('shows a place named only in the 2023 plan as planned, with what the plan aims at', () => {
    expect(featureStatus([mention(2023, 'planned', '建成古田公园')])).toBe('planned');
    expect(planTarget([mention(2023, 'planned', '建成古田公园')])).toBe('completed');
    expect(planTarget([mention(2023, 'planned', '启动太平洋地区渍水点改造')])).toBe('underway');
  });

  it('names no target when the plan only repeats the state shown, or there is no plan', () => {
    expect(planTarget([mention(2022, 'underway', '古田一路北段开工建设')])).toBeUndefined();
    expect(planTarget([mention(2023, 'underway', '加快汉口1872建设'), mention(2023, 'planned', '推进汉江湾片城市设计')])).toBeUndefined();
  });

  it('ranks a context mention below any action', () => {
    expect(featureStatus([mention(2022, 'context', '新增恒隆广场'), mention(2023, 'planned', '支持恒隆打造数字商圈')])).toBe('planned');
  });

  it('refuses a feature without mentions', () => {
    expect(() => featureStatus([])).toThrow(/at least one mention/);
  });
});

describe('the plan’s target comes from promises only', () => {
  it('takes no target from a 2023 mention that only gives context, whatever its verbs', () => {
    expect(planTarget([mention(2023, 'context', '依托建成的古田公园')])).toBeUndefined();
  });

  it('takes a target only from the 2023 plan, not from a 2022 mention however it is marked', () => {
    expect(planTarget([mention(2022, 'planned', '建成古田公园')])).toBeUndefined();
  });

  it('takes no target from a plan whose quote has no verb of the table', () => {
    expect(planTarget([mention(2023, 'planned', '古田公园')])).toBeUndefined();
  });

  it('keeps completion as the target when a later promise only pushes on', () => {
    expect(planTarget([mention(2023, 'planned', '建成古田公园'), mention(2023, 'planned', '推进古田公园二期')])).toBe('completed');
  });
});

const anchor = { source: 'wikidata', ref: 'Q21451544', name: '古田公园', lon: 114.2, lat: 30.6, relation: 'at' };
const geocode = { precision: 'exact', method: { zh: '置于维基数据坐标', en: 'placed on the Wikidata coordinate' }, anchors: [anchor], note: { zh: '', en: '' } };
const goodMention = { year: 2023, status: 'planned', quote: '建成古田公园', section: ['2023年工作安排'], metrics: [{ label: '公园', value: 1, unit: '个' }] };
const properties = { id: 'gutian-park', fid: 1, name_zh: '古田公园', name_en: 'Gutian Park', category: 'park', mentions: [goodMention], geocode };
const valid = (x: unknown) => featurePropertiesSchema.safeParse(x).success;

describe('feature properties', () => {
  it('accept a whole feature with its responsible body, two mentions and two anchors', () => {
    expect(valid(properties)).toBe(true);
    expect(valid({ ...properties, mentions: [goodMention, { ...goodMention, year: 2022, section: ['一', '二'] }], responsible: { zh: '区城建局', en: 'District Construction Bureau' } })).toBe(true);
    expect(valid({ ...properties, geocode: { ...geocode, anchors: [anchor, { ...anchor, source: 'osm', ref: '古田二路' }] } })).toBe(true);
  });

  it('refuse a feature without mentions, a mention without a section, or a year outside the report', () => {
    expect(valid({ ...properties, mentions: [] })).toBe(false);
    expect(valid({ ...properties, mentions: [{ ...goodMention, section: [] }] })).toBe(false);
    expect(valid({ ...properties, mentions: [{ ...goodMention, year: 2024 }] })).toBe(false);
  });

  it('refuse a blank name and a quote past 400 characters', () => {
    expect(valid({ ...properties, name_zh: '  ' })).toBe(false);
    expect(valid({ ...properties, mentions: [{ ...goodMention, quote: '建'.repeat(400) }] })).toBe(true);
    expect(valid({ ...properties, mentions: [{ ...goodMention, quote: '建'.repeat(401) }] })).toBe(false);
  });

  it('take a fid from 1 to the largest safe integer', () => {
    expect([0, 1, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2].map((fid) => valid({ ...properties, fid }))).toEqual([false, true, true, false]);
  });

  it('may leave the method and note of a placement empty in a language, but not past 400 characters', () => {
    expect(valid({ ...properties, geocode: { ...geocode, method: { zh: '', en: 'x' } } })).toBe(true);
    expect(valid({ ...properties, geocode: { ...geocode, note: { zh: '', en: 'x'.repeat(401) } } })).toBe(false);
    expect(valid({ ...properties, geocode: { ...geocode, method: { zh: 'x'.repeat(401), en: '' } } })).toBe(false);
  });
});

describe('an anchor', () => {
  const check = (a: object) => anchorSchema.safeParse({ ...anchor, ...a });

  it('lies on the globe: longitude within ±180, latitude within ±90', () => {
    expect([-180, 180, -180.5, 180.5].map((lon) => check({ lon }).success)).toEqual([true, true, false, false]);
    expect([-90, 90, -90.5, 90.5].map((lat) => check({ lat }).success)).toEqual([true, true, false, false]);
  });

  it('of Wikidata cites its item as Q and digits not starting with 0; other sources cite by name', () => {
    expect(['Q1', 'Q12', 'Q0', 'xQ1', 'Q1x', '古田公园'].map((ref) => check({ ref }).success)).toEqual([true, true, false, false, false, false]);
    expect(check({ source: 'osm', ref: '古田二路' }).success).toBe(true);
    expect(check({ ref: 'X1' }).error?.issues.map((i) => [i.path, i.message])).toEqual([[['ref'], 'a wikidata anchor cites its item as ref, e.g. "Q21451544"']]);
  });

  it('is needed at least once per placement, which says what may serve', () => {
    const issues = geocodeSchema.safeParse({ ...geocode, anchors: [] }).error?.issues ?? [];
    expect(issues.map((i) => i.message)).toEqual(['at least one anchor: a Wikidata item, metro station, OSM road, bridge or the district outline']);
  });
});
