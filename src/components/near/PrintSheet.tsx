import { useEffect, useRef } from 'react';
import { formatDistance, formatMetric, formatNearDistance } from '../../lib/format';
import { PRECISION_NAMES, STATUS_NAMES } from '../../lib/i18n';
import type { NearItem } from '../../lib/near';
import type { Status } from '../../schema/constants';
import type { CatalogueFeature } from '../../schema/records';
import { useStore } from '../../store';
import { useT } from '../useT';
import { nearText } from './strings';

/**
 * The one-page sheet that only print shows: place, radius, a picture of the
 * map and the list. Printing waits for the map's picture.
 */
export function PrintSheet({ place, groups }: { place: string; groups: Array<{ status: Status; items: NearItem<CatalogueFeature>[] }> }) {
  const { lang } = useT();
  const radius = useStore((s) => s.radius);
  const image = useStore((s) => s.mapImage);
  const request = useStore((s) => s.printRequest);
  const printed = useRef(0);
  useEffect(() => {
    if (!image || request === printed.current) return;
    printed.current = request;
    requestAnimationFrame(() => window.print());
  }, [image, request]);
  return (
    <section className="print-sheet" aria-hidden="true">
      <h1>{nearText(lang, 'printTitle')}</h1>
      <p>
        {nearText(lang, 'myPlace')}: {place} · {nearText(lang, 'radius')} {formatDistance(radius, lang)}
      </p>
      {image && <img src={image} alt="" className="print-map" />}
      {groups.map((g) => (
        <section key={g.status}>
          <h2>{STATUS_NAMES[g.status][lang]}</h2>
          <ol>
            {g.items.map(({ feature: f, distance, inside, uncertainty, maybe }) => (
              <li key={f.id}>
                <strong>{lang === 'zh' ? f.name_zh : f.name_en}</strong> · {inside ? nearText(lang, 'inside') : formatNearDistance(distance, uncertainty, lang)}
                {maybe ? ` (${nearText(lang, 'maybe')})` : ''} · {PRECISION_NAMES[f.geocode.precision][lang]}
                {f.mentions.map((m) => (
                  <p key={`${m.year}-${m.quote}`}>
                    {m.year}: “{m.quote}” {m.metrics.map(formatMetric).join(' ')}
                  </p>
                ))}
              </li>
            ))}
          </ol>
        </section>
      ))}
      <p className="small">{nearText(lang, 'printSource')}</p>
      <p className="small">{window.location.href}</p>
    </section>
  );
}
