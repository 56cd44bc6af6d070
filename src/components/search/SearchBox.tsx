import { type KeyboardEvent, lazy, Suspense, useId, useState } from 'react';
import { useLang, useText } from '../useText';
import { SEARCH_STRINGS } from './strings';
import { useSearch } from './useSearch';

/** The no-match help loads the first time nothing is found. */
const SearchEmpty = lazy(() => import('./SearchEmpty'));

/** Longer input is cut by the browser itself; search bounds its own work anyway. */
const MAX_INPUT = 256;

/** The name in the other language, when there is one (some landmarks have no English name). */
const secondName = (item: { name_zh: string; name_en: string }, lang: 'zh' | 'en') => (lang === 'zh' ? item.name_en : item.name_en ? item.name_zh : '');

/** One search box for report places, landmarks, streets, stations and sub-districts: an ARIA combobox, offline. */
export function SearchBox() {
  const lang = useLang();
  const t = useText(SEARCH_STRINGS);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const { engine, hits, ready } = useSearch(query, open || query !== '');
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const expanded = open && query.trim().length > 0;

  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit || !engine) return;
    engine.choose(hit.item);
    setQuery(lang === 'zh' || !hit.item.name_en ? hit.item.name_zh : hit.item.name_en);
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

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('label')}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        maxLength={MAX_INPUT}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && hits.length ? optionId(active) : undefined}
        placeholder={t('placeholder')}
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
      <div id={listId} role="listbox" className="search-results" hidden={!expanded || hits.length === 0} aria-label={t('label')}>
        {hits.map((h, i) => (
          <div
            key={engine?.itemKey(h.item)}
            id={optionId(i)}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(i)}
            onKeyDown={() => undefined}
          >
            <span className="hit-name">{lang === 'en' && h.item.name_en ? h.item.name_en : h.item.name_zh}</span>
            <span className="hit-kind">
              {engine?.kindName(h.item, lang)}
              {secondName(h.item, lang) && ` · ${secondName(h.item, lang)}`}
            </span>
          </div>
        ))}
      </div>
      {expanded && ready && hits.length === 0 && (
        <Suspense fallback={null}>
          <SearchEmpty query={query} onTry={setQuery} onLeave={() => setOpen(false)} />
        </Suspense>
      )}
      <p className="visually-hidden" aria-live="polite">
        {expanded ? `${hits.length} ${t('results')}` : ''}
      </p>
    </div>
  );
}
