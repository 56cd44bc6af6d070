import { describe, expect, it } from 'vitest';
import { fieldPath, formatIssue, IssueSink, show } from '../../../../scripts/lib/validate/issues';

describe('show', () => {
  it('writes values as JSON on one line, nothing for undefined, and non-finite numbers by name', () => {
    expect(show({ a: [1, 'x'] })).toBe('{"a":[1,"x"]}');
    expect(show(undefined)).toBe('nothing');
    expect(show(Number.NaN)).toBe('NaN');
    expect(show(Number.NEGATIVE_INFINITY)).toBe('-Infinity');
    expect(show(2.5)).toBe('2.5');
  });

  it('keeps a rendering of exactly the limit and cuts a longer one to it, the ellipsis included', () => {
    expect(show('x'.repeat(58))).toBe(`"${'x'.repeat(58)}"`);
    expect(show('x'.repeat(59))).toBe(`"${'x'.repeat(58)}…`);
    expect(show('abcdef', 5)).toBe('"abc…');
  });
});

describe('fieldPath and IssueSink', () => {
  it('joins names with dots and indexes in brackets', () => {
    expect(fieldPath('properties', 'mentions', 0, 'quote')).toBe('properties.mentions[0].quote');
    expect(fieldPath(2, 'a')).toBe('[2].a');
    expect(fieldPath()).toBe('');
  });

  it('files issues under the file as a whole unless a record is named', () => {
    const issues: Parameters<typeof formatIssue>[0][] = [];
    const sink = new IssueSink(issues, 'data/x.json');
    sink.add('json', 'valid JSON', 'text');
    sink.forRecord('r1').add('id', 'a string', '5');
    expect(issues.map(formatIssue)).toEqual(['data/x.json: (file): json: expected valid JSON, found text', 'data/x.json: r1: id: expected a string, found 5']);
  });
});
