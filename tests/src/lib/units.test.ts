import { describe, expect, it } from 'vitest';
import { englishFigure, unitInEnglish } from '../../../src/lib/units';
import { SECTION_EN, sectionPath } from '../../../src/lib/sections';

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

  it('puts a section path in English, keeping an unknown heading as written', () => {
    expect(sectionPath(['二〇二二年工作回顾', '未知标题'], 'en')).toBe('Review of work in 2022 › 未知标题');
    expect(sectionPath(['二〇二二年工作回顾'], 'zh')).toBe('二〇二二年工作回顾');
    for (const en of Object.values(SECTION_EN)) expect(en).not.toMatch(/[\u3400-\u9fff]/);
  });
});
