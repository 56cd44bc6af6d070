import { indexById } from '../lib/catalogue';
import { translate } from '../lib/i18n';
import { shareOf, useStore } from './index';
import { dropUnknownSelection, parseHash, serializeHash } from './url';

/** Says what a link asked for that is not shown; `more` adds to what was said already about the same link. */
function tell(problems: string[], more = false): void {
  const { notice, lang, setNotice } = useStore.getState();
  const prefix = translate(lang, 'urlNotice');
  setNotice(more && notice?.startsWith(prefix) ? `${notice}; ${problems.join('; ')}` : `${prefix}: ${problems.join('; ')}`);
}

/**
 * Keeps location.hash and the store in step: discrete changes push a history
 * entry (so back and forward step through them), map moves replace it. After
 * a link is read the address is the canonical form of what is shown, and
 * anything it asked for that is not shown is said once.
 */
export function startUrlSync(): () => void {
  const here = () => window.location.pathname + window.location.search;
  const apply = () => {
    const { state, problems } = parseHash(window.location.hash);
    useStore.getState().applyShare(state);
    if (problems.length) tell(problems);
    const canonical = serializeHash(state);
    if (window.location.hash !== canonical) history.replaceState(null, '', canonical || here());
  };
  apply();
  let last = serializeHash(shareOf(useStore.getState()));
  // Whether a selection names a feature can only be known once the catalogue is loaded.
  const dropUnknown = (): boolean => {
    const s = useStore.getState();
    if (s.catalogue.status !== 'ready') return false;
    const features = indexById(s.catalogue.value.features);
    const { state, problems } = dropUnknownSelection(shareOf(s), (id) => features.has(id));
    if (!problems.length) return false;
    last = serializeHash(state);
    s.select(null, 'url');
    history.replaceState(null, '', last || here());
    tell(problems, true);
    return true;
  };
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (s.catalogue !== prev.catalogue && dropUnknown()) return;
    const next = serializeHash(shareOf(s));
    if (next === last) return;
    last = next;
    const url = next || here();
    const onlyView = s.view !== prev.view && serializeHash({ ...shareOf(s), view: prev.view }) === serializeHash(shareOf(prev));
    if (onlyView) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  });
  const onPop = () => {
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
