/** At most this many characters of a query take part in matching; no name is longer. */
export const MAX_QUERY = 64;
/** Input read before normalising: NFKC can grow a character up to 18-fold, so this keeps the work bounded too. */
const RAW_LIMIT = MAX_QUERY * 16;

/**
 * Characters that show nothing but change a string: Unicode's default-ignorables
 * (zero-width space and joiners, bidi marks, soft hyphen, BOM, variation
 * selectors, Hangul fillers), other format marks, controls, lone surrogates
 * and private use.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}\p{Cs}\p{Co}]/gu;
/** Separators people type or leave out at will: "Gutian 2nd Road" = "gutian2ndroad". */
const SEPARATORS = /[\s\-_'’·・,.()（）]/g;

/** Maps each character through a table (traditional → simplified); others pass through. */
export type Fold = (text: string) => string;

/** A fold from "漢汉體体…" pairs, as the catalogue carries them. */
export function makeFold(pairs: string): Fold {
  const chars = [...pairs];
  const table = new Map<string, string>();
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: a lone last character or one past the end maps to undefined, which passes the character through
  for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i] as string, chars[i + 1] as string);
  // Stryker disable next-line ConditionalExpression: a shortcut; an empty table passes every character through
  return (text) => (table.size === 0 ? text : Array.from(text, (ch) => table.get(ch) ?? ch).join(''));
}

/** A name as matching sees it: NFKC, nothing invisible, lower case, no separators. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(INVISIBLE, '').toLowerCase().replace(SEPARATORS, '');
}

/**
 * A query as matching sees it: like a name, traditional characters folded to
 * simplified, and never more than MAX_QUERY characters however long the
 * input (a paste of 100,000 characters costs what 1,024 do).
 */
export function normaliseQuery(query: string, fold?: Fold): string {
  const text = normaliseName(query.slice(0, RAW_LIMIT));
  return Array.from(fold ? fold(text) : text)
    .slice(0, MAX_QUERY)
    .join('');
}

/** Counts the work a search does, so a test can bound it without a clock. */
export interface Meter {
  /** Edit-distance cells computed. */
  cells: number;
}

/**
 * Edit distance counting an adjacent swap as one edit (optimal string
 * alignment), computed only within `max` of the diagonal and abandoned as
 * soon as it must exceed `max`: then it returns max + 1. With `prefix`, the
 * distance from `a` to the nearest of b's prefixes one character shorter,
 * as long, or one longer than `a`. The work is at most
 * length × (2·max + 1) cells, in three reused rows.
 */
export function boundedEditDistance(a: string, b: string, max: number, meter?: Meter, prefix = false): number {
  const over = max + 1;
  // Stryker disable next-line MethodExpression: columns past a.length + 1 only cost cells; the answer reads none of them
  const target = prefix ? b.slice(0, a.length + 1) : b;
  const m = target.length;
  // Stryker disable next-line ConditionalExpression,ArithmeticOperator: a shortcut; the band then never reaches prev[m], which stays over
  if (!prefix && Math.abs(a.length - m) > max) return over;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; with no prefix within one of a's length the answer is over anyway
  if (prefix && a.length - m > max + 1) return over;
  let before = new Array<number>(m + 1).fill(over);
  // Stryker disable next-line ConditionalExpression: the band reads the first row no further than max + 1, whose value is over either way
  let prev = Array.from({ length: m + 1 }, (_, j) => (j <= max ? j : over));
  let row = new Array<number>(m + 1);
  for (let i = 1; i <= a.length; i++) {
    row.fill(over);
    // Stryker disable next-line ConditionalExpression: past max any value of the first column is over once capped
    row[0] = i <= max ? i : over;
    let best = row[0];
    // Stryker disable next-line MethodExpression: cells past m feed no cell at or before m, and only cost work
    for (let j = Math.max(1, i - max); j <= Math.min(m, i + max); j++) {
      if (meter) meter.cells++;
      const cost = a[i - 1] === target[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      // A swap of the last two characters; before either string's start a read is undefined, which equals no character.
      if (a[i - 1] === target[j - 2] && a[i - 2] === target[j - 1]) v = Math.min(v, (before[j - 2] as number) + 1);
      const cell = Math.min(v, over);
      row[j] = cell;
      best = Math.min(best, cell);
    }
    // Stryker disable next-line ConditionalExpression: leaving early only saves work; every later cell stays over
    if (best > max) return over;
    [before, prev, row] = [prev, row, before];
  }
  if (!prefix) return prev[m] as number;
  const n = a.length;
  return Math.min(...[n - 1, n, n + 1].filter((j) => j >= 1 && j <= m).map((j) => prev[j] as number), over);
}
