import { describe, expect, it } from 'vitest';
import { SCORE, SEARCH_GROUP, type Searchable, scoreMatch, search } from '../../../src/lib/search';
import { makeFold } from '../../../src/lib/search-text';
import { foldPairs } from '../../../scripts/lib/hanzi';
import { searchKeys } from '../../../scripts/lib/search-keys';

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

/** A landmark as the catalogue carries it: names, keys, short forms with their keys, and its group. */
const landmark = (name_zh: string, name_en: string, aliases: string[] = []): Searchable => ({
  ...entry(name_zh, name_en),
  aliases: aliases.map((a) => ({ name_zh: a, keys: searchKeys(a) })),
  group: SEARCH_GROUP.landmark,
});
const school = landmark('武汉四中·博学中学', 'Wuhan Fourth Middle School', ['武汉四中', '博学中学']);
const gym = landmark('武汉体育馆', 'Wuhan Gymnasium');
const sports = landmark('汉口体育中心', 'Hankou Cultural Sports Centre');
const landmarks = [...items, school, gym, sports];
const found = (q: string, fold?: (s: string) => string) => search(landmarks, q, { fold }).map((h) => h.item.name_zh);

describe('search finds landmarks', () => {
  it('by Chinese name', () => {
    expect(found('武汉体育馆')[0]).toBe('武汉体育馆');
    expect(found('体育馆')).toEqual(['武汉体育馆']);
  });

  it('by full pinyin and by initials', () => {
    expect(found('wuhantiyuguan')).toEqual(['武汉体育馆']);
    expect(found('whtyg')).toEqual(['武汉体育馆']);
    expect(found('hankoutiyu')).toEqual(['汉口体育中心']);
  });

  it('by English name', () => {
    expect(found('wuhan gymnasium')).toEqual(['武汉体育馆']);
    expect(found('Fourth Middle')).toEqual(['武汉四中·博学中学']);
  });

  it('by a short form the data gives, in characters, pinyin and initials, as an exact match', () => {
    expect(found('武汉四中')).toEqual(['武汉四中·博学中学']);
    expect(found('boxuezhongxue')).toEqual(['武汉四中·博学中学']);
    expect(found('bxzx')).toEqual(['武汉四中·博学中学']);
    expect(scoreMatch('武汉四中', school)).toBe(SCORE.exact);
  });

  it('by traditional characters, through the fold the catalogue carries', () => {
    const fold = makeFold(foldPairs(landmarks.map((l) => l.name_zh)));
    expect(found('漢口體育中心', fold)).toEqual(['汉口体育中心']);
    expect(found('武漢體育館', fold)).toEqual(['武汉体育馆']);
    expect(found('漢口體育中心')).toEqual([]);
  });
});

describe('search ranking', () => {
  const kinds = [
    { ...entry('宗关', 'Zongguan'), group: SEARCH_GROUP.subdistrict },
    { ...entry('宗关路', 'Zongguan Road'), group: SEARCH_GROUP.street },
    { ...entry('宗关', 'Zongguan'), group: SEARCH_GROUP.station },
    { ...entry('宗关水厂', 'Zongguan Waterworks'), group: SEARCH_GROUP.landmark },
    { ...entry('宗关片区更新', 'Zongguan renewal'), group: SEARCH_GROUP.feature },
  ];
  const groups = (q: string, list: Searchable[] = kinds) => search(list, q).map((h) => h.item.group);

  it('puts report places first, then landmarks, stations, streets, sub-districts, whatever the list order', () => {
    const order = [SEARCH_GROUP.feature, SEARCH_GROUP.landmark, SEARCH_GROUP.station, SEARCH_GROUP.street, SEARCH_GROUP.subdistrict];
    expect(groups('宗关')).toEqual(order);
    expect(groups('zongguan')).toEqual(order);
    expect(groups('宗关', [...kinds].reverse())).toEqual(order);
  });

  it('puts a loose match of a report place after a real match of a landmark', () => {
    const list = [{ ...entry('古田二路', 'Gutian 2nd Road'), group: SEARCH_GROUP.feature }, { ...entry('古田桥', 'Gutian Bridge'), group: SEARCH_GROUP.landmark }];
    expect(search(list, 'gutianq').map((h) => h.item.name_zh)).toEqual(['古田桥', '古田二路']);
  });
});
