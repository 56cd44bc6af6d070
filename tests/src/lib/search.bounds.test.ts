import { describe, expect, it } from 'vitest';
import { searchKeys } from '../../../scripts/lib/search-keys';
import { MAX_FUZZY, type Searchable, search } from '../../../src/lib/search';
import { MAX_QUERY, type Meter, normaliseQuery } from '../../../src/lib/search-text';

const entry = (name_zh: string, name_en: string): Searchable => ({ name_zh, name_en, keys: searchKeys(name_zh) });
const items = [entry('宗关站', 'Zongguan Station'), entry('古田二路', 'Gutian 2nd Road'), entry('汉正街东片扩大片', 'Hanzhengjie East Extension'), entry('长丰大道', 'Changfeng Avenue')];
/** A name whose pinyin is long, where an unbounded edit distance would cost the most. */
const long = entry('汉口中华全国文艺界抗敌协会旧址纪念馆', 'Former Site of the All-China Anti-Japanese Federation of Writers and Artists');

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
