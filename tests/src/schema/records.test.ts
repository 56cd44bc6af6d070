import { describe, expect, it } from 'vitest';
import { indicatorSchema, sourceSchema, unmappedSchema } from '../../../src/schema/records';

const indicator = {
  id: 'roads-built-2022',
  kind: 'commitment',
  key: 'roads-built',
  label_zh: '建成道路',
  label_en: 'Roads built',
  year: 2022,
  value: 12,
  unit: '条',
  as_written: '12条',
  quote: '12条道路建成通车',
  section: ['过去一年工作回顾'],
};
const unmapped = { id: 'some-event', name_zh: '某活动', name_en: 'An event', year: 2023, quote: '举办某活动', section: ['2023年工作安排'], reason: 'event', note: '一次活动，不是地点' };
const source = { title: 't', index_no: 'i', publisher: 'p', issued: '2023-01-01', speaker: 's', file: 'f.txt', sha256: 'a'.repeat(64), compiled: 'c' };

const ok = (schema: { safeParse: (x: unknown) => { success: boolean } }, x: unknown) => schema.safeParse(x).success;

describe('an indicator', () => {
  it('is a headline or a commitment of 2022 or 2023', () => {
    expect(ok(indicatorSchema, indicator)).toBe(true);
    expect(ok(indicatorSchema, { ...indicator, kind: 'headline', year: 2023 })).toBe(true);
    expect(ok(indicatorSchema, { ...indicator, kind: 'target' })).toBe(false);
    expect(ok(indicatorSchema, { ...indicator, year: 2024 })).toBe(false);
  });

  it('may have an empty unit but no blank or over-long text, and needs a section', () => {
    expect(ok(indicatorSchema, { ...indicator, unit: '', value: null })).toBe(true);
    expect(ok(indicatorSchema, { ...indicator, unit: 'x'.repeat(21) })).toBe(false);
    expect(ok(indicatorSchema, { ...indicator, label_zh: '   ' })).toBe(false);
    expect(ok(indicatorSchema, { ...indicator, label_zh: '路'.repeat(80) })).toBe(true);
    expect(ok(indicatorSchema, { ...indicator, label_zh: '路'.repeat(81) })).toBe(false);
    expect(ok(indicatorSchema, { ...indicator, section: [] })).toBe(false);
    expect(ok(indicatorSchema, { ...indicator, section: ['一', '二'] })).toBe(true);
  });
});

describe('an unmapped item', () => {
  it('takes each reason the list names, and no other', () => {
    for (const reason of ['no-location', 'district-wide', 'organisation', 'event', 'outside-district', 'programme']) {
      expect(ok(unmappedSchema, { ...unmapped, reason }), reason).toBe(true);
    }
    expect(ok(unmappedSchema, { ...unmapped, reason: 'lost' })).toBe(false);
  });

  it('says its best guess in words when its location is unverified', () => {
    const result = unmappedSchema.safeParse({ ...unmapped, reason: 'location-unverified' });
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([[['guess'], 'a location-unverified item says its best guess in words (guess.zh, guess.en)']]);
    expect(ok(unmappedSchema, { ...unmapped, reason: 'location-unverified', guess: { zh: '汉正街一带', en: 'around Hanzheng Street' } })).toBe(true);
    expect(ok(unmappedSchema, { ...unmapped, reason: 'location-unverified', guess: { zh: ' ', en: 'x' } })).toBe(false);
  });
});

describe('the source record', () => {
  it('holds the sha256 of the report as 64 lowercase hex digits', () => {
    expect(ok(sourceSchema, source)).toBe(true);
    for (const sha of ['a'.repeat(63), 'a'.repeat(65), 'A'.repeat(64), `x${'a'.repeat(64)}`, `${'a'.repeat(64)}x`, 'g'.repeat(64)]) {
      expect(ok(sourceSchema, { ...source, sha256: sha }), sha).toBe(false);
    }
  });
});
