import type { Category, Status, Year } from '../schema/feature';

export interface Filters {
  categories: readonly Category[];
  statuses: readonly Status[];
  years: readonly Year[];
}

/** What a filter needs to know of a feature; both tile properties and catalogue entries have it. */
export interface Filterable {
  category: Category;
  status: Status;
  years: readonly number[];
}

/** Whether a feature passes the filters; the list's twin of `projectFilter` on the map. */
export function passesFilters(f: Filterable, filters: Filters): boolean {
  return filters.categories.includes(f.category) && filters.statuses.includes(f.status) && filters.years.some((y) => f.years.includes(y));
}
