import { describe, expect, it } from 'vitest';
import { basemapPropertiesSchema, provenanceSchema } from '../../../src/schema/basemap';

const provenance = { method: 'OSM extract', reference: 'https://www.openstreetmap.org', note: '' };
const props = { kind: 'station', name_zh: '宗关站', name_en: 'Zongguan Station', provenance };
const ok = (x: unknown) => basemapPropertiesSchema.safeParse(x).success;

describe('a basemap feature', () => {
  it('cites how and from what it was made, in up to 400 characters; its note may be empty', () => {
    expect(provenanceSchema.safeParse(provenance).success).toBe(true);
    for (const field of ['method', 'reference'] as const) {
      expect(provenanceSchema.safeParse({ ...provenance, [field]: '  ' }).success, field).toBe(false);
      expect(provenanceSchema.safeParse({ ...provenance, [field]: 'x'.repeat(400) }).success, field).toBe(true);
      expect(provenanceSchema.safeParse({ ...provenance, [field]: 'x'.repeat(401) }).success, field).toBe(false);
    }
    expect(provenanceSchema.safeParse({ ...provenance, note: 'x'.repeat(401) }).success).toBe(false);
  });

  it('needs a kind, and may leave a name empty but not past 80 characters', () => {
    expect(ok(props)).toBe(true);
    expect(ok({ ...props, kind: '' })).toBe(false);
    expect(ok({ ...props, name_zh: '', name_en: '' })).toBe(true);
    expect(ok({ ...props, name_en: 'x'.repeat(81) })).toBe(false);
  });

  it('ranks from 1 to 9', () => {
    expect([0, 1, 9, 10, 2.5].map((rank) => ok({ ...props, rank }))).toEqual([false, true, true, false, false]);
  });

  it('cites a Wikidata item as Q and up to 12 digits, not starting with 0', () => {
    const qids = ['Q1', 'Q12', 'Q123456789012', 'Q1234567890123', 'Q0', 'xQ1', 'Q1x', '1'];
    expect(qids.map((qid) => ok({ ...props, qid }))).toEqual([true, true, true, false, false, false, false, false]);
  });

  it('has up to 8 aliases, none blank or past 80 characters', () => {
    expect(ok({ ...props, aliases: Array(8).fill('宗关') })).toBe(true);
    expect(ok({ ...props, aliases: Array(9).fill('宗关') })).toBe(false);
    expect(ok({ ...props, aliases: [' '] })).toBe(false);
    expect(ok({ ...props, aliases: ['x'.repeat(81)] })).toBe(false);
  });
});
