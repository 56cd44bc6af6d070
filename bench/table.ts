/** One printed line of the benchmark table: what, the figure, its budget and whether it is met. */
export interface Row {
  section: string;
  what: string;
  value: string;
  budget?: string;
  ok?: boolean;
}

const verdict = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? 'ok' : 'OVER');

/** The rows as an aligned plain-text table, one block per section. */
export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((r) => [r.what, r.value, r.budget ?? '', verdict(r.ok)]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...cells.map((c) => [...(c[i] ?? '')].length), 4));
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - [...s].length));
  const out: string[] = [];
  let section = '';
  for (const [i, r] of rows.entries()) {
    if (r.section !== section) {
      section = r.section;
      out.push('', `## ${section}`);
    }
    out.push(`  ${(cells[i] ?? []).map((c, j) => pad(c, widths[j] ?? 0)).join('  ')}`.trimEnd());
  }
  return out.join('\n');
}
