import { describe, expect, it } from 'vitest';
import { SECTION_EN, SOURCE_EN, sectionPath } from '../../../src/lib/sections';

describe('the report’s headings in English', () => {
  it('puts a section path in English, keeping an unknown heading as written', () => {
    expect(sectionPath(['二〇二二年工作回顾', '未知标题'], 'en')).toBe('Review of work in 2022 › 未知标题');
    expect(sectionPath(['二〇二二年工作回顾'], 'zh')).toBe('二〇二二年工作回顾');
    for (const en of Object.values(SECTION_EN)) expect(en).not.toMatch(/[\u3400-\u9fff]/);
  });

  it('puts a section path in Chinese as written, joined by ›', () => {
    expect(sectionPath(['二〇二三年工作意见', '坚持规划引领'], 'zh')).toBe('二〇二三年工作意见 › 坚持规划引领');
    expect(sectionPath(['二〇二三年工作意见', '坚持规划引领'], 'en')).toBe('Work plan for 2023 › Let planning lead');
  });

  it('gives every heading and source value an English text of its own', () => {
    for (const [zh, en] of Object.entries({ ...SECTION_EN, ...SOURCE_EN })) expect(en, zh).toMatch(/^[A-Za-z0-9]/);
    expect(SOURCE_EN['2022年政府工作报告']).toBe('2022 Government Work Report');
  });
});
