import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, type Issue, IssueSink } from '../../../../scripts/lib/validate/issues';
import { isNotFound, lineColumn, parseJson, readTextIfExists } from '../../../../scripts/lib/validate/json';

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

describe('parseJson and lineColumn', () => {
  it('places a syntax error by line and column, counting from 1', () => {
    const issues: Issue[] = [];
    expect(parseJson('{\n  "a": 1,\n  "b" 2\n}', new IssueSink(issues, 'f.json'), 'a record')).toEqual({ ok: false });
    expect(issues.map(formatIssue)).toEqual([`f.json: (file): json: expected valid JSON, found a syntax error at line 3 column 7: ':' expected, "2" found`]);
    expect(lineColumn('ab', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 3)).toEqual({ line: 2, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it('gives no value for an empty file or one with a byte-order mark', () => {
    expect(parseJson(' \n', new IssueSink([], 'f.json'), 'a record')).toEqual({ ok: false });
    expect(parseJson('\uFEFF{}', new IssueSink([], 'f.json'), 'a record')).toEqual({ ok: false });
  });

  it('gives the parsed value of good text, whitespace around it allowed', () => {
    const issues: Issue[] = [];
    expect(parseJson(' {"a": [1]} \n', new IssueSink(issues, 'f.json'), 'a record')).toEqual({ ok: true, value: { a: [1] } });
    expect(issues).toEqual([]);
  });

  it('cuts a huge literal to 40 characters and names a single one without a count', () => {
    const issues: Issue[] = [];
    const literal = `1${'0'.repeat(45)}e400`;
    parseJson(`[${literal}]`, new IssueSink(issues, 'f.json'), 'a record');
    expect(issues.map((i) => i.found)).toEqual([`1${'0'.repeat(39)} at line 1 column 2, which JSON.parse reads as Infinity`]);
  });
});

describe('readTextIfExists', () => {
  it('reads a file, gives undefined for a missing one, and lets other errors through', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qiaokou-json-'));
    try {
      expect(await readTextIfExists(path.join(dir, 'none.json'))).toBeUndefined();
      await expect(readTextIfExists(dir)).rejects.toThrow(/EISDIR/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(await readTextIfExists(new URL(import.meta.url).pathname)).toContain("describe('readTextIfExists'");
  });

  it('knows a missing file by its ENOENT code only', () => {
    expect(isNotFound(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe(true);
    expect(isNotFound(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe(false);
    expect(isNotFound(new Error('ENOENT'))).toBe(false);
    expect(isNotFound({ code: 'ENOENT' })).toBe(false);
  });
});
