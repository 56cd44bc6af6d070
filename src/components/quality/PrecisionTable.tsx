import { CATEGORY_NAMES, PRECISION_NAMES } from '../../lib/i18n';
import type { PrecisionTable as Table } from '../../lib/report/quality';
import { PRECISIONS } from '../../schema/constants';
import { PRECISION_SHORT } from './strings';
import { QUALITY_STRINGS } from './strings';
import { useLang, useText } from '../useText';

const pct = (n: number, total: number) => (total ? `${Math.round((n / total) * 100)}%` : '0%');

/** Features by layer and precision as a table, the totals as a stacked bar (the table is its text), and what each class means. */
export function PrecisionTable({ table }: { table: Table }) {
  const t = useText(QUALITY_STRINGS);
  const lang = useLang();
  return (
    <>
      <div className="q-stack" aria-hidden="true">
        {PRECISIONS.map((p) =>
          table.totals[p] > 0 ? (
            <span key={p} className={`q-seg q-${p}`} style={{ flexGrow: table.totals[p] }}>
              {PRECISION_SHORT[p][lang]} {table.totals[p]}
            </span>
          ) : null,
        )}
      </div>
      <table className="q-table">
        <thead>
          <tr>
            <th scope="col">{t('category')}</th>
            {PRECISIONS.map((p) => (
              <th key={p} scope="col" className="num">
                <span className={`q-key q-${p}`} aria-hidden="true" />
                {PRECISION_SHORT[p][lang]}
              </th>
            ))}
            <th scope="col" className="num">
              {t('total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.category}>
              <th scope="row">{CATEGORY_NAMES[r.category][lang]}</th>
              {PRECISIONS.map((p) => (
                <td key={p} className="num">
                  {r.counts[p] || <span className="muted">0</span>}
                </td>
              ))}
              <td className="num">{r.total}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('total')}</th>
            {PRECISIONS.map((p) => (
              <td key={p} className="num">
                {table.totals[p]} <span className="muted small">({pct(table.totals[p], table.total)})</span>
              </td>
            ))}
            <td className="num">{table.total}</td>
          </tr>
        </tfoot>
      </table>
      <dl className="q-precisions small">
        {PRECISIONS.map((p) => (
          <div key={p}>
            <dt>
              <span className={`q-key q-${p}`} aria-hidden="true" />
              {PRECISION_SHORT[p][lang]}
            </dt>
            <dd>{PRECISION_NAMES[p][lang]}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small">{t('precisionNote')}</p>
    </>
  );
}
