import { describe, expect, it } from 'vitest';
import { IND_STRINGS } from '../../../src/components/indicators/strings';
import { NEAR_STRINGS } from '../../../src/components/near/strings';
import { PRINT_STRINGS } from '../../../src/components/print/strings';
import { QUALITY_STRINGS } from '../../../src/components/quality/strings';
import { READER_STRINGS } from '../../../src/components/report/strings';
import { SEARCH_STRINGS } from '../../../src/components/search/strings';
import { fill, isChinese, LANGS, type Strings, textFor, UI_STRINGS } from '../../../src/lib/i18n';

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

describe('telling Chinese text from English', () => {
  it('calls a text Chinese when it holds a Han character, even among Latin letters and digits', () => {
    expect(isChinese('汉正街')).toBe(true);
    expect(isChinese('Line 12 at 额头湾')).toBe(true);
  });

  it('calls Latin text, digits and Chinese punctuation alone not Chinese', () => {
    expect(isChinese('Hanzhengjie')).toBe(false);
    expect(isChinese('2023')).toBe(false);
    expect(isChinese('“”,。')).toBe(false);
    expect(isChinese('')).toBe(false);
  });
});
