import { indexById } from '../lib/catalogue';
import { translate } from '../lib/i18n';
import { shareOf, useStore } from './index';
import { dropUnknownSelection, parseHash, serializeHash } from './url';

/** How a batch of store changes is written to history: a new entry, or in place of the current one. */
export type HistoryWrite = 'push' | 'replace';

/**
 * One user action may set several things at once (a search sets the place,
 * the selection and the panel): they make one history entry. A change of
 * anything but the map view makes a new entry; a map move alone replaces it.
 */
export function mergeWrite(pending: HistoryWrite | null, onlyView: boolean): HistoryWrite {
  return pending === 'push' || !onlyView ? 'push' : 'replace';
}

/** Says what a link asked for that is not shown; `more` adds to what was said already about the same link. */
function tell(problems: string[], more = false): void {
  const { notice, lang, setNotice } = useStore.getState();
  const prefix = translate(lang, 'urlNotice');
  setNotice(more && notice?.startsWith(prefix) ? `${notice}; ${problems.join('; ')}` : `${prefix}: ${problems.join('; ')}`);
}

/**
 * Keeps location.hash and the store in step: each user action pushes one
 * history entry, map moves replace it, and Back or Forward restores the
 * entry's state without writing history again. After a link is read the
 * address is the canonical form of what is shown, and anything it asked for
 * that is not shown is said once.
 */
export function startUrlSync(): () => void {
  const here = () => window.location.pathname + window.location.search;
  let restoring = false;
  const apply = () => {
    const { state, problems } = parseHash(window.location.hash);
    restoring = true;
    try {
      useStore.getState().applyShare(state);
    } finally {
      restoring = false;
    }
    if (problems.length) tell(problems);
    const canonical = serializeHash(state);
    if (window.location.hash !== canonical) history.replaceState(null, '', canonical || here());
  };
  apply();
  let last = serializeHash(shareOf(useStore.getState()));
  let pending: HistoryWrite | null = null;
  // Whether a selection names a feature can only be known once the catalogue is loaded.
  const dropUnknown = (): boolean => {
    const s = useStore.getState();
    if (s.catalogue.status !== 'ready') return false;
    const features = indexById(s.catalogue.value.features);
    const { state, problems } = dropUnknownSelection(shareOf(s), (id) => features.has(id));
    if (!problems.length) return false;
    last = serializeHash(state);
    restoring = true;
    try {
      s.select(null, 'url');
    } finally {
      restoring = false;
    }
    history.replaceState(null, '', last || here());
    tell(problems, true);
    return true;
  };
  // Changes made in one task are written once, at its end.
  const flush = () => {
    const write = pending;
    pending = null;
    const next = serializeHash(shareOf(useStore.getState()));
    if (next === last || !write) return;
    last = next;
    if (write === 'push') history.pushState(null, '', next || here());
    else history.replaceState(null, '', next || here());
  };
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (restoring) return;
    if (s.catalogue !== prev.catalogue && dropUnknown()) return;
    const next = serializeHash(shareOf(s));
    const before = serializeHash(shareOf(prev));
    if (next === before) return;
    const onlyView = serializeHash({ ...shareOf(s), view: prev.view }) === before;
    if (pending === null) queueMicrotask(flush);
    pending = mergeWrite(pending, onlyView);
  });
  const onPop = () => {
    pending = null;
    apply();
    last = serializeHash(shareOf(useStore.getState()));
    dropUnknown();
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
