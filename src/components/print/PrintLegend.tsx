import { CATEGORY_NAMES, STATUS_NAMES, translate } from '../../lib/i18n';
import { CATEGORY_LOOK, STATUS_COLOR } from '../../map/palette';
import { CATEGORIES, STATUSES } from '../../schema/constants';
import { useT } from '../useT';
import { PRINT_STRINGS } from './strings';

/** The map's key on paper: each layer's colour and glyph, each status's colour, and how a status is chosen. */
export function PrintLegend() {
  const { lang } = useT();
  return (
    <section className="print-legend" aria-label={PRINT_STRINGS.legend[lang]}>
      <h2>{PRINT_STRINGS.legend[lang]}</h2>
      <p>
        <strong>{PRINT_STRINGS.layers[lang]}:</strong>{' '}
        {CATEGORIES.map((c) => (
          <span key={c} className="print-key">
            <span className="swatch" style={{ background: CATEGORY_LOOK[c].color }}>
              {CATEGORY_LOOK[c].glyph}
            </span>{' '}
            {CATEGORY_NAMES[c][lang]}
          </span>
        ))}
      </p>
      <p>
        <strong>{PRINT_STRINGS.status[lang]}:</strong>{' '}
        {STATUSES.map((s) => (
          <span key={s} className="print-key">
            <span className="dot" style={{ background: STATUS_COLOR[s] }} /> {STATUS_NAMES[s][lang]}
          </span>
        ))}
      </p>
      <p className="small">{translate(lang, 'statusHint')}</p>
    </section>
  );
}
