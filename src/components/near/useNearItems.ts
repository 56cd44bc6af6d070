import { useMemo } from 'react';
import { metresOutside, type NearItem, nearby } from '../../lib/near';
import type { CatalogueFeature } from '../../schema/records';
import { useStore } from '../../store';
import { useFiltered } from '../useFiltered';

/** The features passing the filters within the radius of "my place", nearest first. */
export function useNearItems(): NearItem<CatalogueFeature>[] {
  const features = useFiltered();
  const near = useStore((s) => s.near);
  const radius = useStore((s) => s.radius);
  return useMemo(() => (near ? nearby(features, [near.lon, near.lat], radius) : []), [features, near, radius]);
}

/** A name for a point: the label it was picked by, else the nearest named place. */
export function usePlaceName(): string | null {
  const near = useStore((s) => s.near);
  const label = useStore((s) => s.nearLabel);
  const catalogue = useStore((s) => s.catalogue);
  const lang = useStore((s) => s.lang);
  return useMemo(() => {
    if (!near) return null;
    if (label) return label;
    if (catalogue.status !== 'ready') return `${near.lat.toFixed(4)}, ${near.lon.toFixed(4)}`;
    const candidates = catalogue.value.places.filter((p) => p.kind === 'station' || p.kind === 'street');
    const points = candidates.map((p) => ({ id: p.name_en, name_zh: p.name_zh, status: 'context' as const, bbox: p.bbox, geometry: { type: 'Point' as const, coordinates: p.point } }));
    const closest = nearby(points, [near.lon, near.lat], 1500)[0]?.feature;
    if (!closest) return `${near.lat.toFixed(4)}, ${near.lon.toFixed(4)}`;
    return lang === 'zh' ? `${closest.name_zh}附近` : `near ${closest.id}`;
  }, [near, label, catalogue, lang]);
}

/** How far "my place" lies outside the district's extent, in metres; 0 inside it or while the catalogue loads. */
export function useMetresOutside(): number {
  const near = useStore((s) => s.near);
  const catalogue = useStore((s) => s.catalogue);
  return useMemo(() => {
    const district = catalogue.status === 'ready' ? catalogue.value.places.find((p) => p.kind === 'district') : undefined;
    return near && district ? metresOutside([near.lon, near.lat], district.bbox) : 0;
  }, [near, catalogue]);
}
