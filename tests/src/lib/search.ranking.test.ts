import { describe, expect, it } from 'vitest';
import { type Searchable, scoreMatch, search } from '../../../src/lib/search';

/**
 * Entries are built inside each test with hand-written keys, so every expected
 * order below is decided by the literal data, and no cached form of an entry
 * outlives its test.
 */
const entry = (name_zh: string, name_en: string, py: string, ini: string, group?: number): Searchable => ({ name_zh, name_en, keys: { py, ini }, group });
const zongguanStation = () => entry('宗关站', 'Zongguan Station', 'zongguanzhan', 'zgz');
const zongguanStreet = () => entry('宗关街道', 'Zongguan Subdistrict', 'zongguanjiedao', 'zgjd');
const changfeng = () => entry('长丰大道', 'Changfeng Avenue', 'changfengdadao', 'cfdd');
const names = (list: Searchable[], q: string, limit?: number) => search(list, q, { limit }).map((h) => h.item.name_zh);

describe('scoreMatch gives each way of matching its own tier', () => {
  it('scores a name exactly, at its start, inside it', () => {
    expect(scoreMatch('长丰大道', changfeng())).toBe(100);
    expect(scoreMatch('长丰', changfeng())).toBe(80);
    expect(scoreMatch('大道', changfeng())).toBe(60);
    expect(scoreMatch('avenue', changfeng())).toBe(60);
  });

  it('scores pinyin or initials exactly, at their start, inside them', () => {
    expect(scoreMatch('changfengdadao', changfeng())).toBe(55);
    expect(scoreMatch('cfdd', changfeng())).toBe(55);
    expect(scoreMatch('chang', changfeng())).toBe(80); // the English name starts so too
    expect(scoreMatch('changfengd', changfeng())).toBe(45);
    // Initials at the start only: "cf" is nowhere in the pinyin and not at the end of the initials.
    expect(scoreMatch('cf', changfeng())).toBe(45);
    expect(scoreMatch('zhan', zongguanStation())).toBe(35);
    // Two initials in the middle: "gz" is in zgz but nowhere in zongguanzhan.
    expect(scoreMatch('gz', zongguanStation())).toBe(35);
  });

  it('scores an empty query as no match', () => {
    expect(scoreMatch('', changfeng())).toBe(0);
  });

  it('forgives letters of the pinyin typed in order with some left out', () => {
    // g, h, n appear in order in zongguanzhan, far from any start.
    expect(scoreMatch('ghn', zongguanStation())).toBe(15);
    expect(scoreMatch('hng', zongguanStation())).toBe(0);
  });

  it('forgives one slip in a query under seven letters and two from seven on', () => {
    expect(scoreMatch('xhangf', changfeng())).toBe(15);
    expect(scoreMatch('xhangx', changfeng())).toBe(0);
    expect(scoreMatch('xhangfx', changfeng())).toBe(15);
    expect(scoreMatch('xhangxxx', changfeng())).toBe(0);
  });

  it('forgives a slip against the pinyin alone and against a name alone', () => {
    // Near changfengdad, far from changfengavenue.
    expect(scoreMatch('chagnfengdad', changfeng())).toBe(15);
    // Near changfengavenue, far from the pinyin.
    expect(scoreMatch('changfengavneue', changfeng())).toBe(15);
  });

  it('forgives no slip in Chinese input, even with a stray letter at either end', () => {
    const gym = entry('武汉体育馆', 'Wuhan Gymnasium', 'wuhantiyuguan', 'whtyg');
    expect(scoreMatch('x武汉体育馆', gym)).toBe(0);
    expect(scoreMatch('武汉体育馆x', gym)).toBe(0);
    expect(scoreMatch('武汉体肓馆', gym)).toBe(0);
  });

  it('finds a short form by its characters and its own keys', () => {
    const school = { ...entry('武汉四中', 'Wuhan No. 4 Middle School', 'wuhansizhong', 'whsz'), aliases: [{ name_zh: '博学中学', keys: { py: 'boxuezhongxue', ini: 'bxzx' } }] };
    expect(scoreMatch('博学中学', school)).toBe(100);
    expect(scoreMatch('boxuezhongxue', school)).toBe(55);
    expect(scoreMatch('bxzx', school)).toBe(55);
  });

  it('finds a short form without keys by its characters only, never by letters', () => {
    const school = { ...entry('武汉四中', '', 'wuhansizhong', 'whsz'), aliases: [{ name_zh: '博学' }] };
    expect(scoreMatch('博学', school)).toBe(100);
    for (const q of ['e', 'er', 'here', 'x']) expect(scoreMatch(q, school)).toBe(0);
  });
});

