import type { StateCreator } from 'zustand';
import { CATEGORIES, type Category, STATUSES, type Status, YEARS, type Year } from '../schema/constants';
import type { ArchiveProblem } from '../map/archive-check';
import type { Catalogue } from '../schema/records';
import type { Lang } from '../lib/i18n';
import type { Landmark } from '../lib/landmarks';
import { type Basemap, DEFAULT_SHARE, type MapViewState, type Panel, type Radius, type ShareState } from './url';

/** A value that loads: idle, then ready or error. */
export type Load<T> = { status: 'idle' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

function toggle<T>(all: readonly T[], current: readonly T[], item: T): T[] {
  const on = current.includes(item);
  return all.filter((x) => (x === item ? !on : current.includes(x)));
}

export interface FiltersSlice {
  categories: readonly Category[];
  statuses: readonly Status[];
  years: readonly Year[];
  toggleCategory: (c: Category) => void;
  toggleStatus: (s: Status) => void;
  toggleYear: (y: Year) => void;
  resetFilters: () => void;
}

/** Where a selection came from: the map does not fly to what was clicked on it. */
export type SelectOrigin = 'map' | 'list' | 'url' | 'reader' | 'search';

export interface SelectionSlice {
  selected: string | null;
  selectOrigin: SelectOrigin;
  hovered: string | null;
  /** Other features under the point a map click selected, so stacked places stay reachable. */
  alsoHere: readonly string[];
  /** A landmark clicked on the map: context, shown in a popup, never a report item (not in the URL). */
  landmark: Landmark | null;
  select: (id: string | null, origin: SelectOrigin, alsoHere?: readonly string[]) => void;
  hover: (id: string | null) => void;
  /** Shows a landmark's popup in place of any selection. */
  showLandmark: (l: Landmark | null) => void;
}

export interface ViewSlice {
  view: MapViewState | null;
  setView: (v: MapViewState) => void;
}

/** A picture of the map taken as a print starts, with where each feature's point lies on it (in per cent), for the numbers. */
export interface MapPicture {
  url: string;
  width: number;
  height: number;
  at: Readonly<Record<string, readonly [number, number]>>;
}

export interface UiSlice {
  lang: Lang;
  mapPicture: MapPicture | null;
  setMapPicture: (p: MapPicture | null) => void;
  basemap: Basemap;
  panel: Panel;
  notice: string | null;
  setLang: (l: Lang) => void;
  setBasemap: (b: Basemap) => void;
  setPanel: (p: Panel) => void;
  setNotice: (n: string | null) => void;
}

/** Where the device location request stands; each failure has its own message. */
export type Locate = { status: 'idle' } | { status: 'locating' } | { status: 'error'; reason: 'denied' | 'unavailable' | 'timeout' | 'outside' | 'unsupported' };

export interface NearSlice {
  near: { lon: number; lat: number } | null;
  /** What the user picked, for the heading and the print sheet (not in the URL: it is derived again there). */
  nearLabel: string | null;
  radius: Radius;
  /** Tap-the-map mode: the next map click sets the place instead of selecting. */
  picking: boolean;
  locate: Locate;
  setNear: (p: { lon: number; lat: number } | null, label?: string | null) => void;
  setRadius: (r: Radius) => void;
  setPicking: (on: boolean) => void;
  setLocate: (l: Locate) => void;
}

/** A map failure; one caused by an archive carries its problem, so the UI says it in the current language. */
export type MapStatus =
  | { status: 'loading' }
  | { status: 'ready' }
  | { status: 'error'; message: string; archive?: { path: string; problem: ArchiveProblem } }
  | { status: 'unsupported'; message: string };

export interface DataSlice {
  catalogue: Load<Catalogue>;
  map: MapStatus;
  setCatalogue: (c: Load<Catalogue>) => void;
  setMapStatus: (m: MapStatus) => void;
}

/** A newer deploy waiting to be shown, with the build id of its catalogue (null when it could not say). */
export type AppUpdate = { status: 'none' } | { status: 'ready'; build: string | null };

/** The installed app around the data: the network, and a deploy the service worker holds back until asked. */
export interface ShellSlice {
  online: boolean;
  update: AppUpdate;
  setOnline: (online: boolean) => void;
  setUpdate: (update: AppUpdate) => void;
}

/** A passage another panel asks the reader to show: found by its quote, placed by its section. */
export interface ReaderTarget {
  quote: string;
  section: readonly string[];
}

/**
 * Hand-offs between the report, indicators and data-quality panels: what to
 * show when one of them opens another. Not shareable, so not in the URL.
 */
export interface FocusSlice {
  readerTarget: ReaderTarget | null;
  unmappedTarget: string | null;
  /** Opens the reader at a quote. */
  showInReport: (target: ReaderTarget) => void;
  /** Opens the data-quality view at an unmapped item. */
  showUnmapped: (id: string) => void;
  clearReaderTarget: () => void;
  clearUnmappedTarget: () => void;
}

export type AppState = FiltersSlice & SelectionSlice & ViewSlice & UiSlice & NearSlice & DataSlice & ShellSlice & FocusSlice & { applyShare: (s: ShareState) => void };

type Slice<T> = StateCreator<AppState, [], [], T>;

export const createFilters: Slice<FiltersSlice> = (set) => ({
  categories: DEFAULT_SHARE.categories,
  statuses: DEFAULT_SHARE.statuses,
  years: DEFAULT_SHARE.years,
  toggleCategory: (c) => set((s) => ({ categories: toggle(CATEGORIES, s.categories, c) })),
  toggleStatus: (st) => set((s) => ({ statuses: toggle(STATUSES, s.statuses, st) })),
  toggleYear: (y) => set((s) => ({ years: toggle(YEARS, s.years, y) })),
  resetFilters: () => set({ categories: CATEGORIES, statuses: STATUSES, years: YEARS }),
});

export const createSelection: Slice<SelectionSlice> = (set) => ({
  selected: null,
  selectOrigin: 'url',
  hovered: null,
  alsoHere: [],
  landmark: null,
  select: (id, origin, alsoHere = []) => set(id === null ? { selected: id, selectOrigin: origin, alsoHere } : { selected: id, selectOrigin: origin, alsoHere, landmark: null }),
  hover: (id) => set({ hovered: id }),
  showLandmark: (landmark) => set(landmark === null ? { landmark } : { landmark, selected: null, selectOrigin: 'map', alsoHere: [] }),
});

export const createView: Slice<ViewSlice> = (set) => ({
  view: null,
  setView: (view) => set({ view }),
});

export const createUi: Slice<UiSlice> = (set) => ({
  lang: DEFAULT_SHARE.lang,
  basemap: DEFAULT_SHARE.basemap,
  panel: DEFAULT_SHARE.panel,
  notice: null,
  mapPicture: null,
  setMapPicture: (mapPicture) => set({ mapPicture }),
  setLang: (lang) => set({ lang }),
  setBasemap: (basemap) => set({ basemap }),
  setPanel: (panel) => set({ panel }),
  setNotice: (notice) => set({ notice }),
});

export const createNear: Slice<NearSlice> = (set) => ({
  near: DEFAULT_SHARE.near,
  nearLabel: null,
  radius: DEFAULT_SHARE.radius,
  picking: false,
  locate: { status: 'idle' },
  setNear: (near, label = null) => set({ near, nearLabel: label, picking: false }),
  setRadius: (radius) => set({ radius }),
  setPicking: (picking) => set({ picking }),
  setLocate: (locate) => set({ locate }),
});

export const createData: Slice<DataSlice> = (set) => ({
  catalogue: { status: 'idle' },
  map: { status: 'loading' },
  setCatalogue: (catalogue) => set({ catalogue }),
  setMapStatus: (map) => set({ map }),
});

export const createShell: Slice<ShellSlice> = (set) => ({
  online: true,
  update: { status: 'none' },
  setOnline: (online) => set({ online }),
  setUpdate: (update) => set({ update }),
});

export const createFocus: Slice<FocusSlice> = (set) => ({
  readerTarget: null,
  unmappedTarget: null,
  showInReport: (readerTarget) => set({ readerTarget, panel: 'report' }),
  showUnmapped: (unmappedTarget) => set({ unmappedTarget, panel: 'quality' }),
  clearReaderTarget: () => set({ readerTarget: null }),
  clearUnmappedTarget: () => set({ unmappedTarget: null }),
});
