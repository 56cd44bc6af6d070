import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../scripts/lib/landmarks/csv';

describe('parseCsv', () => {
  it('keys each row by the header, with or without a final newline', () => {
    expect(parseCsv('qid,name\nQ1,汉阳\nQ2,硚口\n', 'f.csv')).toEqual([
      { qid: 'Q1', name: '汉阳' },
      { qid: 'Q2', name: '硚口' },
    ]);
    expect(parseCsv('qid,name\nQ1,汉阳', 'f.csv')).toEqual([{ qid: 'Q1', name: '汉阳' }]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and empty fields', () => {
    expect(parseCsv('a,b,c\n"x, y","say ""hi""","two\nlines"\n,,\n', 'f.csv')).toEqual([
      { a: 'x, y', b: 'say "hi"', c: 'two\nlines' },
      { a: '', b: '', c: '' },
    ]);
  });

  it('takes CRLF, a lone CR and LF as line ends, skips blank lines and drops a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,b\r\n1,2\r3,4\n\n5,6\r\n', 'f.csv')).toEqual([
      { a: '1', b: '2' },
      { a: '3', b: '4' },
      { a: '5', b: '6' },
    ]);
  });

  it('drops a byte-order mark only at the start of the text', () => {
    expect(parseCsv('a,b\n\uFEFF1,2', 'f.csv')).toEqual([{ a: '\uFEFF1', b: '2' }]);
  });

  it('keeps the rows of a one-column file, blank ones aside', () => {
    expect(parseCsv('qid\nQ1\n\nQ2', 'f.csv')).toEqual([{ qid: 'Q1' }, { qid: 'Q2' }]);
  });

  it('names an empty file and a row whose field count differs from the header, by line', () => {
    expect(() => parseCsv('', 'data/ref.csv')).toThrow('data/ref.csv: empty, expected a header row');
    expect(() => parseCsv('\n\n', 'data/ref.csv')).toThrow('data/ref.csv: empty, expected a header row');
    expect(() => parseCsv('a,b\n1,2\n3\n', 'data/ref.csv')).toThrow('data/ref.csv: line 3 has 1 fields, expected 2 (a,b)');
    expect(() => parseCsv('a,b\n1,2,3', 'data/ref.csv')).toThrow('data/ref.csv: line 2 has 3 fields, expected 2 (a,b)');
  });

  it('names the line a row starts on in the file, past blank lines and fields that span lines', () => {
    expect(() => parseCsv('a,b\n\n\n1\n', 'data/ref.csv')).toThrow('data/ref.csv: line 4 has 1 fields');
    expect(() => parseCsv('a,b\r\n"x\ny\nz",1\r\n2\r\n', 'data/ref.csv')).toThrow('data/ref.csv: line 5 has 1 fields');
    expect(() => parseCsv('\na,b\r1,2\r3', 'data/ref.csv')).toThrow('data/ref.csv: line 4 has 1 fields');
  });
});
