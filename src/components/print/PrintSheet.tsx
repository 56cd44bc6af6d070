import { createPortal } from 'react-dom';
import { bilingualName, formatDistance, formatNearDistance } from '../../lib/format';
import { CATEGORY_NAMES, PRECISION_NAMES, STATUS_NAMES } from '../../lib/i18n';
import { describeFilters, localDate } from '../../lib/view-summary';
import type { CatalogueFeature } from '../../schema/records';
import { useStore } from '../../store';
import { StatusBadge, TargetBadge } from '../Badges';
import { Figure } from '../Figure';
import { useFilters, useFiltered } from '../useFiltered';
import { useNearItems } from '../useNearItems';
import { useLang, useText } from '../useText';
import { usePlaceName } from '../useViewContext';
import { spreadMarkers } from './markers';
import { PrintLegend } from './PrintLegend';
import { NEAR_STRINGS } from '../near/strings';
import { PRINT_STRINGS } from './strings';

interface Row {
  feature: CatalogueFeature;
  distance: number | null;
  /** The placement's uncertainty, and whether it makes the place only possibly within the radius. */
  uncertainty: number;
  maybe: boolean;
}

/** What is printed: the near-me list when the near-me panel has a place, else the list that passes the filters. */
function usePrintRows(): { near: boolean; rows: Row[] } {
  const panel = useStore((s) => s.panel);
  const place = useStore((s) => s.near);
  const listed = useFiltered();
  const { items } = useNearItems();
  const near = panel === 'near' && place !== null;
  return near ? { near, rows: items.map((i) => ({ feature: i.feature, distance: i.inside ? 0 : i.distance, uncertainty: i.uncertainty, maybe: i.maybe })) }
    : { near, rows: listed.map((feature) => ({ feature, distance: null, uncertainty: 0, maybe: false })) };
}

/** The map as it was when the print started, with each listed place's number where it lies. */
function PrintMap({ rows }: { rows: readonly Row[] }) {
  const t = useText(PRINT_STRINGS);
  const picture = useStore((s) => s.mapPicture);
  if (!picture) return <p className="muted">{t('noMap')}</p>;
  const ratio = picture.width / Math.max(1, picture.height);
  return (
    <figure className="print-map" style={{ aspectRatio: `${picture.width} / ${picture.height}`, width: `min(100%, ${Math.round(110 * ratio)}mm)` }}>
      <img src={picture.url} alt="" />
      {spreadMarkers(rows.map((r) => picture.at[r.feature.id])).map((at, i) =>
        at ? (
          <span key={rows[i]?.feature.id} className="print-marker" data-number={i + 1} style={{ left: `${at[0]}%`, top: `${at[1]}%` }}>
            {i + 1}
          </span>
        ) : null,
      )}
    </figure>
  );
}

/**
 * The sheet every print gives, from any panel (print CSS shows only this):
 * title, source, print date, place and radius, active filters, a picture
 * of the map numbered like the list, a legend, and the list with the
 * report's words and labelled figures.
 */
export default function PrintSheet() {
  const lang = useLang();
  const t = useText(PRINT_STRINGS);
  const nearT = useText(NEAR_STRINGS);
  const radius = useStore((s) => s.radius);
  // Each print re-renders the sheet (a new map picture), so the date is the day of printing.
  useStore((s) => s.mapPicture);
  const place = usePlaceName();
  const filters = describeFilters(useFilters(), lang);
  const { near, rows } = usePrintRows();
  return createPortal(
    <section className="print-sheet" aria-hidden="true">
      <p className="print-title">{t(near ? 'titleNear' : 'titleList')}</p>
      <dl className="print-meta">
        <dt>{t('printed')}</dt>
        <dd data-testid="print-date">{localDate(new Date())}</dd>
        {near && (
          <>
            <dt>{t('place')}</dt>
            <dd>
              {place} · {t('radius')} {formatDistance(radius, lang)}
            </dd>
          </>
        )}
        <dt>{t('filters')}</dt>
        <dd data-testid="print-filters">{filters ?? t('noFilters')}</dd>
      </dl>
      <p>{t('count', { n: rows.length })}</p>
      <PrintMap rows={rows} />
      <PrintLegend />
      <ol className="print-list">
        {rows.map(({ feature: f, distance, uncertainty, maybe }, i) => (
          <li key={f.id} data-number={i + 1} data-feature-id={f.id}>
            <strong>{bilingualName(f, lang).primary}</strong> · {CATEGORY_NAMES[f.category][lang]} · <StatusBadge status={f.status} /> <TargetBadge target={f.target} />
            {distance !== null && ` · ${formatNearDistance(distance, uncertainty, lang)}${maybe ? ` (${nearT('maybe')})` : ''}`} · {PRECISION_NAMES[f.geocode.precision][lang]}
            {f.mentions.map((m) => (
              <p key={`${m.year}-${m.quote}`}>
                {m.year} · {STATUS_NAMES[m.status][lang]}: “<span lang="zh-CN">{m.quote}</span>”
                {m.metrics.map((x) => (
                  <span key={`${x.label}-${x.value}`} className="print-metric">
                    {' '}
                    {x.label}: <Figure value={x.value} unit={x.unit} />
                  </span>
                ))}
              </p>
            ))}
          </li>
        ))}
      </ol>
      <p className="small">{t('source')} {t('precisionNote')}</p>
      <p className="small">
        {t('link')}: {window.location.href}
      </p>
    </section>,
    document.body,
  );
}
