import { useDeferredValue, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { type Filters, passesFilters } from '../lib/filter';
import type { CatalogueFeature } from '../schema/records';
import { useStore } from '../store';

/** The current filters, selected as one shallow-compared object. */
export function useFilters(): Filters {
  return useStore(useShallow((s) => ({ categories: s.categories, statuses: s.statuses, years: s.years })));
}

/** All catalogue features, or an empty list while loading or on error. */
export function useFeatures(): readonly CatalogueFeature[] {
  const catalogue = useStore((s) => s.catalogue);
  return catalogue.status === 'ready' ? catalogue.value.features : EMPTY;
}
const EMPTY: readonly CatalogueFeature[] = [];

/**
 * Features passing the filters, in catalogue order: the list twin of the map.
 * Deferred, so a long list re-renders after the map has drawn the change.
 */
export function useFiltered(): readonly CatalogueFeature[] {
  const features = useFeatures();
  const filters = useDeferredValue(useFilters());
  return useMemo(() => features.filter((f) => passesFilters(f, filters)), [features, filters]);
}
