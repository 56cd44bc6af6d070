import { CATEGORIES, type Category, PRECISIONS, type Precision } from '../../schema/constants';
import type { Source, Unmapped } from '../../schema/records';

/** Features by category and location precision, with totals both ways. */
export interface PrecisionTable {
  rows: { category: Category; counts: Record<Precision, number>; total: number }[];
  totals: Record<Precision, number>;
  total: number;
}

const zeros = (): Record<Precision, number> => ({ exact: 0, street: 0, approximate: 0, area: 0 });

/** Counts features by category (rows, in layer order, empty ones left out) and precision (columns). */
export function precisionTable(features: readonly { category: Category; geocode: { precision: Precision } }[]): PrecisionTable {
  const totals = zeros();
  const rows = CATEGORIES.map((category) => {
    const counts = zeros();
    for (const f of features) if (f.category === category) counts[f.geocode.precision] += 1;
    for (const p of PRECISIONS) totals[p] += counts[p];
    return { category, counts, total: PRECISIONS.reduce((n, p) => n + counts[p], 0) };
  }).filter((r) => r.total > 0);
  return { rows, totals, total: features.length };
}

/** Unmapped items grouped by reason, largest group first, items in report order within a group. */
export function unmappedByReason(items: readonly Unmapped[]): { reason: Unmapped['reason']; items: Unmapped[] }[] {
  const groups = new Map<Unmapped['reason'], Unmapped[]>();
  for (const u of items) groups.set(u.reason, [...(groups.get(u.reason) ?? []), u]);
  return [...groups].map(([reason, list]) => ({ reason, items: list })).sort((a, b) => b.items.length - a.items.length);
}

/** What a report of a data error carries. */
export interface ErrorReport {
  source: Pick<Source, 'title' | 'index_no' | 'compiled'>;
  /** The feature the error is about, if the reader picked one, with its location precision in words. */
  feature: { id: string; name_zh: string; precision: string } | null;
  /** The link to what the reader sees. */
  url: string;
  lang: 'zh' | 'en';
}

/** A prefilled issue text: what is wrong and what it should be are left for the reader; the rest is filled in. */
export function errorReportText(r: ErrorReport): string {
  const zh = r.lang === 'zh';
  const what = r.feature ? `${r.feature.name_zh} (${r.feature.id})` : zh ? '(未指定项目)' : '(no particular item)';
  const lines = zh
    ? [
        `【数据纠错】${r.feature?.name_zh ?? '硚口城市更新地图'}`,
        '',
        `涉及项目:${what}`,
        ...(r.feature ? [`当前位置精度:${r.feature.precision}`] : []),
        '问题描述:',
        '应改为:',
        '依据(报告原文、链接或照片):',
        '',
        '---',
        `页面链接:${r.url}`,
        `数据整理日期:${r.source.compiled}`,
        `报告:${r.source.title}(索引号 ${r.source.index_no})`,
      ]
    : [
        `[Data error] ${r.feature?.name_zh ?? 'Qiaokou Renewal Map'}`,
        '',
        `Item: ${what}`,
        ...(r.feature ? [`Location precision now: ${r.feature.precision}`] : []),
        'What is wrong:',
        'What it should be:',
        'Evidence (report sentence, link or photo):',
        '',
        '---',
        `Page: ${r.url}`,
        `Data compiled: ${r.source.compiled}`,
        `Report: ${r.source.title} (index no. ${r.source.index_no})`,
      ];
  return lines.join('\n');
}
