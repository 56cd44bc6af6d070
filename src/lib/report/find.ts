import type { Block, Range } from './structure';

/**
 * Folds one character for finding: full-width ASCII forms (,:;!?() and
 * letters) and the ideographic full stop to their ASCII twins, and case.
 * One character in, one out, so offsets in the folded text are offsets in the original.
 */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  if (ch === '。') return '.';
  if (ch === '\u3000') return ' ';
  // A few capitals lower to two characters (İ → i̇); those stay, or every later offset would shift.
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
}

/** `foldChar` over a string; the result has the same length. */
export function fold(s: string): string {
  let out = '';
  for (let k = 0; k < s.length; k += 1) out += foldChar(s[k] as string);
  return out;
}

/** Where the query stands in the blocks the reader shows, in order; a match never spans two blocks. */
export function findMatches(text: string, blocks: readonly Block[], query: string, limit = 2000): Range[] {
  const q = fold(query.trim());
  if (!q) return [];
  const folded = fold(text);
  const out: Range[] = [];
  for (const b of blocks) {
    const body = folded.slice(b.start, b.end);
    for (let k = body.indexOf(q); k !== -1 && out.length < limit; k = body.indexOf(q, k + q.length)) {
      out.push({ start: b.start + k, end: b.start + k + q.length });
    }
  }
  return out;
}
