import { translate } from '../lib/i18n';
import { shareOf, useStore } from './index';
import { parseHash, serializeHash } from './url';

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

/**
 * Keeps location.hash and the store in step: each user action pushes one
 * history entry, map moves replace it, and Back or Forward restores the
 * entry's state without writing history again.
 */
export function startUrlSync(): () => void {
  let restoring = false;
  const apply = () => {
    const { state, problems } = parseHash(window.location.hash);
    restoring = true;
    try {
      useStore.getState().applyShare(state);
    } finally {
      restoring = false;
    }
    if (problems.length) {
      useStore.getState().setNotice(`${translate(state.lang, 'urlNotice')}: ${problems.join('; ')}`);
      history.replaceState(null, '', serializeHash(state) || window.location.pathname + window.location.search);
    }
  };
  apply();
  let last = serializeHash(shareOf(useStore.getState()));
  let pending: HistoryWrite | null = null;
  // Changes made in one task are written once, at its end.
  const flush = () => {
    const write = pending;
    pending = null;
    const next = serializeHash(shareOf(useStore.getState()));
    if (next === last || !write) return;
    last = next;
    const url = next || window.location.pathname + window.location.search;
    if (write === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (restoring) return;
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
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
