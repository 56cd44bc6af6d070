import { describe, expect, it } from 'vitest';
import { englishFigure, unitInEnglish } from '../../../src/lib/units';

describe('the report’s units and headings in English', () => {
  it('says money, area and land in English units with the multiplier applied', () => {
    expect(englishFigure(27.4, '亿元')).toBe('2.74 billion yuan');
    expect(englishFigure(4500, '万元')).toBe('45 million yuan');
    expect(englishFigure(57.4, '万平方米')).toBe('574,000 m²');
    expect(englishFigure(558, '亩')).toBe('558 mu (1 mu = 1/15 ha)');
    expect(englishFigure(4.6, '亿美元')).toBe('460 million US dollars');
  });

  it('counts firms as firms and leaves bare counting words to the label', () => {
    expect(englishFigure(133, '家')).toBe('133 firms');
    expect(englishFigure(12, '个')).toBe('12');
    expect(englishFigure(4.3, '%')).toBe('4.3%');
  });

  it('knows nothing it was not taught, rather than guessing', () => {
    expect(unitInEnglish('斤')).toBeNull();
    expect(englishFigure(1, '万斤')).toBeNull();
  });

  it('says billions from 1e9 and millions from 1e6, with at most two decimals and grouped thousands', () => {
    expect(englishFigure(10, '亿元')).toBe('1 billion yuan');
    expect(englishFigure(999_999_999, '元')).toBe('1,000 million yuan');
    expect(englishFigure(100, '万元')).toBe('1 million yuan');
    expect(englishFigure(999_999, '元')).toBe('999,999 yuan');
    expect(englishFigure(-27.4, '亿元')).toBe('-2.74 billion yuan');
    expect(englishFigure(-45, '万元')).toBe('-450,000 yuan');
    expect(englishFigure(-4500, '万元')).toBe('-45 million yuan');
    expect(englishFigure(1.23456, '%')).toBe('1.23%');
  });

  it('reads a multiplier only as a prefix of a unit it knows', () => {
    expect(unitInEnglish('万平方米')).toEqual({ scale: 1e4, en: 'm²' });
    expect(unitInEnglish('亿元')).toEqual({ scale: 1e8, en: 'yuan' });
    expect(unitInEnglish('元')).toEqual({ scale: 1, en: 'yuan' });
    expect(unitInEnglish('人次')).toEqual({ scale: 1, en: 'person-times' });
    expect(unitInEnglish('元万')).toBeNull();
    expect(unitInEnglish('亿')).toEqual({ scale: 1e8, en: '' });
  });

  it('gives every unit with an English noun a word after the number, and bare counting words none', () => {
    const named = ['元', '美元', '平方米', '平方公里', '公里', '米', '亩', '家', '户', '套', '栋', '所', '处', '片', '宗', '项', '件', '起', '张', '台', '场', '轮', '次', '人', '名', '人次', '剂次', '年', '个月', '小时'];
    for (const unit of named) expect(englishFigure(2, unit), unit).toMatch(/^2 \S/);
    for (const unit of ['个', '条', '座', '']) expect(englishFigure(2, unit), unit).toBe('2');
    expect(englishFigure(3, '小时')).toBe('3 hours');
    expect(englishFigure(3, '人次')).toBe('3 person-times');
  });
});
