import type { SearchKeys } from '../schema/records';
import { boundedEditDistance, type Fold, type Meter, normaliseName, normaliseQuery } from './search-text';


export interface Searchable {
  name_zh: string;
  name_en: string;
  keys: SearchKeys;
  /** Other names found the same way (a landmark's short forms). */
  aliases?: ReadonlyArray<{ name_zh: string; keys?: SearchKeys }>;
  /** Kind order among equally good matches: lower first (see SEARCH_GROUP). */
  group?: number;
}

export interface SearchHit<T> {
  item: T;
  score: number;
}

export interface SearchOptions {
  limit?: number;
  /** Traditional → simplified, from the catalogue. */
  fold?: Fold;
  meter?: Meter;
}

/** How good a match is; the tiers keep exact > prefix > pinyin > fuzzy. */
export const SCORE = { exact: 100, prefix: 80, substring: 60, pinyinExact: 55, pinyinPrefix: 45, pinyinSubstring: 35, fuzzy: 15 } as const;
/** Matches at least this good are "real": among them the kind of thing decides the order. */
const REAL_MATCH = SCORE.pinyinPrefix;
/** The report's places first, then landmarks, stations, streets, sub-districts. */
export const SEARCH_GROUP = { feature: 0, landmark: 1, station: 2, street: 3, subdistrict: 4, water: 5, district: 6 } as const;
/** Slips are forgiven only in queries this short; longer ones are pastes, not typing. */
export const MAX_FUZZY = 24;

/** One name of an item and its keys, normalised once. */
interface Form {
  names: string[];
  keys: SearchKeys;
}
const NO_KEYS: SearchKeys = { py: '', ini: '' };
const prepared = new WeakMap<Searchable, Form[]>();

function formsOf(item: Searchable): Form[] {
  let forms = prepared.get(item);
  // Stryker disable next-line ConditionalExpression: a cache; forms built afresh every time match the same
  if (!forms) {
    forms = [
      // Stryker disable next-line MethodExpression: an empty name never matches (a non-empty query is never in it, and no slip is near it)
      { names: [normaliseName(item.name_zh), normaliseName(item.name_en)].filter(Boolean), keys: item.keys },
      ...(item.aliases ?? []).map((a) => ({ names: [normaliseName(a.name_zh)], keys: a.keys ?? NO_KEYS })),
    ];
    prepared.set(item, forms);
  }
  return forms;
}

/** Whether every character of `needle` appears in `hay`, in order. */
function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (const ch of hay) if (ch === needle[i]) i++;
  return i === needle.length;
}

/** Whether a query is a slip away from the start of a key: one edit, two for longer queries. */
function nearlyStarts(q: string, key: string, meter?: Meter): boolean {
  const allowed = q.length >= 7 ? 2 : 1;
  return boundedEditDistance(q, key, allowed, meter, true) <= allowed;
}

function scoreForm(q: string, { names, keys }: Form, meter?: Meter): number {
  if (names.includes(q)) return SCORE.exact;
  if (names.some((n) => n.startsWith(q))) return SCORE.prefix;
  if (names.some((n) => n.includes(q))) return SCORE.substring;
  if (!/^[a-z0-9]+$/.test(q)) return 0;
  const { py, ini } = keys;
  if (q === py || q === ini) return SCORE.pinyinExact;
  if (py.startsWith(q) || ini.startsWith(q)) return SCORE.pinyinPrefix;
  if (py.includes(q) || ini.includes(q)) return SCORE.pinyinSubstring;
  const fuzzy = q.length >= 3 && q.length <= MAX_FUZZY && (isSubsequence(q, py) || nearlyStarts(q, py, meter) || names.some((n) => nearlyStarts(q, n, meter)));
  return fuzzy ? SCORE.fuzzy : 0;
}

/** The score of one item (its best name) for a normalised query, 0 when it does not match. */
export function scoreMatch(q: string, item: Searchable, meter?: Meter): number {
  if (!q) return 0;
  return Math.max(...formsOf(item).map((f) => scoreForm(q, f, meter)));
}

/**
 * Ranks items for a query. Real matches (by name, or pinyin exact or
 * prefix) come before loose ones; within each, the kind of thing (report
 * places first), then the match tier, then shorter names (closer to what was
 * typed), then the caller's order. The query is normalised and capped, so
 * any input answers in bounded time.
 */
export function search<T extends Searchable>(items: readonly T[], query: string, options: SearchOptions = {}): SearchHit<T>[] {
  const q = normaliseQuery(query, options.fold);
  // Stryker disable next-line ConditionalExpression: a shortcut; scoreMatch gives an empty query 0, so no item would match
  if (!q) return [];
  const hits: Array<SearchHit<T> & { order: number }> = [];
  items.forEach((item, order) => {
    const score = scoreMatch(q, item, options.meter);
    if (score > 0) hits.push({ item, score, order });
  });
  const band = (score: number) => (score >= REAL_MATCH ? 0 : 1);
  hits.sort(
    (a, b) =>
      band(a.score) - band(b.score) ||
      (a.item.group ?? 0) - (b.item.group ?? 0) ||
      b.score - a.score ||
      a.item.name_zh.length - b.item.name_zh.length ||
      // Stryker disable next-line ArithmeticOperator: the sort is stable, so ties keep the caller's order with or without this key
      a.order - b.order,
  );
  return hits.slice(0, options.limit ?? 12).map(({ item, score }) => ({ item, score }));
}
