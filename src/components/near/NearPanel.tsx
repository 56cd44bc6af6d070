import { useEffect, useRef, useState } from 'react';
import { bilingualName, formatDistance, formatMetric, formatNearDistance } from '../../lib/format';
import { PRECISION_NAMES, STATUS_NAMES, YEAR_NAMES } from '../../lib/i18n';
import { groupByStatus, type NearItem } from '../../lib/near';
import type { CatalogueFeature } from '../../schema/records';
import { CATEGORY_LOOK } from '../../map/palette';
import { useStore } from '../../store';
import { RADII } from '../../store/url';
import { StatusBadge } from '../Badges';
import { ExportButtons } from '../ExportButtons';
import { useT } from '../useT';
import { PrintSheet } from './PrintSheet';
import { nearText, outsideText } from './strings';
import { useLocate } from './useLocate';
import { useMetresOutside, useNearItems, usePlaceName } from './useNearItems';

function PlaceControls() {
  const { lang } = useT();
  const picking = useStore((s) => s.picking);
  const near = useStore((s) => s.near);
  const { locate, run } = useLocate();
  useEffect(() => {
    if (!picking) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && useStore.getState().setPicking(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [picking]);
  return (
    <div className="place-controls">
      <div className="button-row">
        <button type="button" className="action" onClick={run} disabled={locate.status === 'locating'}>
          {nearText(lang, locate.status === 'locating' ? 'locating' : 'useLocation')}
        </button>
        <button type="button" className="action" aria-pressed={picking} onClick={() => useStore.getState().setPicking(!picking)}>
          {nearText(lang, picking ? 'cancel' : 'pickOnMap')}
        </button>
        {near && (
          <button type="button" className="link-button" onClick={() => useStore.getState().setNear(null)}>
            {nearText(lang, 'clear')}
          </button>
        )}
      </div>
      {picking && (
        <p className="notice" role="status">
          {nearText(lang, 'picking')}
        </p>
      )}
      {locate.status === 'error' && (
        <p className="error" role="alert" data-testid="locate-error" data-reason={locate.reason}>
          {nearText(lang, locate.reason)}
        </p>
      )}
    </div>
  );
}

function RadiusChips() {
  const { lang } = useT();
  const radius = useStore((s) => s.radius);
  return (
    <fieldset className="chips">
      <legend>{nearText(lang, 'radius')}</legend>
      {RADII.map((r) => (
        <label key={r} className="chip">
          <input type="radio" name="radius" value={r} checked={radius === r} onChange={() => useStore.getState().setRadius(r)} />
          {formatDistance(r, lang)}
        </label>
      ))}
    </fieldset>
  );
}

function NearActions({ items }: { items: readonly NearItem<CatalogueFeature>[] }) {
  const { lang } = useT();
  const [copied, setCopied] = useState(false);
  const rows = items.map((i) => ({ feature: i.feature, distance: i.distance, uncertainty: i.uncertainty }));
  return (
    <div className="button-row export">
      <ExportButtons rows={rows} name="near" lang={lang} />
      <button type="button" className="action" onClick={() => useStore.getState().requestPrint()}>
        {nearText(lang, 'print')}
      </button>
      <button
        type="button"
        className="action"
        onClick={() => {
          navigator.clipboard?.writeText(window.location.href).then(
            () => setCopied(true),
            () => setCopied(false),
          );
        }}
      >
        {nearText(lang, copied ? 'copied' : 'copyLink')}
      </button>
    </div>
  );
}

/** What is planned near a place: nearest first, grouped by status, with the report's words and figures. */
export default function NearPanel() {
  const { lang } = useT();
  const near = useStore((s) => s.near);
  const radius = useStore((s) => s.radius);
  const selected = useStore((s) => s.selected);
  const items = useNearItems();
  const place = usePlaceName();
  const outside = useMetresOutside();
  const groups = groupByStatus(items);
  const listRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!selected) return;
    listRef.current?.querySelector<HTMLElement>(`[data-feature-id="${CSS.escape(selected)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <section className="near-panel" aria-label={nearText(lang, 'tab')} ref={listRef}>
      {!near && (
        <>
          <p>{nearText(lang, 'intro')}</p>
          <p className="muted">{nearText(lang, 'ways')}</p>
          <PlaceControls />
          <p className="muted small">{nearText(lang, 'rightClick')}</p>
          <RadiusChips />
        </>
      )}
      {near && (
        <>
          <h2 className="near-heading" aria-live="polite">
            {nearText(lang, 'myPlace')}: {place} · {formatDistance(radius, lang)}
            {nearText(lang, 'within')} <span data-testid="near-count">{items.length}</span> {lang === 'zh' ? '项' : 'items'}
          </h2>
          <RadiusChips />
          {outside > 0 && (
            <p className="notice" role="status" data-testid="near-outside">
              {outsideText(lang, formatDistance(outside, lang))}
            </p>
          )}
          {items.length === 0 && outside === 0 && <p className="muted">{nearText(lang, radius === RADII[RADII.length - 1] ? 'nothingAtMax' : 'nothing')}</p>}
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
                        <span className="distance">
                          {inside ? nearText(lang, 'inside') : formatNearDistance(distance, uncertainty, lang)}
                        </span>
                        {maybe && (
                          <span className="maybe-within" title={nearText(lang, 'maybeHint')}>
                            {nearText(lang, 'maybe')}
                          </span>
                        )}
                      </button>
                      {latest && (
                        <div className="near-detail">
                          <p className="small muted">{YEAR_NAMES[latest.year][lang]}</p>
                          <blockquote lang="zh-CN" className="quote">
                            {latest.quote}
                          </blockquote>
                          {latest.metrics.length > 0 && <p className="small">{latest.metrics.map((m) => `${m.label} ${formatMetric(m)}`).join(' · ')}</p>}
                          <p className="small muted">{PRECISION_NAMES[f.geocode.precision][lang]}</p>
                        </div>
                      )}
                    </li>
                  );
                })}
              </ol>
            </section>
          ))}
          <NearActions items={items} />
          <PlaceControls />
          <p className="muted small">{nearText(lang, 'rightClick')}</p>
          <PrintSheet place={place ?? ''} groups={groups} />
        </>
      )}
    </section>
  );
}
