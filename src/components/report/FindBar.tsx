import { type KeyboardEvent, useId } from 'react';
import { READER_STRINGS } from './strings';
import { echo } from '../../lib/echo';
import { useText } from '../useText';

interface Props {
  query: string;
  count: number;
  index: number;
  limited: boolean;
  onQuery: (q: string) => void;
  onStep: (step: 1 | -1) => void;
}

/** Find in the report: a labelled box, the count said aloud, and steps through the matches (Enter, Shift+Enter). */
export function FindBar({ query, count, index, limited, onQuery, onStep }: Props) {
  const t = useText(READER_STRINGS);
  const id = useId();
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      onStep(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      onQuery('');
    }
  };
  const q = query.trim();
  const status = !q ? '' : count === 0 ? t('noMatch', { q: echo(q) }) : `${t('matchOf', { k: index + 1, n: count })}${limited ? `. ${t('tooMany', { n: count })}` : ''}`;
  return (
    <search className="r-find">
      <label htmlFor={id} className="r-find-label">
        {t('find')}
      </label>
      <div className="r-find-row">
        <input id={id} type="search" value={query} placeholder={t('findPlaceholder')} onChange={(e) => onQuery(e.target.value)} onKeyDown={onKey} autoComplete="off" enterKeyHint="search" />
        <button type="button" onClick={() => onStep(-1)} disabled={count === 0} aria-label={t('prev')} title={t('prev')}>
          ↑
        </button>
        <button type="button" onClick={() => onStep(1)} disabled={count === 0} aria-label={t('next')} title={t('next')}>
          ↓
        </button>
      </div>
      <p className="r-find-status" role="status" aria-live="polite">
        {status}
      </p>
    </search>
  );
}