describe('search orders matches tier by tier', () => {
  it('puts a name starting with the query before one containing it, though longer and listed later', () => {
    const list = [entry('老宗关', 'Old Zongguan', 'laozongguan', 'lzg'), entry('宗关站街', 'Zongguan Station Street', 'zongguanzhanjie', 'zgzj')];
    expect(names(list, '宗关')).toEqual(['宗关站街', '老宗关']);
  });

  it('puts an exact name before a name starting with the query, though longer and listed later', () => {
    const works = entry('宗关水厂旧址', 'Zongguan', 'zongguanshuichangjiuzhi', 'zgscjz');
    expect(names([zongguanStation(), works], 'zongguan')).toEqual(['宗关水厂旧址', '宗关站']);
  });

  it('puts initials at the start before initials in the middle', () => {
    const list = [entry('新长丰', 'Xinchangfeng', 'xinchangfeng', 'xcf'), entry('长丰路', 'Changfeng Road', 'changfenglu', 'cfl')];
    expect(names(list, 'cf')).toEqual(['长丰路', '新长丰']);
  });

  it('puts pinyin inside a name before letters merely found in order, though listed later', () => {
    // jiedao is inside zongguanjiedao; j, i, e, d, a, o only appear in order in jiefangdadao.
    const jiefang = entry('解放大道', 'Jiefang Avenue', 'jiefangdadao', 'jfdd');
    expect(names([jiefang, zongguanStreet()], 'jiedao')).toEqual(['宗关街道', '解放大道']);
  });

  it('puts the shorter of two equally good names first, though listed later', () => {
    expect(names([zongguanStreet(), zongguanStation()], '宗关')).toEqual(['宗关站', '宗关街道']);
    expect(names([zongguanStreet(), zongguanStation()], 'zg')).toEqual(['宗关站', '宗关街道']);
  });

  it('keeps the caller order between matches alike in every tier', () => {
    const road = () => entry('宗关路', 'Zongguan Road', 'zongguanlu', 'zgl');
    expect(names([road(), zongguanStation()], '宗关')).toEqual(['宗关路', '宗关站']);
    expect(names([zongguanStation(), road()], '宗关')).toEqual(['宗关站', '宗关路']);
  });
});

describe('search limits what it returns', () => {
  const many = () => Array.from({ length: 15 }, (_, i) => entry(`宗关${i + 10}号`, `Zongguan ${i + 10}`, `zongguan${i + 10}hao`, `zg${i + 10}h`));

  it('returns twelve matches when no limit is given', () => {
    const found = names(many(), '宗关');
    expect(found).toHaveLength(12);
    expect(found[0]).toBe('宗关10号');
    expect(found[11]).toBe('宗关21号');
  });

  it('returns at most the limit asked for, best first', () => {
    expect(names(many(), '宗关', 2)).toEqual(['宗关10号', '宗关11号']);
    expect(names(many(), '宗关', 20)).toHaveLength(15);
  });

  it('returns nothing for an empty query, one of only spaces, or one of only invisible characters', () => {
    for (const q of ['', '   ', '\u3000', '\u200b\u200d']) expect(search([zongguanStation()], q)).toEqual([]);
  });

  it('reads full-width letters, ideographic spaces and mixed case as plain ones', () => {
    expect(names([zongguanStation(), changfeng()], 'ＺＯＮＧ\u3000guan')).toEqual(['宗关站']);
    expect(names([zongguanStation(), changfeng()], 'ChangFeng')).toEqual(['长丰大道']);
  });
});
