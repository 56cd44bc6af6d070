import { create } from 'zustand';
import { type AppState, createData, createFilters, createFocus, createNear, createSelection, createShell, createUi, createView } from './slices';
import { SHARE_KEYS, type ShareState } from './url';

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
  // A link or history step sets every shareable field, and clears what only a click made.
  applyShare: (s: ShareState) => a[0]({ ...shareOf(s), selectOrigin: 'url', alsoHere: [], landmark: null, nearLabel: null }),
}));

/** The shareable part of the state, for the URL. */
export function shareOf(s: ShareState): ShareState {
  return Object.fromEntries(SHARE_KEYS.map((key) => [key, s[key]])) as ShareState;
}
