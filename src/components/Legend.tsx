import { useMemo } from 'react';
import { passesFilters } from '../lib/filter';
import { CATEGORY_NAMES, STATUS_NAMES, YEAR_NAMES, UI_STRINGS } from '../lib/i18n';
import { CATEGORY_LOOK, STATUS_COLOR } from '../map/palette';
import { CATEGORIES, STATUSES, YEARS } from '../schema/constants';
import { useStore } from '../store';
import { useFeatures, useFilters } from './useFiltered';
import { useLang, useText } from './useText';

/** Legend and filters: a toggle per category (with counts), status and report year. */
export function Legend() {
  const lang = useLang();
  const t = useText(UI_STRINGS);
  const features = useFeatures();
  const filters = useFilters();
  const { toggleCategory, toggleStatus, toggleYear, resetFilters } = useStore.getState();
  const counts = useMemo(() => {
    const all = { ...filters, categories: CATEGORIES };
    const n = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<(typeof CATEGORIES)[number], number>;
    for (const f of features) if (passesFilters(f, all)) n[f.category] += 1;
    return n;
  }, [features, filters]);
  const allOn = filters.categories.length === CATEGORIES.length && filters.statuses.length === STATUSES.length && filters.years.length === YEARS.length;
  return (
    <section className="legend" aria-label={t('filters')}>
      <fieldset>
        <legend>{t('layers')}</legend>
        {CATEGORIES.map((c) => (
          <label key={c} className="toggle" data-category={c}>
            <input type="checkbox" checked={filters.categories.includes(c)} onChange={() => toggleCategory(c)} />
            <span className="swatch" style={{ background: CATEGORY_LOOK[c].color }} aria-hidden="true">
              {CATEGORY_LOOK[c].glyph}
            </span>
            <span className="toggle-label">{CATEGORY_NAMES[c][lang]}</span>
            <span className="count">
              {counts[c]}
              <span className="visually-hidden"> {t('items')}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="chips">
        <legend>{t('status')}</legend>
        {STATUSES.map((s) => (
          <label key={s} className="chip" data-status={s}>
            <input type="checkbox" checked={filters.statuses.includes(s)} onChange={() => toggleStatus(s)} />
            <span className="dot" style={{ background: STATUS_COLOR[s] }} aria-hidden="true" />
            {STATUS_NAMES[s][lang]}
          </label>
        ))}
        <p className="muted small hint">{t('statusHint')}</p>
      </fieldset>
      <fieldset className="chips">
        <legend>{t('year')}</legend>
        {YEARS.map((y) => (
          <label key={y} className="chip" data-year={y}>
            <input type="checkbox" checked={filters.years.includes(y)} onChange={() => toggleYear(y)} />
            {YEAR_NAMES[y][lang]}
          </label>
        ))}
      </fieldset>
      {!allOn && (
        <button type="button" className="link-button" onClick={resetFilters}>
          {t('resetFilters')}
        </button>
      )}
    </section>
  );
}
