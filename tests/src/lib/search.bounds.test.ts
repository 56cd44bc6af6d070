import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchKeys } from '../../../scripts/lib/search-keys';
import { MAX_FUZZY, type Searchable, search } from '../../../src/lib/search';
import { boundedEditDistance, MAX_QUERY, type Meter, normaliseQuery } from '../../../src/lib/search-text';

const entry = (name_zh: string, name_en: string): Searchable => ({ name_zh, name_en, keys: searchKeys(name_zh) });
const items = [entry('宗关站', 'Zongguan Station'), entry('古田二路', 'Gutian 2nd Road'), entry('汉正街东片扩大片', 'Hanzhengjie East Extension'), entry('长丰大道', 'Changfeng Avenue')];
/** A name whose pinyin is long, where an unbounded edit distance would cost the most. */
const long = entry('汉口中华全国文艺界抗敌协会旧址纪念馆', 'Former Site of the All-China Anti-Japanese Federation of Writers and Artists');

/** Optimal string alignment distance with the whole matrix: the reference the bounded one must agree with. */
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

describe('search answers any input in bounded work', () => {
  it('cuts a 100,000-character paste to the query cap before matching', () => {
    expect(Array.from(normaliseQuery('a'.repeat(100_000)))).toHaveLength(MAX_QUERY);
    expect(Array.from(normaliseQuery('漢'.repeat(100_000)))).toHaveLength(MAX_QUERY);
    // NFKC grows "ﷺ" eighteen-fold; the cap still holds after normalising.
    expect(Array.from(normaliseQuery('ﷺ'.repeat(100_000)))).toHaveLength(MAX_QUERY);
  });

  it('computes no edit distance at all for a pasted page', () => {
    const meter: Meter = { cells: 0 };
    expect(search([...items, long], 'zongguan'.repeat(12_500), { meter })).toEqual([]);
    expect(meter.cells).toBe(0);
  });

  it('keeps fuzzy work within the band: at most length × 5 cells per key', () => {
    const meter: Meter = { cells: 0 };
    const q = 'qxzqxzqxzqxzqxzqxzqxzqxz'.slice(0, MAX_FUZZY);
    search([long], q, { meter });
    const keysPerItem = 3; // pinyin, Chinese name, English name
    expect(meter.cells).toBeGreaterThan(0);
    expect(meter.cells).toBeLessThanOrEqual(keysPerItem * MAX_FUZZY * 5);
  });

  it('agrees with the full edit distance whenever that is within the bound', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const full = fullDistance(a, b);
        const bounded = boundedEditDistance(a, b, max);
        expect(bounded).toBe(full <= max ? full : max + 1);
      }),
    );
  });

  it('measures a prefix as the nearest of the three prefixes around the query length', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ maxLength: 14 }), fc.integer({ min: 1, max: 2 }), (q, key, max) => {
        const lengths = [q.length - 1, q.length, q.length + 1].filter((n) => n > 0 && n <= key.length);
        const best = Math.min(...lengths.map((n) => fullDistance(q, key.slice(0, n))));
        expect(boundedEditDistance(q, key, max, undefined, true) <= max).toBe(best <= max);
      }),
    );
  });

  it('answers hostile strings without throwing: lone surrogates, bidi overrides, stacked marks, controls', () => {
    const hostile = ['\ud800\udc00\ud800', '\u202e宗关\u202c', `a${'\u0301'.repeat(10_000)}`, '\u0000\u0007%00', '👨‍👩‍👧‍👦'.repeat(5_000), '<script>alert(1)</script>'];
    for (const q of hostile) expect(() => search(items, q)).not.toThrow();
    expect(search(items, '\u202e宗关\u202c').map((h) => h.item.name_zh)).toEqual(['宗关站']);
  });
});

describe('search normalises before matching', () => {
  const names = (q: string) => search(items, q).map((h) => h.item.name_zh);

  it('reads full-width letters and compatibility forms as plain ones (NFKC)', () => {
    expect(names('ｚｏｎｇｇｕａｎ')).toEqual(['宗关站']);
    expect(names('ＧＵＴＩＡＮ')).toEqual(['古田二路']);
  });

  it('ignores invisible characters: zero-width spaces and joiners, word joiners, byte-order marks, soft hyphens', () => {
    expect(names('宗\u200b关\u2060站')).toEqual(['宗关站']);
    expect(names('\ufeff宗\u200d关')).toEqual(['宗关站']);
    expect(names('zong\u00adguan')).toEqual(['宗关站']);
  });
});
