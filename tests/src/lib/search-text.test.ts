import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedEditDistance, makeFold, normaliseName, normaliseQuery } from '../../../src/lib/search-text';

/** Optimal string alignment distance with the whole matrix: the reference for the bounded one. */
function fullDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => d[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = v;
    }
  }
  return at(a.length, b.length);
}
/** Strings over three letters, so that swaps, repeats and shared letters are common. */
const abc = (maxLength: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength });

describe('normaliseName', () => {
  it('drops spaces, hyphens, dots, brackets and middle dots, and lowers the case', () => {
    expect(normaliseName('Gutian 2nd Road')).toBe('gutian2ndroad');
    expect(normaliseName("Han-zheng_Jie's (East)")).toBe('hanzhengjieseast');
    expect(normaliseName('武汉四中·博学中学')).toBe('武汉四中博学中学');
    expect(normaliseName('汉正街（东片）')).toBe('汉正街东片');
  });

  it('reads full-width forms as plain ones', () => {
    expect(normaliseName('ＺＯＮＧ\u3000１号')).toBe('zong1号');
  });
});

describe('makeFold', () => {
  it('maps each character of a pair to its partner and leaves the rest', () => {
    const fold = makeFold('漢汉體体');
    expect(fold('漢口體育館')).toBe('汉口体育館');
  });

  it('ignores an unpaired last character and folds nothing with no pairs', () => {
    expect(makeFold('漢汉館')('館漢')).toBe('館汉');
    expect(makeFold('')('漢館')).toBe('漢館');
  });
});

describe('normaliseQuery', () => {
  it('reads only the first 1,024 characters of the input', () => {
    const hidden = '\u200b'.repeat(1023);
    expect(normaliseQuery(`${hidden}ab`)).toBe('a');
    expect(normaliseQuery(`${hidden}a`)).toBe('a');
  });

  it('keeps 64 characters after normalising and folds traditional characters', () => {
    expect(normaliseQuery('Ｘ'.repeat(70))).toBe('x'.repeat(64));
    expect(normaliseQuery(' 漢口 ', makeFold('漢汉'))).toBe('汉口');
  });
});

describe('boundedEditDistance', () => {
  it('counts an adjacent swap as one edit, not two', () => {
    expect(boundedEditDistance('ab', 'ba', 2)).toBe(1);
    expect(boundedEditDistance('abcd', 'acbd', 2)).toBe(1);
    expect(boundedEditDistance('abcd', 'badc', 3)).toBe(2);
    // Optimal string alignment never edits a swapped pair again.
    expect(boundedEditDistance('ca', 'abc', 3)).toBe(3);
  });

  it('counts insertions, deletions and substitutions', () => {
    expect(boundedEditDistance('abc', 'abc', 1)).toBe(0);
    expect(boundedEditDistance('abc', 'axc', 1)).toBe(1);
    expect(boundedEditDistance('abc', 'ac', 1)).toBe(1);
    expect(boundedEditDistance('ac', 'abc', 1)).toBe(1);
    expect(boundedEditDistance('', 'ab', 2)).toBe(2);
  });

  it('answers max + 1 as soon as the distance must exceed max', () => {
    expect(boundedEditDistance('abc', 'xyz', 2)).toBe(3);
    expect(boundedEditDistance('a', 'abcd', 2)).toBe(3);
    expect(boundedEditDistance('abcdef', 'ghijkl', 1)).toBe(2);
  });

  it('with prefix, measures to the nearest start one shorter, as long, or one longer than the query', () => {
    expect(boundedEditDistance('zongguan', 'zongguan', 1, undefined, true)).toBe(0);
    expect(boundedEditDistance('zongguan', 'zongguanzhan', 1, undefined, true)).toBe(0);
    expect(boundedEditDistance('zonguan', 'zongguanzhan', 1, undefined, true)).toBe(1);
    expect(boundedEditDistance('zongguann', 'zongguanzhan', 1, undefined, true)).toBe(1);
    expect(boundedEditDistance('abc', 'ab', 1, undefined, true)).toBe(1);
    expect(boundedEditDistance('ab', 'abc', 0, undefined, true)).toBe(0);
    expect(boundedEditDistance('abcd', 'ab', 1, undefined, true)).toBe(2);
    expect(boundedEditDistance('xbc', 'abcdef', 1, undefined, true)).toBe(1);
  });

  it('agrees with the full distance over a small alphabet whenever that is within the bound', () => {
    fc.assert(
      fc.property(abc(8), abc(8), fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const full = fullDistance(a, b);
        expect(boundedEditDistance(a, b, max)).toBe(full <= max ? full : max + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('with prefix, agrees with the nearest of the three starts over a small alphabet', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 8 }), abc(10), fc.integer({ min: 1, max: 2 }), (q, key, max) => {
        const lengths = [q.length - 1, q.length, q.length + 1].filter((n) => n > 0 && n <= key.length);
        const best = Math.min(...lengths.map((n) => fullDistance(q, key.slice(0, n))), max + 1);
        expect(boundedEditDistance(q, key, max, undefined, true)).toBe(best <= max ? best : max + 1);
      }),
      { numRuns: 300 },
    );
  });
});
