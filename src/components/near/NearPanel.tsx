import { UI_STRINGS } from '../../lib/i18n';
import { useEffect, useRef, useState } from 'react';
import { formatDistance } from '../../lib/format';
import { groupByStatus, type NearItem } from '../../lib/near';
import type { CatalogueFeature } from '../../schema/records';
import { useStore } from '../../store';
import { RADII } from '../../store/url';
import { ExportButtons } from '../ExportButtons';
import { FilterNotice } from '../FilterNotice';
import { useLang, useText } from '../useText';
import { useMetresOutside, useNearItems } from '../useNearItems';
import { usePlaceName, useViewContext } from '../useViewContext';
import { NearList } from './NearList';
import { NEAR_STRINGS } from './strings';
import { useLocate } from './useLocate';

function PlaceControls() {
  const t = useText(NEAR_STRINGS);
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
          {t(locate.status === 'locating' ? 'locating' : 'useLocation')}
        </button>
        <button type="button" className="action" aria-pressed={picking} onClick={() => useStore.getState().setPicking(!picking)}>
          {t(picking ? 'cancel' : 'pickOnMap')}
        </button>
        {near && (
          <button type="button" className="link-button" onClick={() => useStore.getState().setNear(null)}>
            {t('clear')}
          </button>
        )}
      </div>
      {picking && (
        <p className="notice" role="status">
          {t('picking')}
        </p>
      )}
      {locate.status === 'error' && (
        <p className="error" role="alert" data-testid="locate-error" data-reason={locate.reason}>
          {t(locate.reason)}
        </p>
      )}
    </div>
  );
}

function RadiusChips() {
  const t = useText(NEAR_STRINGS);
  const lang = useLang();
  const radius = useStore((s) => s.radius);
  return (
    <fieldset className="chips">
      <legend>{t('radius')}</legend>
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
  const t = useText(NEAR_STRINGS);
  const [copied, setCopied] = useState(false);
  const view = useViewContext(true);
  const rows = items.map((i) => ({ feature: i.feature, distance: i.distance }));
  return (
    <div className="button-row export">
      <ExportButtons rows={rows} view={view} />
      <button type="button" className="action" onClick={() => window.print()}>
        {t('print')}
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
        {t(copied ? 'copied' : 'copyLink')}
      </button>
    </div>
  );
}

/** What is planned near a place: nearest first, grouped by status, with the report's words and figures. */
export default function NearPanel() {
  const t = useText(NEAR_STRINGS);
  const ui = useText(UI_STRINGS);
  const lang = useLang();
  const near = useStore((s) => s.near);
  const radius = useStore((s) => s.radius);
  const selected = useStore((s) => s.selected);
  const { items, hidden } = useNearItems();
  const place = usePlaceName();
  const outside = useMetresOutside();
  const groups = groupByStatus(items);
  const listRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!selected) return;
    listRef.current?.querySelector<HTMLElement>(`[data-feature-id="${CSS.escape(selected)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <section className="near-panel" aria-label={t('tab')} ref={listRef}>
      {!near && (
        <>
          <p>{t('intro')}</p>
          <p className="muted">{t('ways')}</p>
          <PlaceControls />
          <p className="muted small">{t('rightClick')}</p>
          <RadiusChips />
        </>
      )}
      {near && (
        <>
          <h2 className="near-heading" aria-live="polite">
            {t('myPlace')}: {place} · {t('countWithin', { r: formatDistance(radius, lang) })} <span data-testid="near-count">{items.length}</span> {ui('items')}
          </h2>
          <FilterNotice hidden={hidden} />
          <RadiusChips />
          {outside > 0 && (
            <p className="notice" role="status" data-testid="near-outside">
              {t('outsideAt', { d: formatDistance(outside, lang) })}
            </p>
          )}
          {items.length === 0 && outside === 0 && <p className="muted">{t(radius === RADII[RADII.length - 1] ? 'nothingAtMax' : 'nothing')}</p>}
          <NearList groups={groups} />
          <NearActions items={items} />
          <PlaceControls />
          <p className="muted small">{t('rightClick')}</p>
        </>
      )}
    </section>
  );
}
