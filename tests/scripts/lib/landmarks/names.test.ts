import { describe, expect, it } from 'vitest';
import { landmarkNames } from '../../../../scripts/lib/landmarks/names';

/** An English label of `n` characters: words of five letters, then a tail of x's. */
const label = (words: number, tail: number) => `${'abcd '.repeat(words)}${'x'.repeat(tail)}`;

describe('landmarkNames', () => {
  it('gives our own Chinese name to an item whose Wikidata label is English only, and none to another', () => {
    expect(landmarkNames('Q1521208', 'Gezhouba International Plaza', 'Gezhouba International Plaza')).toEqual({
      name_zh: '葛洲坝国际广场',
      name_en: 'Gezhouba International Plaza',
      aliases: [],
    });
    expect(landmarkNames('Q1', 'Some Plaza', 'Some Plaza')).toBeUndefined();
  });

  it('writes brackets full width, drops a Category: prefix and an English label that is only the Q-id', () => {
    expect(landmarkNames('Q2', '汉口 (旧址)', 'Category:Hankou site')).toEqual({ name_zh: '汉口（旧址）', name_en: 'Hankou site', aliases: ['汉口'] });
    expect(landmarkNames('Q3', '宗关', 'Q3')?.name_en).toBe('');
  });

  it('keeps a name of exactly 80 characters and cuts a longer one at its last space past the middle', () => {
    const eighty = label(15, 5);
    expect(eighty).toHaveLength(80);
    expect(landmarkNames('Q4', '宗关', eighty)?.name_en).toBe(eighty);
    // 81 characters: the last space of the first 79 is at 74, past the middle.
    expect(landmarkNames('Q4', '宗关', label(15, 6))?.name_en).toBe(`${label(15, 0).trimEnd()}…`);
  });

  it('cuts a long name with no space past the middle at 79 characters', () => {
    const long = `abcd ${'x'.repeat(90)}`;
    expect(landmarkNames('Q5', '宗关', long)?.name_en).toBe(`${long.slice(0, 79)}…`);
  });
});
