import { CATEGORY_NAMES, STATUS_NAMES, UI_STRINGS } from '../../lib/i18n';
import { CATEGORY_LOOK, STATUS_COLOR } from '../../map/palette';
import { CATEGORIES, STATUSES } from '../../schema/constants';
import { useLang, useText } from '../useText';
import { PRINT_STRINGS } from './strings';

/** The map's key on paper: each layer's colour and glyph, each status's colour, and how a status is chosen. */
export function PrintLegend() {
  const lang = useLang();
  const t = useText(PRINT_STRINGS);
  const ui = useText(UI_STRINGS);
  return (
    <section className="print-legend" aria-label={t('legend')}>
      <h2>{t('legend')}</h2>
      <p>
        <strong>{t('layers')}:</strong>{' '}
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
        <strong>{t('status')}:</strong>{' '}
        {STATUSES.map((s) => (
          <span key={s} className="print-key">
            <span className="dot" style={{ background: STATUS_COLOR[s] }} /> {STATUS_NAMES[s][lang]}
          </span>
        ))}
      </p>
      <p className="small">{ui('statusHint')}</p>
    </section>
  );
}
