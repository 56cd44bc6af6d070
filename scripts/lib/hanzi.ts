import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';

/** OpenCC's traditional → simplified converter, built on first use: its phrase trie takes a moment. */
let converter: ((text: string) => string) | undefined;

/** A name in simplified characters (phrases first, then characters, as OpenCC does). */
export function toSimplified(text: string): string {
  converter ??= ConverterFactory([[TSPhrases, TSCharacters]]);
  return converter(text);
}

/** Every traditional character OpenCC maps to a single simplified one, by simplified character. */
function traditionalBySimplified(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const entry of TSCharacters.split('|')) {
    const [trad, simp, ...others] = entry.split(' ');
    if (!trad || !simp || [...trad].length !== 1 || others.length > 0 || trad === simp) continue;
    out.set(simp, [...(out.get(simp) ?? []), trad]);
  }
  return out;
}

/**
 * The traditional → simplified pairs a search needs: only characters whose
 * simplified form occurs in one of the names, so the app carries a few
 * hundred pairs rather than a dictionary. Written as one string, each pair
 * two characters ("漢汉體体…"), sorted, so the catalogue stays deterministic.
 */
export function foldPairs(names: Iterable<string>): string {
  const bySimplified = traditionalBySimplified();
  const pairs = new Set<string>();
  for (const name of names) {
    for (const ch of name) for (const trad of bySimplified.get(ch) ?? []) pairs.add(`${trad}${ch}`);
  }
  return [...pairs].sort().join('');
}
