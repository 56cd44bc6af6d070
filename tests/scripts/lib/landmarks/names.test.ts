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

  it('gives each of the six items Wikidata labels in English only a Chinese name of its own', () => {
    const qids = ['Q140986327', 'Q140986232', 'Q139760551', 'Q1521208', 'Q131056686', 'Q52852231'];
    const names = qids.map((q) => landmarkNames(q, 'English label', '')?.name_zh ?? '');
    for (const name of names) expect(name).toMatch(/^\p{Script=Han}/u);
    expect(new Set(names).size).toBe(6);
    expect(names[0]).toBe('武汉地铁12号线过汉江隧道');
  });

  it('writes half-width brackets full width with or without a space before them', () => {
    expect(landmarkNames('Q6', '汉口(旧址)', '')?.name_zh).toBe('汉口（旧址）');
  });

  it('trims the parts of a "·" name and drops an empty one', () => {
    expect(landmarkNames('Q7', '汉口 · 硚口', '')?.aliases).toEqual(['汉口', '硚口']);
    expect(landmarkNames('Q8', '·汉口', '')?.aliases).toEqual(['汉口']);
  });

  it('trims the English label and drops "Category:" only at its start', () => {
    expect(landmarkNames('Q9', '宗关', '  Zongguan  ')?.name_en).toBe('Zongguan');
    expect(landmarkNames('Q9', '宗关', 'The Category: list')?.name_en).toBe('The Category: list');
  });

  it('cuts at a space only past the middle: a space at exactly 40 of 80 is not past it', () => {
    const name = `${'a'.repeat(40)} ${'b'.repeat(50)}`;
    expect(landmarkNames('Q10', '宗关', name)?.name_en).toBe(`${name.slice(0, 79)}…`);
  });
});
