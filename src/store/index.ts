import { create } from 'zustand';
import { type AppState, createData, createFilters, createFocus, createNear, createSelection, createShell, createUi, createView } from './slices';
import type { ShareState } from './url';

export type { AppState, AppUpdate, Load, Locate, MapPicture, MapStatus, ReaderTarget, SelectOrigin } from './slices';

/** The one app store, built from typed slices. */
export const useStore = create<AppState>()((...a) => ({
  ...createFilters(...a),
  ...createSelection(...a),
  ...createView(...a),
  ...createUi(...a),
  ...createNear(...a),
  ...createData(...a),
  ...createShell(...a),
  ...createFocus(...a),
  applyShare: (s: ShareState) => {
    const [set] = a;
    set({
      view: s.view,
      categories: s.categories,
      statuses: s.statuses,
      years: s.years,
      selected: s.selected,
      selectOrigin: 'url',
      alsoHere: [],
      landmark: null,
      lang: s.lang,
      basemap: s.basemap,
      near: s.near,
      nearLabel: null,
      radius: s.radius,
      panel: s.panel,
    });
  },
}));

/** The shareable part of the state, for the URL. */
export function shareOf(s: AppState): ShareState {
  return {
    view: s.view,
    categories: s.categories,
    statuses: s.statuses,
    years: s.years,
    selected: s.selected,
    lang: s.lang,
    basemap: s.basemap,
    near: s.near,
    radius: s.radius,
    panel: s.panel,
  };
}
