import { useStore } from '../../store';
import { useLocate } from '../near/useLocate';
import { useT } from '../useT';
import { searchText } from './strings';

const SUGGESTIONS = ['宗关', '汉正街', '武汉体育馆', 'zongguan'];
/** How much of a query the message repeats: a paste of a whole page is not echoed back. */
const ECHO_LIMIT = 24;

/** Shortens a query for display, by characters (not UTF-16 units), with an ellipsis. */
export function echo(query: string): string {
  const chars = Array.from(query.trim().slice(0, ECHO_LIMIT * 2));
  return chars.length > ECHO_LIMIT ? `${chars.slice(0, ECHO_LIMIT).join('')}…` : chars.join('');
}

/** Nothing found: what can be searched, a few tries, and the two other ways to set a place. */
export function SearchEmpty({ query, onTry, onLeave }: { query: string; onTry: (s: string) => void; onLeave: () => void }) {
  const { lang } = useT();
  const { run } = useLocate();
  const keep = (e: { preventDefault: () => void }) => e.preventDefault();
  const toNear = (then: () => void) => () => {
    onLeave();
    useStore.getState().setPanel('near');
    then();
  };
  return (
    <div className="search-empty" role="status">
      <p>
        {searchText(lang, 'noMatch')}“{echo(query)}”。{searchText(lang, 'canSearch')}
      </p>
      <p>
        {searchText(lang, 'tryThese')}:
        {SUGGESTIONS.map((s) => (
          <button key={s} type="button" className="link-button" onMouseDown={keep} onClick={() => onTry(s)}>
            {s}
          </button>
        ))}
      </p>
      <p>
        {searchText(lang, 'otherWays')}
        <button type="button" className="link-button" onMouseDown={keep} onClick={toNear(() => useStore.getState().setPicking(true))}>
          {searchText(lang, 'pickOnMap')}
        </button>
        <button type="button" className="link-button" onMouseDown={keep} onClick={toNear(run)}>
          {searchText(lang, 'useLocation')}
        </button>
      </p>
    </div>
  );
}
