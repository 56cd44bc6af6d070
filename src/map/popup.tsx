import { Popup, type Map as MlMap } from 'maplibre-gl';
import { lazy, Suspense } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { CardSlot } from '../components/CardSlot';
import { representativePoint } from '../lib/geometry';
import type { Landmark } from '../lib/landmarks';
import type { CatalogueFeature } from '../schema/records';
import { useStore } from '../store';

export interface PopupController {
  show: (f: CatalogueFeature) => void;
  /** A landmark's popup, on every screen size (it is short, and the sheet has no place for it). */
  showLandmark: (l: Landmark) => void;
  hide: () => void;
  remove: () => void;
}

/** The landmark card loads on the first landmark clicked: it is not part of the first screen. */
const LandmarkCard = lazy(() => import('../components/LandmarkCard'));

/** Narrow screens show the detail in the bottom sheet instead of a popup. */
export const NARROW_QUERY = '(max-width: 700px)';

/** A MapLibre popup whose content is a React tree (never setHTML). */
export function createPopup(map: MlMap): PopupController {
  const element = document.createElement('div');
  let root: Root | null = null;
  let closingFromCode = false;
  const popup = new Popup({ anchor: 'top', closeButton: true, closeOnClick: false, maxWidth: '380px', focusAfterOpen: false, className: 'feature-popup' });
  popup.on('close', () => {
    if (closingFromCode) return;
    const { selected, landmark, select, showLandmark } = useStore.getState();
    if (selected) select(null, 'map');
    if (landmark) showLandmark(null);
  });
  const close = () => {
    closingFromCode = true;
    popup.remove();
    closingFromCode = false;
  };
  return {
    show(f) {
      if (window.matchMedia(NARROW_QUERY).matches) {
        close();
        return;
      }
      root ??= createRoot(element);
      root.render(<CardSlot feature={f} />);
      popup.setLngLat(representativePoint(f.geometry)).setDOMContent(element);
      if (!popup.isOpen()) popup.addTo(map);
    },
    showLandmark(l) {
      root ??= createRoot(element);
      root.render(
        <Suspense fallback={null}>
          <LandmarkCard landmark={l} />
        </Suspense>,
      );
      popup.setLngLat(l.point).setDOMContent(element);
      if (!popup.isOpen()) popup.addTo(map);
    },
    hide: close,
    remove() {
      close();
      const r = root;
      root = null;
      if (r) queueMicrotask(() => r.unmount());
    },
  };
}
