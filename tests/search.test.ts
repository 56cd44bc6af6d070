import { describe, expect, it } from 'vitest';
import { SCORE, type Searchable, scoreMatch, search } from '../src/lib/search';
import { searchKeys } from '../scripts/lib/search-keys';

const entry = (name_zh: string, name_en: string): Searchable => ({ name_zh, name_en, keys: searchKeys(name_zh) });
const items = [entry('宗关站', 'Zongguan Station'), entry('宗关街道', 'Zongguan Subdistrict'), entry('古田二路', 'Gutian 2nd Road'), entry('汉正街东片扩大片', 'Hanzhengjie East Extension'), entry('长丰大道', 'Changfeng Avenue'), entry('宝丰路', 'Baofeng Road')];
const names = (q: string) => search(items, q).map((h) => h.item.name_zh);

describe('search keys', () => {
  it('builds full pinyin and initials from a Chinese name', () => {
    expect(searchKeys('宗关')).toEqual({ py: 'zongguan', ini: 'zg' });
    expect(searchKeys('长丰大道')).toEqual({ py: 'changfengdadao', ini: 'cfdd' });
    expect(searchKeys('65中北片').py).toBe('65zhongbeipian');
  });
});

describe('search', () => {
  it('finds a station by its Chinese name, exact before prefix', () => {
    expect(names('宗关站')[0]).toBe('宗关站');
    expect(names('宗关')).toEqual(['宗关站', '宗关街道']);
  });

  it('finds by full pinyin and by initials', () => {
    expect(names('zongguan')).toEqual(['宗关站', '宗关街道']);
    expect(names('zg')).toEqual(['宗关站', '宗关街道']);
    expect(names('gtel')).toEqual(['古田二路']);
  });

  it('finds by English name, ignoring case and spaces', () => {
    expect(names('changfeng avenue')).toEqual(['长丰大道']);
    expect(names('BAOFENG')).toEqual(['宝丰路']);
  });

  it('tolerates partial input inside a name', () => {
    expect(names('东片')).toEqual(['汉正街东片扩大片']);
  });

  it('forgives a slip in pinyin', () => {
    expect(names('zonggaun')).toEqual(['宗关站', '宗关街道']);
    expect(names('gutain')).toEqual(['古田二路']);
  });

  it('ranks exact over prefix over pinyin over fuzzy', () => {
    const cf = items[4] as Searchable;
    expect(scoreMatch('长丰大道', cf)).toBe(SCORE.exact);
    expect(scoreMatch('长丰', cf)).toBe(SCORE.prefix);
    expect(scoreMatch('changfengdadao', cf)).toBe(SCORE.pinyinExact);
    expect(scoreMatch('cfdd', cf)).toBe(SCORE.pinyinExact);
    expect(scoreMatch('changfengd', cf)).toBe(SCORE.pinyinPrefix);
    expect(scoreMatch('changfnegda', cf)).toBe(SCORE.fuzzy);
    expect(SCORE.exact).toBeGreaterThan(SCORE.prefix);
    expect(SCORE.prefix).toBeGreaterThan(SCORE.pinyinExact);
    expect(SCORE.pinyinPrefix).toBeGreaterThan(SCORE.fuzzy);
  });

  it('returns nothing for a query that matches nothing', () => {
    expect(search(items, 'xyzzy')).toEqual([]);
    expect(search(items, '   ')).toEqual([]);
  });
});
