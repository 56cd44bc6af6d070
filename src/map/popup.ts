import { Popup, type Map as MlMap } from 'maplibre-gl';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { representativePoint } from '../lib/geometry';
import type { Landmark } from '../lib/landmarks';
import { NARROW_QUERY } from '../lib/layout';
import type { CatalogueFeature } from '../schema/records';
import { useStore } from '../store';

export interface PopupController {
  show: (f: CatalogueFeature) => void;
  /** A landmark's popup, on every screen size (it is short, and the sheet has no place for it). */
  showLandmark: (l: Landmark) => void;
  hide: () => void;
  remove: () => void;
}

/** What a popup shows, as React trees: the UI hands these to the map, so map code never imports the UI. */
export interface PopupContent {
  feature: (f: CatalogueFeature) => ReactNode;
  landmark: (l: Landmark) => ReactNode;
}

/** A MapLibre popup whose content is a React tree (never setHTML); narrow screens show a feature in the bottom sheet instead. */
export function createPopup(map: MlMap, content: PopupContent): PopupController {
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
      root.render(content.feature(f));
      popup.setLngLat(representativePoint(f.geometry)).setDOMContent(element);
      if (!popup.isOpen()) popup.addTo(map);
    },
    showLandmark(l) {
      root ??= createRoot(element);
      root.render(content.landmark(l));
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
