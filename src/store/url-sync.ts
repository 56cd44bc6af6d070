import { translate } from '../lib/i18n';
import { shareOf, useStore } from './index';
import { parseHash, serializeHash } from './url';

/**
 * Keeps location.hash and the store in step: discrete changes push a history
 * entry (so back and forward step through them), map moves replace it.
 */
export function startUrlSync(): () => void {
  const apply = () => {
    const { state, problems } = parseHash(window.location.hash);
    useStore.getState().applyShare(state);
    if (problems.length) {
      useStore.getState().setNotice(`${translate(state.lang, 'urlNotice')}: ${problems.join('; ')}`);
      history.replaceState(null, '', serializeHash(state) || window.location.pathname + window.location.search);
    }
  };
  apply();
  let last = serializeHash(shareOf(useStore.getState()));
  const unsubscribe = useStore.subscribe((s, prev) => {
    const next = serializeHash(shareOf(s));
    if (next === last) return;
    last = next;
    const url = next || window.location.pathname + window.location.search;
    const onlyView = s.view !== prev.view && serializeHash({ ...shareOf(s), view: prev.view }) === serializeHash(shareOf(prev));
    if (onlyView) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  });
  const onPop = () => {
    apply();
    last = serializeHash(shareOf(useStore.getState()));
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
