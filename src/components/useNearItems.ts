import { useMemo } from 'react';
import { metresOutside } from '../lib/geometry';
import { type NearItem, nearby } from '../lib/near';
import type { CatalogueFeature } from '../schema/records';
import { useStore } from '../store';
import { useFeatures, useFiltered } from './useFiltered';

/**
 * The features passing the filters within the radius of "my place",
 * nearest first, and how many more within it the filters hide.
 */
export function useNearItems(): { items: NearItem<CatalogueFeature>[]; hidden: number } {
  const all = useFeatures();
  const features = useFiltered();
  const near = useStore((s) => s.near);
  const radius = useStore((s) => s.radius);
  const items = useMemo(() => (near ? nearby(features, [near.lon, near.lat], radius) : []), [features, near, radius]);
  const within = useMemo(() => (near && features.length < all.length ? nearby(all, [near.lon, near.lat], radius).length : items.length), [all, features, near, radius, items]);
  return { items, hidden: within - items.length };
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
