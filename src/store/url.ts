import { CATEGORIES, type Category, STATUSES, type Status, YEARS, type Year } from '../schema/constants';
import { LANGS, type Lang } from '../lib/i18n';
import { inBbox, VIEW_LIMITS } from '../schema/district';
import { isId } from '../schema/id';

export const RADII = [300, 500, 1000, 2000] as const;
export type Radius = (typeof RADII)[number];
export const BASEMAPS = ['local', 'osm'] as const;
export type Basemap = (typeof BASEMAPS)[number];
export const PANELS = ['list', 'near', 'report', 'indicators', 'quality'] as const;
export type Panel = (typeof PANELS)[number];

export interface MapViewState {
  lon: number;
  lat: number;
  zoom: number;
}

/** Everything a shared link carries. */
export interface ShareState {
  view: MapViewState | null;
  categories: readonly Category[];
  statuses: readonly Status[];
  years: readonly Year[];
  selected: string | null;
  lang: Lang;
  basemap: Basemap;
  near: { lon: number; lat: number } | null;
  radius: Radius;
  panel: Panel;
}

export const DEFAULT_SHARE: ShareState = {
  view: null,
  categories: CATEGORIES,
  statuses: STATUSES,
  years: YEARS,
  selected: null,
  lang: 'zh',
  basemap: 'local',
  near: null,
  radius: 1000,
  panel: 'list',
};

/** A shared point or view must lie where the map can pan. */
const inBounds = (lon: number, lat: number) => inBbox(VIEW_LIMITS.bbox, lon, lat);

/** A view's zoom brought within the map's, and the problem when it had to be. */
function clampZoom(zoom: number, problems: string[]): number {
  const clamped = Math.min(VIEW_LIMITS.maxZoom, Math.max(VIEW_LIMITS.minZoom, zoom));
  if (clamped !== zoom) problems.push(`map: zoom ${zoom} is beyond ${VIEW_LIMITS.minZoom}–${VIEW_LIMITS.maxZoom}, shown at ${clamped}`);
  return clamped;
}

function parseList<T extends string | number>(raw: string, allowed: readonly T[], name: string, problems: string[]): readonly T[] | null {
  if (raw === 'none') return [];
  const picked = new Set<T>();
  for (const part of raw.split('.')) {
    const hit = allowed.find((a) => String(a) === part);
    if (hit === undefined) {
      problems.push(`${name}: unknown value "${part.slice(0, 40)}"`);
      return null;
    }
    picked.add(hit);
  }
  return allowed.filter((a) => picked.has(a));
}

function parseNumbers(raw: string, count: number): number[] | null {
  const parts = raw.split(/[,/]/);
  if (parts.length !== count) return null;
  const nums = parts.map((p) => (/^-?\d{1,3}(\.\d{1,8})?$/.test(p) ? Number(p) : Number.NaN));
  return nums.every(Number.isFinite) ? nums : null;
}

/**
 * Reads a location hash (`#map=13/30.59/114.22&cat=road.park…`). Anything it
 * does not understand falls back to the default and is named in `problems`.
 */
export function parseHash(hash: string): { state: ShareState; problems: string[] } {
  const problems: string[] = [];
  const state: ShareState = { ...DEFAULT_SHARE };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return { state, problems: ['the link could not be read'] };
  }
  const seen = new Set<string>();
  for (const [key, raw] of params) {
    // A key given twice would make the link mean two things: the first one counts.
    if (seen.has(key)) {
      problems.push(`${key.slice(0, 40)}: given more than once, the first kept`);
      continue;
    }
    seen.add(key);
    switch (key) {
      case 'map': {
        const nums = parseNumbers(raw, 3);
        const [zoom = 0, lat = 0, lon = 0] = nums ?? [];
        if (nums && zoom >= 0 && zoom <= 24 && inBounds(lon, lat)) state.view = { zoom: clampZoom(zoom, problems), lat, lon };
        else problems.push('map: expected zoom/lat/lon in Wuhan');
        break;
      }
      case 'cat':
        state.categories = parseList(raw, CATEGORIES, 'cat', problems) ?? DEFAULT_SHARE.categories;
        break;
      case 'st':
        state.statuses = parseList(raw, STATUSES, 'st', problems) ?? DEFAULT_SHARE.statuses;
        break;
      case 'yr':
        state.years = parseList(raw, YEARS, 'yr', problems) ?? DEFAULT_SHARE.years;
        break;
      case 'sel':
        if (isId(raw)) state.selected = raw;
        else problems.push('sel: expected a feature id');
        break;
      case 'lang':
        if ((LANGS as readonly string[]).includes(raw)) state.lang = raw as Lang;
        else problems.push('lang: expected zh or en');
        break;
      case 'base':
        if ((BASEMAPS as readonly string[]).includes(raw)) state.basemap = raw as Basemap;
        else problems.push('base: expected local or osm');
        break;
      case 'near': {
        const nums = parseNumbers(raw, 2);
        const [lon = 0, lat = 0] = nums ?? [];
        if (nums && inBounds(lon, lat)) state.near = { lon, lat };
        else problems.push('near: expected lon,lat in Wuhan');
        break;
      }
      case 'r': {
        const r = RADII.find((x) => String(x) === raw);
        if (r) state.radius = r;
        else problems.push('r: expected 300, 500, 1000 or 2000');
        break;
      }
      case 'panel':
        if ((PANELS as readonly string[]).includes(raw)) state.panel = raw as Panel;
        else problems.push('panel: unknown panel');
        break;
      default:
        problems.push(`unknown parameter "${key.slice(0, 40)}"`);
    }
  }
  return { state, problems };
}

/**
 * A link's selection checked against the features that exist (known only
 * once the catalogue is loaded): an unknown id is dropped and named.
 */
export function dropUnknownSelection(state: ShareState, exists: (id: string) => boolean): { state: ShareState; problems: string[] } {
  if (!state.selected || exists(state.selected)) return { state, problems: [] };
  return { state: { ...state, selected: null }, problems: [`sel: no feature "${state.selected}"`] };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Writes the hash for a state; defaults are left out so links stay short. */
export function serializeHash(state: ShareState): string {
  const params: string[] = [];
  const list = (xs: readonly (string | number)[]) => (xs.length === 0 ? 'none' : xs.join('.'));
  if (state.view) params.push(`map=${round(state.view.zoom, 2)}/${round(state.view.lat, 5)}/${round(state.view.lon, 5)}`);
  if (!sameList(state.categories, DEFAULT_SHARE.categories)) params.push(`cat=${list(state.categories)}`);
  if (!sameList(state.statuses, DEFAULT_SHARE.statuses)) params.push(`st=${list(state.statuses)}`);
  if (!sameList(state.years, DEFAULT_SHARE.years)) params.push(`yr=${list(state.years)}`);
  if (state.selected) params.push(`sel=${state.selected}`);
  if (state.near) params.push(`near=${round(state.near.lon, 5)},${round(state.near.lat, 5)}`);
  if (state.radius !== DEFAULT_SHARE.radius) params.push(`r=${state.radius}`);
  if (state.panel !== DEFAULT_SHARE.panel) params.push(`panel=${state.panel}`);
  if (state.basemap !== DEFAULT_SHARE.basemap) params.push(`base=${state.basemap}`);
  if (state.lang !== DEFAULT_SHARE.lang) params.push(`lang=${state.lang}`);
  return params.length ? `#${params.join('&')}` : '';
}
