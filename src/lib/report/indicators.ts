import type { Category, Year } from '../../schema/constants';
import type { Indicator } from '../../schema/records';

/** At least (增长5%以上, 迈上千亿元台阶), at most (控制在3.5%以内), or as stated. */
export type Bound = 'at-least' | 'at-most' | null;

/** A figure as the report writes it, read for charting. */
export interface Figure {
  /** `rate`: a change in per cent (增长4.3%); `amount`: a quantity or share; `words`: no number to chart. */
  kind: 'amount' | 'rate' | 'words';
  value: number | null;
  unit: string;
  bound: Bound;
  /** The number was read from words (千亿元 → 1000 亿元), not written as digits. */
  fromWords: boolean;
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const PLACES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const WORD_AMOUNT = /([一二两三四五六七八九]?)([十百千])(亿元|万元|万人|万平方米|亿)/;
const AT_LEAST = /以上|超过|突破|不低于|迈上|台阶/;
const AT_MOST = /以内|以下|不超过|控制在/;
const RATE = /增长|下降|上调|下调|提高|降低|压减/;

/**
 * Reads an indicator's figure: its kind, bound, and a number where the
 * report gives one in digits or in simple words (千亿元台阶 → at least 1000 亿元).
 */
export function readFigure(ind: Pick<Indicator, 'value' | 'unit' | 'as_written'>): Figure {
  const w = ind.as_written;
  const bound: Bound = AT_MOST.test(w) ? 'at-most' : AT_LEAST.test(w) ? 'at-least' : null;
  if (ind.value !== null) {
    const kind = ind.unit === '%' && RATE.test(w) ? 'rate' : 'amount';
    return { kind, value: ind.value, unit: ind.unit, bound, fromWords: false };
  }
  const m = WORD_AMOUNT.exec(w);
  if (m) {
    // Stryker disable next-line StringLiteral: every group of WORD_AMOUNT takes part in a match, so these defaults only satisfy the type checker
    const [, digit = '', place = '', unit = ''] = m;
    const value = (DIGITS[digit] ?? 1) * (PLACES[place] ?? 1);
    return { kind: 'amount', value, unit: unit === '亿' ? '亿元' : unit, bound: bound ?? 'at-least', fromWords: true };
  }
  return { kind: 'words', value: null, unit: ind.unit, bound, fromWords: false };
}

/** A 2022 result and the 2023 target that share its key. */
export interface IndicatorPair {
  key: string;
  kind: Indicator['kind'];
  label_zh: string;
  label_en: string;
  byYear: Record<Year, Indicator[]>;
}

/** Groups indicators by key, in the order the data first names each key. */
export function pairIndicators(list: readonly Indicator[]): IndicatorPair[] {
  const pairs = new Map<string, IndicatorPair>();
  for (const ind of list) {
    let pair = pairs.get(ind.key);
    if (!pair) {
      pair = { key: ind.key, kind: ind.kind, label_zh: ind.label_zh, label_en: ind.label_en, byYear: { 2022: [], 2023: [] } };
      pairs.set(ind.key, pair);
    }
    pair.byYear[ind.year].push(ind);
  }
  return [...pairs.values()];
}

/** Result against target, where both are numbers of one kind and unit. */
export interface Comparison {
  from: number;
  to: number;
  unit: string;
  /** Target minus result. */
  change: number;
  /** Change as a share of the result, or null when the result is 0. */
  ratio: number | null;
  targetBound: Bound;
  targetFromWords: boolean;
}

/**
 * Whether two figures measure the same thing, so a change between them
 * means something: the same label (149 high-tech firms *applied for* in
 * 2022 is not the 80 *to add* in 2023), kind and unit.
 */
export function sameMeasure(a: Pick<Indicator, 'label_zh'>, b: Pick<Indicator, 'label_zh'>, fa: Figure, fb: Figure): boolean {
  return a.label_zh === b.label_zh && fa.kind === fb.kind && fa.unit === fb.unit;
}

/** Compares a pair's first 2022 figure with its first 2023 figure; null unless both are numbers of the same measure. */
export function compare(pair: IndicatorPair): Comparison | null {
  const [a, b] = [pair.byYear[2022][0], pair.byYear[2023][0]];
  if (!a || !b) return null;
  const fa = readFigure(a);
  const fb = readFigure(b);
  if (fa.value === null || fb.value === null || !sameMeasure(a, b, fa, fb)) return null;
  const change = fb.value - fa.value;
  return { from: fa.value, to: fb.value, unit: fa.unit, change, ratio: fa.value === 0 ? null : change / fa.value, targetBound: fb.bound, targetFromWords: fb.fromWords };
}

/** What this counts of a feature on the map. */
export interface LocatableFeature {
  id: string;
  category: Category;
  mentions: readonly { year: Year; quote: string }[];
}

/**
 * The features on the map that a count covers: those the indicator names in
 * `feature_ids`, and, when it names a category, those of that category whose
 * mention in the same year overlaps its quote. Null when the indicator is
 * not about named places.
 */
export function locatedFor(ind: Indicator, features: readonly LocatableFeature[]): LocatableFeature[] | null {
  if (!ind.feature_ids && !ind.category) return null;
  // Stryker disable next-line ArrayDeclaration: a filler id ("Stryker was here") is no valid feature id, so it names nothing
  const named = new Set(ind.feature_ids ?? []);
  const sameClause = (q: string) => q.includes(ind.quote) || ind.quote.includes(q);
  return features.filter(
    (f) => named.has(f.id) || (ind.category === f.category && f.mentions.some((m) => m.year === ind.year && sameClause(m.quote))),
  );
}

/** One figure and its growth rate, or a result and its target, under one heading. */
export interface IndicatorTopic {
  key: string;
  kind: Indicator['kind'];
  label_zh: string;
  label_en: string;
  pairs: IndicatorPair[];
  /** The indicators of each year across the topic's pairs. */
  byYear: Record<Year, Indicator[]>;
}

/**
 * Puts an amount and its growth rate (keys `x` and `x-growth`) under one
 * topic, so 社会消费品零售总额 682亿元 (2022) stands beside 增长6%以上 (2023).
 */
export function topicsOf(pairs: readonly IndicatorPair[]): IndicatorTopic[] {
  const topics = new Map<string, IndicatorTopic>();
  for (const p of pairs) {
    const stem = p.key.replace(/-growth$/, '');
    let t = topics.get(stem);
    if (!t) {
      t = { key: stem, kind: p.kind, label_zh: p.label_zh, label_en: p.label_en, pairs: [], byYear: { 2022: [], 2023: [] } };
      topics.set(stem, t);
    }
    t.pairs.push(p);
    t.byYear[2022].push(...p.byYear[2022]);
    t.byYear[2023].push(...p.byYear[2023]);
  }
  return [...topics.values()];
}

/** Words that count things one by one: only these can be set against a number of places on the map. */
export const COUNT_UNITS: readonly string[] = ['个', '条', '栋', '所', '处', '座', '家', '宗', '片'];
