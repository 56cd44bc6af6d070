import { CATEGORIES, STATUSES, YEARS } from '../schema/constants';
import { LANGS } from '../lib/i18n';
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

/** How one shareable field is named, read and written in the link. */
interface Field<T> {
  key: string;
  /** What a link that leaves the field out, or says it wrongly, means. */
  fallback: T;
  /** The value `raw` gives, or undefined once `say` has named what is wrong (`say` prefixes the key). */
  read: (raw: string, say: (problem: string) => void) => T | undefined;
  /** Its text in the link; only a value other than the default is written. */
  write: (value: T) => string;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** A shared point or view must lie where the map can pan. */
const inBounds = (lon: number, lat: number) => inBbox(VIEW_LIMITS.bbox, lon, lat);

function parseNumbers(raw: string, count: number): number[] | null {
  const parts = raw.split(/[,/]/);
  if (parts.length !== count) return null;
  const nums = parts.map((p) => (/^-?\d{1,3}(\.\d{1,8})?$/.test(p) ? Number(p) : Number.NaN));
  return nums.every(Number.isFinite) ? nums : null;
}

/** One of a fixed set of values, written as itself. */
function choice<T extends string | number>(key: string, all: readonly T[], fallback: T, expected: string): Field<T> {
  return {
    key,
    fallback,
    read: (raw, say) => {
      const hit = all.find((a) => String(a) === raw);
      if (hit === undefined) say(expected);
      return hit;
    },
    write: String,
  };
}

/** A subset of `all`, kept in its order, written `a.b.c`; an emptied filter is `none`, not the default. */
function subset<T extends string | number>(key: string, all: readonly T[]): Field<readonly T[]> {
  return {
    key,
    fallback: all,
    read: (raw, say) => {
      if (raw === 'none') return [];
      const picked = new Set<T>();
      for (const part of raw.split('.')) {
        const hit = all.find((a) => String(a) === part);
        if (hit === undefined) {
          say(`unknown value "${part.slice(0, 40)}"`);
          return undefined;
        }
        picked.add(hit);
      }
      return all.filter((a) => picked.has(a));
    },
    write: (xs) => (xs.length === 0 ? 'none' : xs.join('.')),
  };
}

const view: Field<MapViewState | null> = {
  key: 'map',
  fallback: null,
  read: (raw, say) => {
    const nums = parseNumbers(raw, 3);
    // Stryker disable next-line ArrayDeclaration: without numbers the check below returns before the defaults are read
    const [zoom = 0, lat = 0, lon = 0] = nums ?? [];
    if (!nums || zoom < 0 || zoom > 24 || !inBounds(lon, lat)) {
      say('expected zoom/lat/lon in Wuhan');
      return undefined;
    }
    // A zoom the map cannot show is brought within its range, and said.
    const clamped = Math.min(VIEW_LIMITS.maxZoom, Math.max(VIEW_LIMITS.minZoom, zoom));
    if (clamped !== zoom) say(`zoom ${zoom} is beyond ${VIEW_LIMITS.minZoom}–${VIEW_LIMITS.maxZoom}, shown at ${clamped}`);
    return { zoom: clamped, lat, lon };
  },
  // Stryker disable next-line ConditionalExpression,StringLiteral: null is the default, and a default is never written
  write: (v) => (v ? `${round(v.zoom, 2)}/${round(v.lat, 5)}/${round(v.lon, 5)}` : ''),
};

const near: Field<{ lon: number; lat: number } | null> = {
  key: 'near',
  fallback: null,
  read: (raw, say) => {
    const nums = parseNumbers(raw, 2);
    // Stryker disable next-line ArrayDeclaration: without numbers the check below returns before the defaults are read
    const [lon = 0, lat = 0] = nums ?? [];
    if (nums && inBounds(lon, lat)) return { lon, lat };
    say('expected lon,lat in Wuhan');
    return undefined;
  },
  // Stryker disable next-line ConditionalExpression,StringLiteral: null is the default, and a default is never written
  write: (p) => (p ? `${round(p.lon, 5)},${round(p.lat, 5)}` : ''),
};

const selected: Field<string | null> = {
  key: 'sel',
  fallback: null,
  read: (raw, say) => {
    if (isId(raw)) return raw;
    say('expected a feature id');
    return undefined;
  },
  // Stryker disable next-line StringLiteral: null is the default, and a default is never written
  write: (id) => id ?? '',
};

/**
 * Everything a shared link carries, in the order the link writes it: each
 * field's key, its default and how it is read and written. The state's type,
 * its defaults, the parser, the writer and the store's share all come from here.
 */
const SHARE_FIELDS = {
  view,
  categories: subset('cat', CATEGORIES),
  statuses: subset('st', STATUSES),
  years: subset('yr', YEARS),
  selected,
  near,
  radius: choice('r', RADII, 1000, 'expected 300, 500, 1000 or 2000'),
  panel: choice('panel', PANELS, 'list', 'unknown panel'),
  basemap: choice('base', BASEMAPS, 'local', 'expected local or osm'),
  lang: choice('lang', LANGS, 'zh', 'expected zh or en'),
};

/** Everything a shared link carries. */
export type ShareState = { [K in keyof typeof SHARE_FIELDS]: (typeof SHARE_FIELDS)[K] extends Field<infer T> ? T : never };
type ShareKey = keyof ShareState;

/** The shareable fields, in the order the link writes them. */
export const SHARE_KEYS = Object.keys(SHARE_FIELDS) as readonly ShareKey[];

/** The same table, typed so that each field's value is its key's in ShareState. */
const FIELDS: { readonly [K in ShareKey]: Field<ShareState[K]> } = SHARE_FIELDS;
const fieldOf = <K extends ShareKey>(name: K): Field<ShareState[K]> => FIELDS[name];

/** What a link that says nothing opens. */
export const DEFAULT_SHARE = Object.fromEntries(SHARE_KEYS.map((name) => [name, SHARE_FIELDS[name].fallback])) as ShareState;

const NAME_OF_KEY = new Map(SHARE_KEYS.map((name) => [SHARE_FIELDS[name].key, name]));

function readInto<K extends ShareKey>(state: ShareState, name: K, raw: string, say: (problem: string) => void): void {
  const value = fieldOf(name).read(raw, say);
  if (value !== undefined) state[name] = value;
}

/**
 * Reads a location hash (`#map=13/30.59/114.22&cat=road.park…`). Anything it
 * does not understand falls back to the default and is named in `problems`.
 */
export function parseHash(hash: string): { state: ShareState; problems: string[] } {
  const problems: string[] = [];
  const state: ShareState = { ...DEFAULT_SHARE };
  // URLSearchParams reads any string (bad escapes and lone surrogates become U+FFFD); it never throws.
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const seen = new Set<string>();
  for (const [key, raw] of params) {
    // A key given twice would make the link mean two things: the first one counts.
    if (seen.has(key)) {
      problems.push(`${key.slice(0, 40)}: given more than once, the first kept`);
      continue;
    }
    seen.add(key);
    const name = NAME_OF_KEY.get(key);
    if (name) readInto(state, name, raw, (problem) => problems.push(`${key}: ${problem}`));
    else problems.push(`unknown parameter "${key.slice(0, 40)}"`);
  }
  return { state, problems };
}

function sameValue(a: unknown, b: unknown): boolean {
  // Stryker disable next-line LogicalOperator: a value and its default are both lists or neither, so either test decides alike
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

function writeField<K extends ShareKey>(state: ShareState, name: K): string | null {
  const { key, fallback, write } = fieldOf(name);
  const value = state[name];
  // An empty selection is no selection.
  return value === '' || sameValue(value, fallback) ? null : `${key}=${write(value)}`;
}

/** Writes the hash for a state; defaults are left out so links stay short. */
export function serializeHash(state: ShareState): string {
  const params = SHARE_KEYS.map((name) => writeField(state, name)).filter((p) => p !== null);
  return params.length ? `#${params.join('&')}` : '';
}

/** The hash of a link to the default view with `part` changed: every link the app writes is made here. */
export function hrefFor(part: Partial<ShareState>): string {
  return serializeHash({ ...DEFAULT_SHARE, ...part });
}

/** `part`'s link as a whole address on the page at `pageHref` (its own hash replaced). */
export function linkFor(pageHref: string, part: Partial<ShareState>): string {
  return new URL(hrefFor(part), pageHref).href;
}

/**
 * A link's selection checked against the features that exist (known only
 * once the catalogue is loaded): an unknown id is dropped and named.
 */
export function dropUnknownSelection(state: ShareState, exists: (id: string) => boolean): { state: ShareState; problems: string[] } {
  if (!state.selected || exists(state.selected)) return { state, problems: [] };
  return { state: { ...state, selected: null }, problems: [`sel: no feature "${state.selected}"`] };
}
