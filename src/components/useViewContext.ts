import { useMemo } from 'react';
import { translate } from '../lib/i18n';
import { nearby } from '../lib/near';
import type { ViewContext } from '../lib/view-summary';
import { useStore } from '../store';
import { useFilters } from './useFiltered';
import { useLang } from './useText';

/** A name for "my place": the label it was picked by, else the nearest named station or street. */
export function usePlaceName(): string | null {
  const near = useStore((s) => s.near);
  const label = useStore((s) => s.nearLabel);
  const catalogue = useStore((s) => s.catalogue);
  const lang = useLang();
  return useMemo(() => {
    if (!near) return null;
    if (label) return label;
    if (catalogue.status !== 'ready') return `${near.lat.toFixed(4)}, ${near.lon.toFixed(4)}`;
    const candidates = catalogue.value.places.filter((p) => p.kind === 'station' || p.kind === 'street');
    const points = candidates.map((p) => ({ id: p.name_en, name_zh: p.name_zh, status: 'context' as const, bbox: p.bbox, geometry: { type: 'Point' as const, coordinates: p.point } }));
    const closest = nearby(points, [near.lon, near.lat], 1500)[0]?.feature;
    if (!closest) return `${near.lat.toFixed(4)}, ${near.lon.toFixed(4)}`;
    return translate(lang, 'nearPlace', { name: lang === 'zh' ? closest.name_zh : closest.id });
  }, [near, label, catalogue, lang]);
}

/** What the current view is of, for exports and the print: the place and radius in near-me, and the filters. */
export function useViewContext(nearMe: boolean): Omit<ViewContext, 'date'> {
  const lang = useLang();
  const radius = useStore((s) => s.radius);
  const filters = useFilters();
  const place = usePlaceName();
  return { lang, place: nearMe ? place : null, radius: nearMe ? radius : null, filters };
}
