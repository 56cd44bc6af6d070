/** Pinyin keys built at tile-build time, so the app needs no pinyin dictionary. */
export interface SearchKeys {
  /** Full pinyin without tones or spaces: "zongguan". */
  py: string;
  /** Initials: "zg". */
  ini: string;
}

export interface Searchable {
  name_zh: string;
  name_en: string;
  keys: SearchKeys;
}

export interface SearchHit<T> {
  item: T;
  score: number;
}

/** How good a match is; the tiers keep exact > prefix > pinyin > fuzzy. */
export const SCORE = { exact: 100, prefix: 80, substring: 60, pinyinExact: 55, pinyinPrefix: 45, pinyinSubstring: 35, fuzzy: 15 } as const;

const normalise = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s\-_'’·,.()（）]/g, '');

/** Whether every character of `needle` appears in `hay`, in order. */
function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (const ch of hay) if (ch === needle[i]) i++;
  return i === needle.length;
}

/** Edit distance counting an adjacent swap as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => d[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = v;
    }
  }
  return at(a.length, b.length);
}

/** Whether a query is a slip away from the start of a key: one edit, two for longer queries. */
function nearlyStarts(q: string, key: string): boolean {
  const allowed = q.length >= 7 ? 2 : 1;
  return [q.length - 1, q.length, q.length + 1].some((n) => n > 0 && editDistance(q, key.slice(0, n)) <= allowed);
}

/** The score of one item for a normalised query, 0 when it does not match. */
export function scoreMatch(q: string, item: Searchable): number {
  if (!q) return 0;
  const names = [normalise(item.name_zh), normalise(item.name_en)];
  if (names.includes(q)) return SCORE.exact;
  if (names.some((n) => n.startsWith(q))) return SCORE.prefix;
  if (names.some((n) => n.includes(q))) return SCORE.substring;
  if (!/^[a-z0-9]+$/.test(q)) return 0;
  const { py, ini } = item.keys;
  if (q === py || q === ini) return SCORE.pinyinExact;
  if (py.startsWith(q) || ini.startsWith(q)) return SCORE.pinyinPrefix;
  if (py.includes(q) || (q.length >= 2 && ini.includes(q))) return SCORE.pinyinSubstring;
  if (q.length >= 3 && (isSubsequence(q, py) || nearlyStarts(q, py) || names.some((n) => nearlyStarts(q, n)))) return SCORE.fuzzy;
  return 0;
}

/**
 * Ranks items for a query: by match tier, then shorter names (closer to what
 * was typed), then the caller's order (which puts features before streets).
 */
export function search<T extends Searchable>(items: readonly T[], query: string, limit = 12): SearchHit<T>[] {
  const q = normalise(query);
  const hits: Array<SearchHit<T> & { order: number }> = [];
  items.forEach((item, order) => {
    const score = scoreMatch(q, item);
    if (score > 0) hits.push({ item, score, order });
  });
  hits.sort((a, b) => b.score - a.score || a.item.name_zh.length - b.item.name_zh.length || a.order - b.order);
  return hits.slice(0, limit).map(({ item, score }) => ({ item, score }));
}
