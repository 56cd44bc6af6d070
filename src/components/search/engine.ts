import { representativePoint } from '../../lib/geometry';
import { CATEGORY_NAMES, type Lang } from '../../lib/i18n';
import { LANDMARK_NAMES } from '../../lib/landmark-names';
import { type Searchable, type SearchHit, SEARCH_GROUP, search } from '../../lib/search';
import { type Fold, makeFold } from '../../lib/search-text';
import type { Catalogue, CatalogueFeature, Place } from '../../schema/records';
import { useStore } from '../../store';
import { PLACE_KIND_NAMES } from './strings';

export type Item = Searchable & ({ type: 'feature'; feature: CatalogueFeature } | { type: 'place'; place: Place });

const NO_KEYS = { py: '', ini: '' };

/** What search runs over: every item, report places first, and the catalogue's traditional-character fold. */
export interface Index {
  items: Item[];
  fold: Fold | undefined;
}

/** The search index of a catalogue. */
export function indexOf(catalogue: Catalogue): Index {
  const { features, places, fold } = catalogue;
  const items = [
    ...features.map((f): Item => ({ type: 'feature', feature: f, name_zh: f.name_zh, name_en: f.name_en, keys: f.keys ?? NO_KEYS, group: SEARCH_GROUP.feature })),
    ...places.map((p): Item => ({ type: 'place', place: p, name_zh: p.name_zh, name_en: p.name_en, keys: p.keys ?? NO_KEYS, aliases: p.aliases, group: SEARCH_GROUP[p.kind] })),
  ];
  return { items, fold: fold ? makeFold(fold) : undefined };
}

/** The best ten results for a query. */
export const find = (index: Index, query: string): SearchHit<Item>[] => search(index.items, query, { limit: 10, fold: index.fold });

/** What kind of thing a result is, in words: a report category, or a landmark's kind, or a place kind. */
export function kindName(item: Item, lang: Lang): string {
  if (item.type === 'feature') return CATEGORY_NAMES[item.feature.category][lang];
  const { kind, landmark } = item.place;
  const place = PLACE_KIND_NAMES[kind][lang];
  return landmark ? `${place} · ${LANDMARK_NAMES[landmark][lang]}` : place;
}

/** A stable key for a result. */
export const itemKey = (item: Item) => (item.type === 'feature' ? item.feature.id : `${item.place.kind}-${item.place.qid ?? item.name_zh}`);

/** Picking a result sets "my place" there and opens the near-me list; a project is selected too. */
export function choose(item: Item) {
  const { setNear, setPanel, select } = useStore.getState();
  if (item.type === 'feature') {
    const [lon, lat] = representativePoint(item.feature.geometry);
    setNear({ lon, lat }, item.name_zh);
    select(item.feature.id, 'search');
  } else {
    setNear({ lon: item.place.point[0], lat: item.place.point[1] }, item.name_zh);
  }
  setPanel('near');
}
