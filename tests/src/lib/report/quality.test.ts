import { describe, expect, it } from 'vitest';
import { type ErrorReport, errorReportText, precisionTable, unmappedByReason } from '../../../../src/lib/report/quality';
import type { Unmapped } from '../../../../src/schema/records';

type Cat = 'renewal' | 'road' | 'park' | 'heritage';
const f = (category: Cat, precision: 'exact' | 'street' | 'approximate' | 'area') => ({ category, geocode: { precision } });
const u = (id: string, reason: Unmapped['reason']): Unmapped => ({ id, reason, name_zh: id, name_en: id, year: 2022, quote: id, section: ['x'], note: 'n' });

describe('precisionTable', () => {
  it('lists categories in layer order whatever the feature order, with every precision counted', () => {
    const t = precisionTable([f('heritage', 'street'), f('road', 'approximate'), f('renewal', 'exact'), f('road', 'approximate'), f('heritage', 'area')]);
    expect(t.rows).toEqual([
      { category: 'renewal', counts: { exact: 1, street: 0, approximate: 0, area: 0 }, total: 1 },
      { category: 'road', counts: { exact: 0, street: 0, approximate: 2, area: 0 }, total: 2 },
      { category: 'heritage', counts: { exact: 0, street: 1, approximate: 0, area: 1 }, total: 2 },
    ]);
    expect(t.totals).toEqual({ exact: 1, street: 1, approximate: 2, area: 1 });
    expect(t.total).toBe(5);
  });

  it('gives no rows and zero totals for no features', () => {
    expect(precisionTable([])).toEqual({ rows: [], totals: { exact: 0, street: 0, approximate: 0, area: 0 }, total: 0 });
  });
});

describe('unmappedByReason', () => {
  it('keeps report order inside a group, and the first-named reason first between groups of one size', () => {
    const groups = unmappedByReason([u('a', 'event'), u('b', 'programme'), u('c', 'event'), u('d', 'programme'), u('e', 'organisation')]);
    expect(groups.map((g) => [g.reason, g.items.map((i) => i.id)])).toEqual([
      ['event', ['a', 'c']],
      ['programme', ['b', 'd']],
      ['organisation', ['e']],
    ]);
  });

  it('gives no groups for no items', () => {
    expect(unmappedByReason([])).toEqual([]);
  });
});

describe('errorReportText', () => {
  const source = { title: '2022年政府工作报告', index_no: '755148572/2023-01220', compiled: '2026-11-26' };
  const feature = { id: 'gutian-park', name_zh: '古田公园', precision: '大致位置' };
  const report = (lang: ErrorReport['lang'], withFeature: boolean) => errorReportText({ source, feature: withFeature ? feature : null, url: 'https://example.org/#sel=x', lang });

  it('writes the Chinese form about one feature, line by line', () => {
    expect(report('zh', true).split('\n')).toEqual([
      '【数据纠错】古田公园',
      '',
      '涉及项目:古田公园 (gutian-park)',
      '当前位置精度:大致位置',
      '问题描述:',
      '应改为:',
      '依据(报告原文、链接或照片):',
      '',
      '---',
      '页面链接:https://example.org/#sel=x',
      '数据整理日期:2026-11-26',
      '报告:2022年政府工作报告(索引号 755148572/2023-01220)',
    ]);
  });

  it('writes the Chinese form about no particular item without a precision line', () => {
    const lines = report('zh', false).split('\n');
    expect(lines.slice(0, 4)).toEqual(['【数据纠错】硚口城市更新地图', '', '涉及项目:(未指定项目)', '问题描述:']);
    expect(lines).toHaveLength(11);
  });

  it('writes the English form about one feature, line by line', () => {
    expect(report('en', true).split('\n')).toEqual([
      '[Data error] 古田公园',
      '',
      'Item: 古田公园 (gutian-park)',
      'Location precision now: 大致位置',
      'What is wrong:',
      'What it should be:',
      'Evidence (report sentence, link or photo):',
      '',
      '---',
      'Page: https://example.org/#sel=x',
      'Data compiled: 2026-11-26',
      'Report: 2022年政府工作报告 (index no. 755148572/2023-01220)',
    ]);
  });

  it('writes the English form about no particular item without a precision line', () => {
    const lines = report('en', false).split('\n');
    expect(lines.slice(0, 4)).toEqual(['[Data error] Qiaokou Renewal Map', '', 'Item: (no particular item)', 'What is wrong:']);
    expect(lines).toHaveLength(11);
  });
});
