import { type Block, blockAt, type Range, type ReportDoc, sentences } from './structure';

/** What the linker needs of a feature: its name and the quotes of its mentions. */
export interface LinkableFeature {
  id: string;
  name_zh: string;
  mentions: readonly { quote: string; section: readonly string[] }[];
}

/** What it needs of an unmapped record. */
export interface MarkableUnmapped {
  id: string;
  name_zh: string;
  quote: string;
  section: readonly string[];
}

/**
 * A piece of text that stands for features (a link; several ids when the
 * text names them together and no single name can be told apart) or for
 * unmapped items (a mark with the reason).
 */
export interface Anchor extends Range {
  kind: 'feature' | 'unmapped';
  ids: string[];
}

export interface Linked {
  /** Sorted and non-overlapping, each inside one block. */
  anchors: Anchor[];
  /** Each feature's sentences in the text, sorted; the reader highlights them when it is selected. */
  sentencesOf: ReadonlyMap<string, Range[]>;
  /** Each unmapped item's quote occurrences. */
  unmappedAt: ReadonlyMap<string, Range[]>;
  /** Quotes not found in any block: data that the validator should have caught. */
  missing: { id: string; quote: string }[];
}

/** Shortest prefix of a name that still says which place it is. */
const MIN_PREFIX = 2;
/** Shortest shared run that can stand for a name not written in full (区体育中心 for 硚口区体育中心). */
const MIN_SHARED = 3;

/**
 * Where a name stands in a quote, relative to the quote: the whole name, else
 * its longest prefix (恒隆 for 恒隆广场, 顺道街 for 顺道街变电站), else the
 * longest run the two share; null when none is long enough.
 */
export function nameInQuote(name: string, quote: string): Range | null {
  const at = (s: string) => {
    const k = quote.indexOf(s);
    return k === -1 ? null : { start: k, end: k + s.length };
  };
  for (let n = name.length; n >= MIN_PREFIX; n -= 1) {
    const hit = at(name.slice(0, n));
    if (hit) return hit;
  }
  for (let n = name.length - 1; n >= MIN_SHARED; n -= 1) {
    for (let k = 1; k + n <= name.length; k += 1) {
      const hit = at(name.slice(k, k + n));
      if (hit) return hit;
    }
  }
  return null;
}

function allIndexes(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let k = text.indexOf(needle); k !== -1; k = text.indexOf(needle, k + 1)) out.push(k);
  return out;
}

function sharedLead(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * The occurrences of a quote that belong to a mention: those in the blocks
 * whose heading path best agrees with the mention's section (so a clause the
 * report writes in both years links once per year); all of them when no
 * block's path agrees at all.
 */
export function quoteOccurrences(doc: ReportDoc, quote: string, section: readonly string[]): { range: Range; block: Block }[] {
  const found = allIndexes(doc.text, quote)
    .map((k) => ({ range: { start: k, end: k + quote.length }, block: blockAt(doc, k) }))
    .filter((o): o is { range: Range; block: Block } => o.block !== undefined && o.range.end <= o.block.end);
  const score = found.map((o) => sharedLead(o.block.section, section));
  const best = Math.max(0, ...score);
  return best === 0 ? found : found.filter((_, i) => score[i] === best);
}

interface Claim extends Range {
  kind: Anchor['kind'];
  id: string;
  /** Higher wins where claims overlap: a named feature, a whole feature quote, a named unmapped item, a whole unmapped quote. */
  rank: number;
}

/**
 * Turns overlapping claims into non-overlapping anchors: a higher rank keeps
 * its text; claims of one rank split at each other's edges, and a piece that
 * several claim carries all their ids.
 */
export function resolveClaims(claims: readonly Claim[]): Anchor[] {
  const taken: Anchor[] = [];
  const ranks = [...new Set(claims.map((c) => c.rank))].sort((a, b) => b - a);
  for (const rank of ranks) {
    const level = claims.filter((c) => c.rank === rank);
    const edges = [...new Set([...level, ...taken].flatMap((c) => [c.start, c.end]))].sort((a, b) => a - b);
    const pieces: Anchor[] = [];
    for (let e = 0; e + 1 < edges.length; e += 1) {
      const start = edges[e] as number;
      const end = edges[e + 1] as number;
      if (taken.some((t) => t.start < end && start < t.end)) continue;
      const over = level.filter((c) => c.start <= start && end <= c.end);
      const first = over[0];
      if (!first) continue;
      const ids = [...new Set(over.map((c) => c.id))].sort();
      const prev = pieces[pieces.length - 1];
      if (prev && prev.end === start && prev.kind === first.kind && prev.ids.join() === ids.join()) prev.end = end;
      else pieces.push({ start, end, kind: first.kind, ids });
    }
    taken.push(...pieces);
  }
  return taken.sort((a, b) => a.start - b.start);
}

function sentencesCovering(doc: ReportDoc, block: Block, r: Range): Range[] {
  return sentences(doc.text, block).filter((s) => s.start < r.end && r.start < s.end);
}

function addRanges(map: Map<string, Range[]>, id: string, ranges: readonly Range[]) {
  const list = map.get(id) ?? [];
  for (const r of ranges) if (!list.some((x) => x.start === r.start && x.end === r.end)) list.push(r);
  list.sort((a, b) => a.start - b.start);
  map.set(id, list);
}

/**
 * Links the report to the map. For each quote occurrence of each mention,
 * the feature's name within the quote becomes a link to it; where the quote
 * does not write the name, the whole quote does (and when several features
 * share that quote, the link offers a choice). Unmapped items are marked the
 * same way, below any link.
 */
export function linkMentions(doc: ReportDoc, features: readonly LinkableFeature[], unmapped: readonly MarkableUnmapped[] = []): Linked {
  const claims: Claim[] = [];
  const sentencesOf = new Map<string, Range[]>();
  const unmappedAt = new Map<string, Range[]>();
  const missing: Linked['missing'] = [];
  const claim = (kind: Anchor['kind'], id: string, name: string, quote: string, section: readonly string[], rankBase: number) => {
    const hits = quoteOccurrences(doc, quote, section);
    if (hits.length === 0) missing.push({ id, quote });
    const named = nameInQuote(name, quote);
    for (const { range, block } of hits) {
      const r = named ? { start: range.start + named.start, end: range.start + named.end } : range;
      claims.push({ ...r, kind, id, rank: rankBase + (named ? 1 : 0) });
      if (kind === 'feature') addRanges(sentencesOf, id, sentencesCovering(doc, block, range));
      else addRanges(unmappedAt, id, [range]);
    }
  };
  for (const f of features) for (const m of f.mentions) claim('feature', f.id, f.name_zh, m.quote, m.section, 3);
  for (const u of unmapped) claim('unmapped', u.id, u.name_zh, u.quote, u.section, 1);
  return { anchors: resolveClaims(claims), sentencesOf, unmappedAt, missing };
}
