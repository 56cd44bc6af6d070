import { type Lang, textFor } from '../../lib/i18n';
import type { Comparison } from '../../lib/report/indicators';
import { englishFigure } from '../../lib/units';
import { IND_STRINGS } from './strings';

/** A number without float noise: 0.7000000000000002 → 0.7. */
export function plain(n: number): string {
  return String(Number(n.toFixed(2)));
}

/** The comparison a chart draws, in words: its text equivalent. */
export function comparisonText(c: Comparison, targetWritten: string, lang: Lang = 'zh'): string {
  const t = textFor(IND_STRINGS, lang);
  // In English the amount is said in English units (2.74 billion yuan), the report's own stays in the bars.
  const said = (v: number) => (lang === 'en' ? (englishFigure(v, c.unit) ?? `${plain(v)} ${c.unit}`) : `${plain(v)}${c.unit}`);
  const rate = c.unit === '%';
  const dir = c.change > 0 ? t('up') : c.change < 0 ? t('down') : t('same');
  const amount = c.change === 0 ? '' : rate ? `${plain(Math.abs(c.change))}${t('points')}` : said(Math.abs(c.change));
  const ratio = rate || c.ratio === null || c.change === 0 ? '' : t('ratio', { r: `${c.ratio > 0 ? '+' : '−'}${plain(Math.abs(c.ratio) * 100)}%` });
  const words = c.targetFromWords ? t('fromWords', { w: targetWritten, v: lang === 'en' ? said(c.to) : plain(c.to), u: lang === 'en' ? '' : c.unit }) : '';
  return `${t('more', { dir, amount, ratio })}${words}`;
}
