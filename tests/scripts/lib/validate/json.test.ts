import { describe, expect, it } from 'vitest';
import { formatIssue, type Issue, IssueSink } from '../../../../scripts/lib/validate/issues';
import { parseJson } from '../../../../scripts/lib/validate/json';

function parse(text: string): { ok: boolean; messages: string[] } {
  const issues: Issue[] = [];
  const result = parseJson(text, new IssueSink(issues, 'f.json'), 'a record');
  return { ok: result.ok, messages: issues.map(formatIssue) };
}

describe('parseJson names what JSON.parse would hide or garble', () => {
  it('reports a number too large for a float as written, not as the null JSON.stringify makes of it', () => {
    const { ok, messages } = parse('{"fid": 1,\n "lon": 1e400}');
    expect(ok).toBe(false);
    expect(messages).toEqual(['f.json: (file): json: expected numbers a 64-bit float can hold (magnitude about 5e-324 to 1.8e308), found 1e400 at line 2 column 9, which JSON.parse reads as Infinity']);
  });

  it('reports a negative overflow and an underflow to zero, and counts the rest', () => {
    expect(parse('[-2E+999, 3e-400, 5e-400]').messages).toEqual([
      'f.json: (file): json: expected numbers a 64-bit float can hold (magnitude about 5e-324 to 1.8e308), found -2E+999 at line 1 column 2, which JSON.parse reads as -Infinity (and 2 more)',
    ]);
    expect(parse('[0e-400, 0.0, 1e308]').ok).toBe(true);
  });

  it('leaves a huge number inside a string alone', () => {
    expect(parse('{"note": "1e400 is huge"}')).toEqual({ ok: true, messages: [] });
  });

  it('names a byte-order mark as one, with the fix', () => {
    expect(parse('\uFEFF{"a": 1}').messages).toEqual([
      'f.json: (file): json: expected UTF-8 without a byte-order mark, found a byte-order mark (U+FEFF) at the start of the file: save it as UTF-8 without BOM',
    ]);
  });
});
