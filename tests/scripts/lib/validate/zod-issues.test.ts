import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatIssue, type Issue, IssueSink } from '../../../../scripts/lib/validate/issues';
import { reportZodIssues } from '../../../../scripts/lib/validate/zod-issues';

/** The lines reportZodIssues gives for `value` parsed by `schema`, under the field prefix. */
function lines(schema: z.ZodType, value: unknown, prefix: PropertyKey[] = ['properties']): string[] {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return [];
  const issues: Issue[] = [];
  reportZodIssues(parsed.error.issues, new IssueSink(issues, 'f.json', 'r1'), prefix);
  return issues.map(formatIssue);
}

describe('reportZodIssues', () => {
  it('names the field by its full path under the prefix, and the whole value as (root)', () => {
    const schema = z.object({ mentions: z.array(z.object({ quote: z.string() })) });
    expect(lines(schema, { mentions: [{ quote: 1 }] })).toEqual(['f.json: r1: properties.mentions[0].quote: expected a string, found 1']);
    expect(lines(z.object({}), 'x', [])).toEqual(['f.json: r1: (root): expected an object, found "x"']);
  });

  it('gives the expected type with its article, integers by name, and says when the field is missing', () => {
    const schema = z.object({ n: z.number(), a: z.array(z.number()), i: z.int(), o: z.object({}) });
    expect(lines(schema, { n: 'one', a: 1, i: 1.5, o: [] })).toEqual([
      'f.json: r1: properties.n: expected a number, found "one"',
      'f.json: r1: properties.a: expected an array, found 1',
      'f.json: r1: properties.i: expected an integer, found 1.5',
      'f.json: r1: properties.o: expected an object, found []',
    ]);
    expect(lines(z.object({ id: z.string() }), {})).toEqual(['f.json: r1: properties.id: expected a string, found nothing (the field is missing)']);
  });

  it('lists allowed values, a single one bare', () => {
    expect(lines(z.object({ s: z.enum(['done', 'planned']) }), { s: 'late' })).toEqual(['f.json: r1: properties.s: expected one of "done", "planned", found "late"']);
    expect(lines(z.object({ y: z.literal(2022) }), { y: 2021 })).toEqual(['f.json: r1: properties.y: expected 2022, found 2021']);
  });

  it('lists the values of a union of literals, and falls back to a general phrase for other unions', () => {
    expect(lines(z.object({ y: z.union([z.literal(2022), z.literal(2023)]) }), { y: 2024 })).toEqual([
      'f.json: r1: properties.y: expected one of 2022, 2023, found 2024',
    ]);
    expect(lines(z.object({ v: z.union([z.string(), z.number()]) }), { v: true })).toEqual([
      'f.json: r1: properties.v: expected a value matching the schema, found true',
    ]);
  });

  it('gives limits in characters or items and the size found, and plain numbers bare', () => {
    const schema = z.object({ s: z.string().max(3), a: z.array(z.number()).max(1), n: z.number().max(5) });
    expect(lines(schema, { s: 'abcd', a: [1, 2], n: 6 })).toEqual([
      'f.json: r1: properties.s: expected at most 3 characters, found 4 characters ("abcd")',
      'f.json: r1: properties.a: expected at most 1 items, found 2 items',
      'f.json: r1: properties.n: expected at most 5, found 6',
    ]);
    const low = z.object({ s: z.string().min(2), a: z.array(z.number()).min(1), n: z.number().min(1) });
    expect(lines(low, { s: 'x', a: [], n: 0 })).toEqual([
      'f.json: r1: properties.s: expected at least 2 characters, found 1 characters ("x")',
      'f.json: r1: properties.a: expected at least 1 items, found 0 items',
      'f.json: r1: properties.n: expected at least 1, found 0',
    ]);
  });

  it('shortens a long string found to 30 characters, its quote mark and the ellipsis counted', () => {
    expect(lines(z.object({ s: z.string().max(3) }), { s: 'abcdefghijklmnopqrstuvwxyz0123456789' })).toEqual([
      'f.json: r1: properties.s: expected at most 3 characters, found 36 characters ("abcdefghijklmnopqrstuvwxyz01…)',
    ]);
  });

  it("prefers a schema's own message for a lower limit, wherever its words fall", () => {
    expect(lines(z.object({ a: z.array(z.number()).min(1, 'at least one anchor') }), { a: [] })).toEqual([
      'f.json: r1: properties.a: expected at least one anchor, found 0 items',
    ]);
    expect(lines(z.object({ a: z.array(z.number()).min(1, 'one anchor (Too small a list)') }), { a: [] })).toEqual([
      'f.json: r1: properties.a: expected one anchor (Too small a list), found 0 items',
    ]);
  });

  it('uses a format message (the format by name when the message is empty), unknown keys by name, and the message of any other check', () => {
    expect(lines(z.object({ d: z.string().regex(/^\d+$/, 'digits only') }), { d: 'x1' })).toEqual(['f.json: r1: properties.d: expected digits only, found "x1"']);
    expect(lines(z.object({ d: z.string().regex(/^\d+$/, { error: () => '' }) }), { d: 'x1' })).toEqual(['f.json: r1: properties.d: expected regex format, found "x1"']);
    expect(lines(z.strictObject({ a: z.number() }), { a: 1, b: 2, c: 3 })).toEqual([
      'f.json: r1: properties: expected only the fields of the schema, found unknown "b", "c"',
    ]);
    expect(lines(z.object({ q: z.string().refine((s) => s.trim() === s, 'no spaces at either end') }), { q: ' a' })).toEqual([
      'f.json: r1: properties.q: expected no spaces at either end, found " a"',
    ]);
  });
});
