/** One CSV row by column name. */
export type CsvRecord = Record<string, string>;

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into
 * records keyed by the header row. Enough for the reference files; a field
 * count that differs from the header's is an error naming the line.
 */
export function parseCsv(text: string, file: string): CsvRecord[] {
  // Each row with the file line it starts on, so an error names the line an editor shows.
  const rows: { cells: string[]; line: number }[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') field += src[++i];
      else if (ch === '"') quoted = false;
      else field += ch;
      if (ch === '\n') line++;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      rows.push({ cells: [...row, field], line: start });
      row = [];
      field = '';
      start = ++line;
    } else field += ch;
  }
  // The last row, even when the text ends with a line break: a blank row is dropped below.
  rows.push({ cells: [...row, field], line: start });
  const [header, ...body] = rows.filter((r) => r.cells.length > 1 || r.cells[0] !== '');
  if (!header) throw new Error(`${file}: empty, expected a header row`);
  const names = header.cells;
  return body.map(({ cells, line }) => {
    if (cells.length !== names.length) throw new Error(`${file}: line ${line} has ${cells.length} fields, expected ${names.length} (${names.join(',')})`);
    // Stryker disable next-line StringLiteral: cells has a value for every name, checked just above
    return Object.fromEntries(names.map((h, j) => [h, cells[j] ?? '']));
  });
}
