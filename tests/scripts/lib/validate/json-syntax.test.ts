import { describe, expect, it } from 'vitest';
import { locateJsonError, unholdableNumbers } from '../../../../scripts/lib/validate/json-syntax';

describe('locateJsonError', () => {
  it('says JSON.parse found a problem it could not place when the text scans as JSON', () => {
    const text = ' \t\r\n{ "a" : [ 1 , true, false, null, "x" ], "b": {} , "c": [ ] }\n';
    expect(locateJsonError(text)).toEqual({
      offset: text.length,
      problem: 'a problem JSON.parse reported',
    });
    expect(locateJsonError('"a\\"b"')).toEqual({ offset: 6, problem: 'a problem JSON.parse reported' });
    expect(locateJsonError('-0.5e+10')).toEqual({ offset: 8, problem: 'a problem JSON.parse reported' });
    expect(locateJsonError('1E-2')).toEqual({ offset: 4, problem: 'a problem JSON.parse reported' });
  });

  it('names an empty file and text after the value', () => {
    expect(locateJsonError('')).toEqual({ offset: 0, problem: 'a value expected, end of file found' });
    expect(locateJsonError('  ')).toEqual({ offset: 2, problem: 'a value expected, end of file found' });
    expect(locateJsonError('1 2')).toEqual({ offset: 2, problem: 'end of file expected, "2" found' });
    expect(locateJsonError('{} }')).toEqual({ offset: 3, problem: 'end of file expected, "}" found' });
  });

  it('names a key that is not a string and a missing colon', () => {
    expect(locateJsonError('{1: 2}')).toEqual({ offset: 1, problem: 'a "key" expected, "1" found' });
    expect(locateJsonError('{"a": 1, }')).toEqual({ offset: 9, problem: 'a "key" expected, "}" found' });
    expect(locateJsonError('{"a" 1}')).toEqual({ offset: 5, problem: `':' expected, "1" found` });
  });

  it('names a missing comma in an array and an unclosed array', () => {
    expect(locateJsonError('[1 2]')).toEqual({ offset: 3, problem: `',' or ']' expected, "2" found` });
    expect(locateJsonError('[1,')).toEqual({ offset: 3, problem: 'a value expected, end of file found' });
    expect(locateJsonError('[')).toEqual({ offset: 1, problem: 'a value expected, end of file found' });
  });

  it('names a string left open at the end of the file or of its line, escapes included', () => {
    expect(locateJsonError('"abc')).toEqual({ offset: 4, problem: `a closing '"' expected, end of file found` });
    expect(locateJsonError('"a\nb"')).toEqual({ offset: 2, problem: `a closing '"' expected, "\\n" found` });
    expect(locateJsonError('"a\\"')).toEqual({ offset: 4, problem: `a closing '"' expected, end of file found` });
  });

  it('reads numbers and the three literals as JSON does, and no more', () => {
    expect(locateJsonError('nul')).toEqual({ offset: 0, problem: 'a value expected, "n" found' });
    expect(locateJsonError('-')).toEqual({ offset: 0, problem: 'a value expected, "-" found' });
    expect(locateJsonError('01')).toEqual({ offset: 1, problem: 'end of file expected, "1" found' });
    expect(locateJsonError('1.')).toEqual({ offset: 1, problem: 'end of file expected, "." found' });
    expect(locateJsonError('1e')).toEqual({ offset: 1, problem: 'end of file expected, "e" found' });
    expect(locateJsonError('[truex]')).toEqual({ offset: 5, problem: `',' or ']' expected, "x" found` });
  });

  it('lets errors other than syntax, such as nesting too deep, through', () => {
    expect(() => locateJsonError('['.repeat(100_000))).toThrow(RangeError);
  });
});

describe('unholdableNumbers', () => {
  it('reports numbers read as infinity or as zero, with where they start and how they are read', () => {
    expect(unholdableNumbers('[1e400, -1E400, {"a": 1e-400}, 0.0001e-400]')).toEqual([
      { offset: 1, literal: '1e400', readAs: 'Infinity' },
      { offset: 8, literal: '-1E400', readAs: '-Infinity' },
      { offset: 22, literal: '1e-400', readAs: '0' },
      { offset: 31, literal: '0.0001e-400', readAs: '0' },
    ]);
  });

  it('leaves zeros written as zero, the float limits and numbers inside strings alone', () => {
    expect(unholdableNumbers('[0, -0, 0.0, 0e5, 0.000e-400, 1.7976931348623157e308, 5e-324, "1e400"]')).toEqual([]);
  });
});
