import type { Comparison } from '../../lib/report/indicators';
import { fill } from '../report/useStrings';
import type { IND_STRINGS } from './strings';

type Strings = (typeof IND_STRINGS)['zh'];

/** A number without float noise: 0.7000000000000002 → 0.7. */
export function plain(n: number): string {
  return String(Number(n.toFixed(2)));
}

/** The comparison a chart draws, in words: its text equivalent. */
export function comparisonText(c: Comparison, targetWritten: string, s: Strings): string {
  const rate = c.unit === '%';
  const dir = c.change > 0 ? s.up : c.change < 0 ? s.down : s.same;
  const amount = c.change === 0 ? '' : rate ? `${plain(Math.abs(c.change))}${s.points}` : `${plain(Math.abs(c.change))}${c.unit}`;
  const ratio = rate || c.ratio === null || c.change === 0 ? '' : fill(s.ratio, { r: `${c.ratio > 0 ? '+' : '−'}${plain(Math.abs(c.ratio) * 100)}%` });
  const words = c.targetFromWords ? fill(s.fromWords, { w: targetWritten, v: plain(c.to), u: c.unit }) : '';
  return `${fill(s.more, { dir, amount, ratio })}${words}`;
}
