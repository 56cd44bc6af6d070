import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { representativePoint } from '../../lib/geo';
import { CATEGORY_NAMES } from '../../lib/i18n';
import { type Searchable, search } from '../../lib/search';
import type { CatalogueFeature, Place } from '../../schema/records';
import { useStore } from '../../store';
import { useT } from '../useT';
import { SEARCH_STRINGS, searchText } from './strings';

type Item = Searchable & ({ type: 'feature'; feature: CatalogueFeature } | { type: 'place'; place: Place });

const NO_KEYS = { py: '', ini: '' };
const SUGGESTIONS = ['宗关', '汉正街', '古田二路', 'zongguan'];

function useItems(): Item[] {
  const catalogue = useStore((s) => s.catalogue);
  return useMemo(() => {
    if (catalogue.status !== 'ready') return [];
    const { features, places } = catalogue.value;
    return [
      ...features.map((f): Item => ({ type: 'feature', feature: f, name_zh: f.name_zh, name_en: f.name_en, keys: f.keys ?? NO_KEYS })),
      ...places.map((p): Item => ({ type: 'place', place: p, name_zh: p.name_zh, name_en: p.name_en, keys: p.keys ?? NO_KEYS })),
    ];
  }, [catalogue]);
}

/** Picking a result sets "my place" there and opens the near-me list; a project is selected too. */
function choose(item: Item) {
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

/** One search box for features, streets, stations and sub-districts: an ARIA combobox, offline. */
export function SearchBox() {
  const { lang } = useT();
  const items = useItems();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const hits = useMemo(() => (query.trim() ? search(items, query, 10) : []), [items, query]);
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const expanded = open && query.trim().length > 0;

  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    choose(hit.item);
    setQuery(lang === 'zh' ? hit.item.name_zh : hit.item.name_en);
    setOpen(false);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const n = Math.max(hits.length, 1);
      setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : -1) + n) % n);
    } else if (e.key === 'Enter') {
      if (expanded && hits.length) {
        e.preventDefault();
        pick(active);
      }
    } else if (e.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };
  const kindName = (item: Item) => (item.type === 'feature' ? CATEGORY_NAMES[item.feature.category][lang] : SEARCH_STRINGS.kind[lang][item.place.kind]);

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {searchText(lang, 'label')}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && hits.length ? optionId(active) : undefined}
        placeholder={searchText(lang, 'placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKey}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <div id={listId} role="listbox" className="search-results" hidden={!expanded || hits.length === 0} aria-label={searchText(lang, 'label')}>
        {hits.map((h, i) => (
          <div
            key={h.item.type === 'feature' ? h.item.feature.id : `${h.item.place.kind}-${h.item.name_zh}`}
            id={optionId(i)}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(i)}
            onKeyDown={() => undefined}
          >
            <span className="hit-name">{lang === 'zh' ? h.item.name_zh : h.item.name_en}</span>
            <span className="hit-kind">
              {kindName(h.item)} · {lang === 'zh' ? h.item.name_en : h.item.name_zh}
            </span>
          </div>
        ))}
      </div>
      {expanded && hits.length === 0 && (
        <p className="search-empty" role="status">
          {searchText(lang, 'noMatch')}“{query.trim()}”。{searchText(lang, 'tryThese')}:
          {SUGGESTIONS.map((s) => (
            <button key={s} type="button" className="link-button" onMouseDown={(e) => e.preventDefault()} onClick={() => setQuery(s)}>
              {s}
            </button>
          ))}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {expanded ? `${hits.length} ${searchText(lang, 'results')}` : ''}
      </p>
    </div>
  );
}
