import { useEffect, useRef } from 'react';
import { bilingualName } from '../lib/format';
import { PRECISION_NAMES, UI_STRINGS } from '../lib/i18n';
import { CATEGORY_LOOK } from '../map/palette';
import { useStore } from '../store';
import { StatusBadge, TargetBadge } from './Badges';
import { useFiltered } from './useFiltered';
import { useLang, useText } from './useText';

/** The features that pass the filters: a full text equivalent of the map, in step with it. */
export function FeatureList() {
  const lang = useLang();
  const t = useText(UI_STRINGS);
  const items = useFiltered();
  const selected = useStore((s) => s.selected);
  const catalogue = useStore((s) => s.catalogue);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!selected) return;
    const el = listRef.current?.querySelector<HTMLElement>(`[data-feature-id="${CSS.escape(selected)}"]`);
    el?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  if (catalogue.status === 'idle') return <p className="muted">{t('loading')}</p>;
  if (catalogue.status === 'error')
    return (
      <p className="error" role="alert">
        {t('catalogueError')}: {catalogue.message}
      </p>
    );
  return (
    <section className="feature-list" aria-label={t('list')} tabIndex={-1}>
      <h2 className="list-count" aria-live="polite">
        {t('list')} · {items.length} {t('items')}
      </h2>
      {items.length === 0 && <p className="muted">{t('noMatch')}</p>}
      <ul ref={listRef}>
        {items.map((f) => {
          const name = bilingualName(f, lang);
          const isSelected = f.id === selected;
          return (
            <li key={f.id} data-feature-id={f.id} className={isSelected ? 'selected' : undefined}>
              <button
                type="button"
                aria-pressed={isSelected}
                onClick={() => useStore.getState().select(isSelected ? null : f.id, 'list')}
                onMouseEnter={() => useStore.getState().hover(f.id)}
                onMouseLeave={() => useStore.getState().hover(null)}
              >
                <span className="swatch" style={{ background: CATEGORY_LOOK[f.category].color }} aria-hidden="true">
                  {CATEGORY_LOOK[f.category].glyph}
                </span>
                <span className="item-text">
                  <span className="item-name">{name.primary}</span>
                  <span className="item-meta">
                    <StatusBadge status={f.status} /> <TargetBadge target={f.target} /> {f.years.join(' · ')}
                    {f.geocode.precision !== 'exact' && <span className="muted"> · {PRECISION_NAMES[f.geocode.precision][lang].split(':')[0]}</span>}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
