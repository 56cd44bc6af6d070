/** One CSV row by column name. */
export type CsvRecord = Record<string, string>;

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into
 * records keyed by the header row. Enough for the reference files; a field
 * count that differs from the header's is an error naming the line.
 */
export function parseCsv(text: string, file: string): CsvRecord[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') field += src[++i];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      rows.push([...row, field]);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  if (!header) throw new Error(`${file}: empty, expected a header row`);
  return body.map((cells, i) => {
    if (cells.length !== header.length) throw new Error(`${file}: line ${i + 2} has ${cells.length} fields, expected ${header.length} (${header.join(',')})`);
    return Object.fromEntries(header.map((h, j) => [h, cells[j] ?? '']));
  });
}
