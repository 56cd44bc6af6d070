import { describe, expect, it } from 'vitest';
import { findMatches, fold, foldChar } from '../../../../src/lib/report/find';
import type { Block } from '../../../../src/lib/report/structure';

const para = (start: number, end: number): Block => ({ kind: 'paragraph', id: `p-${start}`, section: [], start, end, lead: null });
const texts = (text: string, hits: { start: number; end: number }[]) => hits.map((h) => [h.start, text.slice(h.start, h.end)]);

describe('foldChar', () => {
  it('folds the whole full-width ASCII block, from ！ to ～, and nothing either side of it', () => {
    expect(foldChar('！')).toBe('!');
    expect(foldChar('～')).toBe('~');
    expect(foldChar('Ｋ')).toBe('k');
    expect(foldChar('，')).toBe(',');
    expect(foldChar('\uff00')).toBe('\uff00');
    expect(foldChar('｟')).toBe('｟');
  });

  it('folds the ideographic full stop and space, lowers case, and leaves Chinese alone', () => {
    expect(foldChar('。')).toBe('.');
    expect(foldChar('\u3000')).toBe(' ');
    expect(foldChar('K')).toBe('k');
    expect(foldChar('汉')).toBe('汉');
  });

  it('keeps a capital whose lower case is two characters, so offsets stay put', () => {
    expect(foldChar('İ')).toBe('İ');
    expect(fold('İK11')).toBe('İk11');
  });
});

describe('fold', () => {
  it('folds every character and keeps the length', () => {
    expect(fold('ＫＩＩ，汉正街。')).toBe('kii,汉正街.');
    expect(fold('')).toBe('');
  });
});

describe('findMatches', () => {
  const text = '汉正街改造。汉正街\n外汉正街';

  it('finds each occurrence inside the blocks, and none across a block edge', () => {
    const blocks = [para(0, 6), para(6, 9), para(10, 14)];
    expect(texts(text, findMatches(text, blocks, '汉正街'))).toEqual([
      [0, '汉正街'],
      [6, '汉正街'],
      [11, '汉正街'],
    ]);
    expect(findMatches(text, blocks, '。汉')).toEqual([]);
    expect(findMatches(text, [para(10, 14)], '汉正街')).toEqual([{ start: 11, end: 14 }]);
  });

  it('trims the query and folds it like the text', () => {
    expect(texts('建设，实现K11', findMatches('建设，实现K11', [para(0, 8)], '  设,实现k1 '))).toEqual([[1, '设，实现K1']]);
  });

  it('counts matches that do not overlap', () => {
    expect(texts('aaaaa', findMatches('aaaaa', [para(0, 5)], 'aa'))).toEqual([
      [0, 'aa'],
      [2, 'aa'],
    ]);
  });

  it('stops at the limit, 2,000 unless told', () => {
    const many = '街'.repeat(2001);
    expect(findMatches(many, [para(0, 2001)], '街')).toHaveLength(2000);
    expect(findMatches(text, [para(0, 6), para(6, 9)], '汉正街', 1)).toEqual([{ start: 0, end: 3 }]);
  });

  it('finds nothing for an empty or blank query', () => {
    expect(findMatches(text, [para(0, 14)], '')).toEqual([]);
    expect(findMatches(text, [para(0, 14)], ' \u3000 ')).toEqual([]);
  });
});
