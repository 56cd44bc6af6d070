import { textFor, UI_STRINGS } from './lib/i18n';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { AppStatus } from './components/AppStatus';
import { CardSlot } from './components/CardSlot';
import { Notices } from './components/Notices';
import { PanelTabs } from './components/PanelTabs';
import { POPUP_CONTENT } from './components/PopupContent';
import { SearchBox } from './components/search/SearchBox';
import { useCardFocus } from './components/useCardFocus';
import { useLang, useText } from './components/useText';
import { indexById, loadCatalogue } from './lib/catalogue';
import { TILE_PATHS } from './map/ids';
import { MapView } from './map/MapView';
import { NARROW_QUERY } from './lib/layout';
import { useStore } from './store';

function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW_QUERY).matches);
  useEffect(() => {
    const mq = window.matchMedia(NARROW_QUERY);
    const on = () => setNarrow(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  return narrow;
}

/** The print sheet is not on the first screen: it loads once the map has drawn (or failed), ready for any print after. */
const PrintSheet = lazy(() => import('./components/print/PrintSheet'));

/** On narrow screens, and in list-only mode where there is no popup, the selected feature's detail sits in the panel. */
function SelectedDetail() {
  const t = useText(UI_STRINGS);
  const selected = useStore((s) => s.selected);
  const catalogue = useStore((s) => s.catalogue);
  const ref = useRef<HTMLElement>(null);
  // The detail sits above the lists: bring it into view, after any list has scrolled to the item.
  useEffect(() => {
    if (!selected) return;
    const frame = requestAnimationFrame(() => ref.current?.scrollIntoView({ block: 'start' }));
    return () => cancelAnimationFrame(frame);
  }, [selected]);
  if (!selected || catalogue.status !== 'ready') return null;
  const f = indexById(catalogue.value.features).get(selected);
  if (!f) return null;
  return (
    <section className="detail-sheet" ref={ref}>
      <button type="button" className="close-button" onClick={() => useStore.getState().select(null, 'list')} aria-label={t('close')}>
        ×
      </button>
      <CardSlot feature={f} />
    </section>
  );
}

/** On a phone the panel is a bottom sheet; folding it gives the map the whole screen. A new selection unfolds it. */
function useSheet(narrow: boolean) {
  const [folded, setFolded] = useState(false);
  const selected = useStore((s) => s.selected);
  const panel = useStore((s) => s.panel);
  const [seen, setSeen] = useState({ selected, panel });
  if (seen.selected !== selected || seen.panel !== panel) {
    setSeen({ selected, panel });
    setFolded(false);
  }
  return { folded: narrow && folded, toggle: () => setFolded((f) => !f) };
}

/** The skip link's target: the list panel, its list focused, or the panel while the list loads (a hash link would be read as a shared view). */
function skipToList() {
  useStore.getState().setPanel('list');
  requestAnimationFrame(() => {
    const target = document.querySelector<HTMLElement>('.feature-list') ?? document.querySelector<HTMLElement>('[role="tabpanel"]');
    if (!target) return;
    target.tabIndex = -1;
    target.focus();
  });
}

export function App() {
  const lang = useLang();
  const t = useText(UI_STRINGS);
  const mapStatus = useStore((s) => s.map.status);
  const narrow = useNarrow();
  const sheet = useSheet(narrow && mapStatus !== 'unsupported');
  useCardFocus();

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t('title')} · ${textFor(UI_STRINGS, lang === 'zh' ? 'en' : 'zh')('title')}`;
  }, [lang, t]);

  useEffect(() => {
    const { setCatalogue } = useStore.getState();
    loadCatalogue(new URL(TILE_PATHS.catalogue, document.baseURI).href)
      .then((value) => setCatalogue({ status: 'ready', value }))
      .catch((e: Error) => setCatalogue({ status: 'error', message: e.message }));
  }, []);

  return (
    <div className={`app${mapStatus === 'unsupported' ? ' list-only' : ''}`}>
      <header className="app-header">
        <button type="button" className="skip-link" onClick={skipToList}>
          {t('skipToList')}
        </button>
        <div>
          <h1>{t('title')}</h1>
          <p className="subtitle">{t('subtitle')}</p>
          <AppStatus />
        </div>
        <SearchBox />
        <button type="button" className="lang-switch" onClick={() => useStore.getState().setLang(lang === 'zh' ? 'en' : 'zh')} aria-label={t('languageLabel')} lang={lang === 'zh' ? 'en' : 'zh-CN'}>
          {t('language')}
        </button>
      </header>
      <main className="app-main">
        {mapStatus !== 'unsupported' && <MapView popup={POPUP_CONTENT} />}
        <aside className={`panel${sheet.folded ? ' folded' : ''}`} aria-label={t('filters')}>
          {narrow && mapStatus !== 'unsupported' && (
            <button type="button" className="sheet-handle" aria-expanded={!sheet.folded} aria-controls="panel-body" onClick={sheet.toggle}>
              {t(sheet.folded ? 'unfold' : 'fold')}
            </button>
          )}
          <div id="panel-body" hidden={sheet.folded}>
            <Notices />
            {(narrow || mapStatus === 'unsupported') && <SelectedDetail />}
            <PanelTabs />
          </div>
        </aside>
      </main>
      {mapStatus !== 'loading' && (
        <Suspense fallback={null}>
          <PrintSheet />
        </Suspense>
      )}
    </div>
  );
}
