import type { Lang } from '../../lib/i18n';
import type { Comparison } from '../../lib/report/indicators';
import { englishFigure } from '../../lib/units';
import { fill } from '../report/useStrings';
import type { IND_STRINGS } from './strings';

type Strings = (typeof IND_STRINGS)['zh'];

/** A number without float noise: 0.7000000000000002 → 0.7. */
export function plain(n: number): string {
  return String(Number(n.toFixed(2)));
}

/** The comparison a chart draws, in words: its text equivalent. */
export function comparisonText(c: Comparison, targetWritten: string, s: Strings, lang: Lang = 'zh'): string {
  // In English the amount is said in English units (2.74 billion yuan), the report's own stays in the bars.
  const said = (v: number) => (lang === 'en' ? (englishFigure(v, c.unit) ?? `${plain(v)} ${c.unit}`) : `${plain(v)}${c.unit}`);
  const rate = c.unit === '%';
  const dir = c.change > 0 ? s.up : c.change < 0 ? s.down : s.same;
  const amount = c.change === 0 ? '' : rate ? `${plain(Math.abs(c.change))}${s.points}` : said(Math.abs(c.change));
  const ratio = rate || c.ratio === null || c.change === 0 ? '' : fill(s.ratio, { r: `${c.ratio > 0 ? '+' : '−'}${plain(Math.abs(c.ratio) * 100)}%` });
  const words = c.targetFromWords ? fill(s.fromWords, { w: targetWritten, v: lang === 'en' ? said(c.to) : plain(c.to), u: lang === 'en' ? '' : c.unit }) : '';
  return `${fill(s.more, { dir, amount, ratio })}${words}`;
}
