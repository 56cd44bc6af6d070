import 'maplibre-gl/dist/maplibre-gl.css';
import type { Map as MlMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { translate } from '../lib/i18n';
import type { Catalogue } from '../schema/records';
import { useStore } from '../store';
import { ArchiveError } from './archive-check';
import { createMap, startEarly } from './create';
import { bindEvents } from './events';
import { createPopup, type PopupContent } from './popup';
import { startSync } from './sync';

declare global {
  interface Window {
    /** The live map, for the browser tests and for debugging in the console. */
    __qiaokouMap?: MlMap;
  }
}

/** The catalogue once it has loaded, or null if it failed to. */
function catalogueSettled(): Promise<Catalogue | null> {
  return new Promise((resolve) => {
    const settled = (c: ReturnType<typeof useStore.getState>['catalogue']) => {
      if (c.status === 'idle') return false;
      resolve(c.status === 'ready' ? c.value : null);
      return true;
    };
    if (settled(useStore.getState().catalogue)) return;
    const unsubscribe = useStore.subscribe((s) => settled(s.catalogue) && unsubscribe());
  });
}

/** Archives are opened as the page loads, and checked against the catalogue once it has loaded. */
const early = startEarly(catalogueSettled());

/** The one owner of the MapLibre map: creates it, wires events and sync, removes it. `popup` renders what a popup shows. */
export function MapView({ popup: content }: { popup: PopupContent }) {
  const container = useRef<HTMLElement>(null);
  const lang = useStore((s) => s.lang);

  // Runs once: `content` is the app's constant (a new one would mean a new map).
  useEffect(() => {
    const el = container.current;
    const { setMapStatus } = useStore.getState();
    if (!el) return;
    // No archives were opened exactly when the browser cannot draw the map.
    const archives = early;
    if (!archives) {
      setMapStatus({ status: 'unsupported', message: translate(useStore.getState().lang, 'noWebgl') });
      return;
    }
    // The first failure names the cause; the map's own tile errors wait for the archive checks, and are their echoes.
    const fail = (message: string, archive?: ArchiveError) => {
      if (useStore.getState().map.status !== 'error') setMapStatus({ status: 'error', message, ...(archive && { archive: { path: archive.path, problem: archive.problem } }) });
    };
    archives.checked.catch((e: Error) => fail(e.message, e instanceof ArchiveError ? e : undefined));

    const s = useStore.getState();
    let map: MlMap;
    try {
      map = createMap(el, { view: s.view, near: s.near, radius: s.radius }, { categories: s.categories, statuses: s.statuses, years: s.years }, s.lang);
    } catch (e) {
      setMapStatus({ status: 'unsupported', message: `${translate(s.lang, 'noWebgl')} (${(e as Error).message})` });
      return;
    }
    window.__qiaokouMap = map;
    const popup = createPopup(map, content);
    const unbind = bindEvents(map);
    const stopSync = startSync(map, popup);
    map.on('error', (e) => {
      const source = (e as { sourceId?: string }).sourceId;
      if (source === 'osm') {
        // The online map is optional: say it cannot be reached, once, and keep the embedded one working.
        const { notice, lang, setNotice } = useStore.getState();
        const message = translate(lang, 'osmUnreachable');
        if (notice !== message) setNotice(message);
        return;
      }
      const message = source ? `${source}: ${e.error?.message ?? 'tile error'}` : (e.error?.message ?? 'map error');
      void archives.opened.then(() => fail(message));
    });
    map.once('idle', () => {
      if (useStore.getState().map.status === 'loading') setMapStatus({ status: 'ready' });
    });
    return () => {
      stopSync();
      unbind();
      popup.remove();
      map.remove();
      delete window.__qiaokouMap;
    };
  }, [content]);

  return <section ref={container} className="map" aria-label={translate(lang, 'mapLabel')} />;
}
