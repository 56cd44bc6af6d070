import type { Comparison } from '../../lib/report/indicators';
import { Figure } from '../Figure';
import { comparisonText, plain } from './words';
import { useLang } from '../useText';

/** Two bars on one scale, result (solid) and target (hatched, with ≥/≤ where the report bounds it), with the comparison in words. */
export function BarPair({ c, asWritten }: { c: Comparison; asWritten: string }) {
  const lang = useLang();
  const max = Math.max(c.from, c.to) || 1;
  const bound = c.targetBound === 'at-least' ? '≥' : c.targetBound === 'at-most' ? '≤' : '';
  const row = (year: string, value: number, cls: string, prefix: string) => (
    <div className="bar-row">
      <span className="bar-year">{year}</span>
      <span className="bar-track">
        <span className={`bar ${cls}`} style={{ width: `${Math.max(1, (value / max) * 100)}%` }} />
      </span>
      <span className="bar-value">
        {prefix}
        <Figure value={value} unit={c.unit} written={`${plain(value)}${c.unit}`} />
      </span>
    </div>
  );
  return (
    <figure className="ind-chart">
      <div className="bars" aria-hidden="true">
        {row('2022', c.from, 'bar-result', '')}
        {row('2023', c.to, 'bar-target', bound)}
      </div>
      <figcaption>{comparisonText(c, asWritten, lang)}</figcaption>
    </figure>
  );
}
