import { bilingualName, formatNearDistance } from '../../lib/format';
import { PRECISION_NAMES, STATUS_NAMES, YEAR_NAMES } from '../../lib/i18n';
import type { groupByStatus } from '../../lib/near';
import { CATEGORY_LOOK } from '../../map/palette';
import type { CatalogueFeature } from '../../schema/records';
import { useStore } from '../../store';
import { StatusBadge, TargetBadge } from '../Badges';
import { Figure } from '../Figure';
import { useLang, useText } from '../useText';
import { NEAR_STRINGS } from './strings';

type Groups = ReturnType<typeof groupByStatus<CatalogueFeature>>;

/** The near-me list: groups by the state reached, nearest first, each item with its latest sentence and figures. */
export function NearList({ groups }: { groups: Groups }) {
  const t = useText(NEAR_STRINGS);
  const lang = useLang();
  const selected = useStore((s) => s.selected);
  return (
    <>
      {groups.map((g) => (
        <section key={g.status} className="near-group" aria-label={STATUS_NAMES[g.status][lang]}>
          <h3>
            <StatusBadge status={g.status} /> {g.items.length}
          </h3>
          <ol className="near-list">
            {g.items.map(({ feature: f, distance, inside, uncertainty, maybe }) => {
              const latest = [...f.mentions].sort((a, b) => b.year - a.year)[0];
              const isSelected = f.id === selected;
              return (
                <li key={f.id} data-feature-id={f.id} data-distance={Math.round(distance)} data-maybe={maybe || undefined} className={isSelected ? 'selected' : undefined}>
                  <button type="button" aria-pressed={isSelected} onClick={() => useStore.getState().select(isSelected ? null : f.id, 'list')}>
                    <span className="swatch" style={{ background: CATEGORY_LOOK[f.category].color }} aria-hidden="true">
                      {CATEGORY_LOOK[f.category].glyph}
                    </span>
                    <span className="item-name">{bilingualName(f, lang).primary}</span>
                    <span className="distance">{inside ? t('inside') : formatNearDistance(distance, uncertainty, lang)}</span>
                    {maybe && (
                      <span className="maybe-within" title={t('maybeHint')}>
                        {t('maybe')}
                      </span>
                    )}
                  </button>
                  {latest && (
                    <div className="near-detail">
                      <p className="small muted">
                        {YEAR_NAMES[latest.year][lang]} <TargetBadge target={f.target} />
                      </p>
                      <blockquote lang="zh-CN" className="quote">
                        {latest.quote}
                      </blockquote>
                      {latest.metrics.length > 0 && (
                        <p className="small">
                          {latest.metrics.map((m, k) => (
                            <span key={`${m.label}-${m.value}`}>
                              {k > 0 && ' · '}
                              {m.label} <Figure value={m.value} unit={m.unit} />
                            </span>
                          ))}
                        </p>
                      )}
                      <p className="small muted">{PRECISION_NAMES[f.geocode.precision][lang]}</p>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </>
  );
}
