import { describe, expect, it } from 'vitest';
import { IND_STRINGS } from '../../../src/components/indicators/strings';
import { NEAR_STRINGS } from '../../../src/components/near/strings';
import { PRINT_STRINGS } from '../../../src/components/print/strings';
import { QUALITY_STRINGS } from '../../../src/components/quality/strings';
import { READER_STRINGS } from '../../../src/components/report/strings';
import { SEARCH_STRINGS } from '../../../src/components/search/strings';
import { ANCHOR_RELATION_NAMES, ANCHOR_SOURCE_NAMES, CATEGORY_NAMES, fill, isChinese, LANGS, PRECISION_NAMES, STATUS_NAMES, type Strings, targetName, textFor, translate, UI_STRINGS, YEAR_NAMES } from '../../../src/lib/i18n';

const TABLE = {
  count: { zh: '共 {n} 项', en: '{n} items' },
  range: { zh: '第 {k} 处,共 {n} 处', en: 'Match {k} of {n}' },
  plain: { zh: '关闭', en: 'Close' },
} as const satisfies Strings;

describe('reading a string table', () => {
  it('gives the string in the language asked for', () => {
    expect(textFor(TABLE, 'zh')('plain')).toBe('关闭');
    expect(textFor(TABLE, 'en')('plain')).toBe('Close');
  });

  it('fills every named slot, numbers and text alike', () => {
    expect(textFor(TABLE, 'zh')('range', { k: 2, n: 7 })).toBe('第 2 处,共 7 处');
    expect(textFor(TABLE, 'en')('count', { n: '12' })).toBe('12 items');
  });

  it('leaves a slot with no value as written, so a missing value shows rather than vanishes', () => {
    expect(textFor(TABLE, 'en')('range', { k: 3 })).toBe('Match 3 of {n}');
    expect(textFor(TABLE, 'zh')('count')).toBe('共 {n} 项');
  });

  it('fills a slot once, not again inside the value it put in', () => {
    expect(fill('{a} and {b}', { a: '{b}', b: 'x' })).toBe('{b} and x');
  });
});

describe('the app’s string tables', () => {
  const tables: Record<string, Strings> = { UI_STRINGS, NEAR_STRINGS, PRINT_STRINGS, SEARCH_STRINGS, READER_STRINGS, IND_STRINGS, QUALITY_STRINGS };
  it.each(Object.entries(tables))('%s has every key written in every language', (_, table) => {
    for (const [key, row] of Object.entries(table)) for (const lang of LANGS) expect(row[lang], `${key}.${lang}`).not.toBe('');
  });
});

describe('the data model’s names', () => {
  const tables: Record<string, Strings> = { CATEGORY_NAMES, STATUS_NAMES, YEAR_NAMES, PRECISION_NAMES, ANCHOR_SOURCE_NAMES, ANCHOR_RELATION_NAMES };
  it.each(Object.entries(tables))('%s names every value in Chinese and in English', (_, table) => {
    expect(Object.keys(table).length).toBeGreaterThan(1);
    for (const [key, row] of Object.entries(table)) {
      expect(isChinese(row.zh), `${key}.zh`).toBe(true);
      expect(row.en, `${key}.en`).toMatch(/^[A-Za-z0-9]/);
      expect(isChinese(row.en), `${key}.en`).toBe(false);
    }
  });

  it('states each precision’s promise in metres from the tolerance table', () => {
    expect(PRECISION_NAMES.exact.en).toBe('Exact: placed on a landmark, within about 50 m');
    expect(PRECISION_NAMES.street.zh).toBe('沿街道:位置误差约300米以内');
    expect(PRECISION_NAMES.approximate.en).toBe('Approximate: within about 800 m');
  });

  it('says the 2023 plan’s target in the language asked for', () => {
    expect(targetName('completed', 'zh')).toBe('2023年计划建成');
    expect(targetName('underway', 'en')).toBe('2023 plan: start or continue');
  });

  it('translates an app string outside React, its slots filled', () => {
    expect(translate('en', 'nearPlace', { name: 'Zongguan' })).toBe('near Zongguan');
    expect(translate('zh', 'nearPlace', { name: '宗关' })).toBe('宗关附近');
    expect(translate('zh', 'close')).toBe('关闭');
  });
});

describe('telling Chinese text from English', () => {
  it('calls a text Chinese when it holds a Han character, even among Latin letters and digits', () => {
    expect(isChinese('汉正街')).toBe(true);
    expect(isChinese('Line 12 at 额头湾')).toBe(true);
    expect(isChinese('\u4e00')).toBe(true);
    expect(isChinese('\u9fff')).toBe(true);
  });

  it('calls Latin text, digits and Chinese punctuation alone not Chinese', () => {
    expect(isChinese('Hanzhengjie')).toBe(false);
    expect(isChinese('2023')).toBe(false);
    expect(isChinese('“”,。')).toBe(false);
    expect(isChinese('')).toBe(false);
    expect(isChinese('\u4dff\ua000')).toBe(false);
  });
});
