// Search time for typed words and hostile pastes over the real catalogue: part of npm run bench, or alone with `npx tsx bench/search.ts`.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { find, indexOf } from '../src/components/search/engine';
import type { Catalogue } from '../src/schema/records';
import { median, ms, percentile } from './stats';
import { formatTable, type Row } from './table';

/** DESIGN §7 and issue 10: any input answers quickly; a 100,000-character paste within this. */
export const SEARCH_BUDGET_MS = 50;

export interface SearchCase {
  what: string;
  length: number;
  /** Whether the budget applies (the pastes). */
  budgeted: boolean;
  hits: number;
  samples: number[];
}

const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** What a user types, and what a stranger pastes. */
const QUERIES: Array<{ what: string; query: string; budgeted: boolean }> = [
  { what: 'typed: 宗关', query: '宗关', budgeted: false },
  { what: 'typed: zongguan', query: 'zongguan', budgeted: false },
  { what: 'typed with a slip: zonggaun', query: 'zonggaun', budgeted: false },
  { what: 'typed, traditional: 漢口體育中心', query: '漢口體育中心', budgeted: false },
  { what: 'near miss at the fuzzy limit (24 letters)', query: repeat('wuhantiyuguanx', 24), budgeted: false },
  { what: 'paste: 3,000 Latin letters', query: repeat('abcdefghij', 3_000), budgeted: true },
  { what: 'paste: 100,000 Latin letters', query: repeat('zongguan', 100_000), budgeted: true },
  { what: 'paste: 100,000 Chinese characters', query: repeat('漢口體育中心宗关', 100_000), budgeted: true },
  { what: 'paste: 100,000 with zero-width spaces', query: repeat('z\u200bo\u200dn\ufeffg', 100_000), budgeted: true },
  { what: 'paste: 100,000 characters NFKC grows 18-fold (ﷺ)', query: repeat('ﷺ', 100_000), budgeted: true },
];

/** Times each query `runs` times over the catalogue's search index (built once, as the app does). */
export function searchSeries(catalogue: Catalogue, runs = 30): SearchCase[] {
  const index = indexOf(catalogue);
  return QUERIES.map(({ what, query, budgeted }) => {
    const samples: number[] = [];
    let hits = find(index, query).length;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      hits = find(index, query).length;
      samples.push(performance.now() - t0);
    }
    return { what, length: query.length, budgeted, hits, samples };
  });
}

/**
 * The printed rows: median, p95 and worst time per query after one warm-up,
 * the pastes beside their budget (judged on p95: a shared machine's worst
 * sample is often a pause of the machine, not of the search).
 */
export function searchRows(cases: readonly SearchCase[]): Row[] {
  return cases.map((c) => {
    const p95 = percentile(c.samples, 0.95);
    return {
      section: 'Search (Node, the app’s engine over the real catalogue)',
      what: `${c.what} → ${c.hits} results`,
      value: `${ms(median(c.samples))} median, ${ms(p95)} p95, ${ms(Math.max(...c.samples))} worst of ${c.samples.length}`,
      ...(c.budgeted ? { budget: `p95 < ${SEARCH_BUDGET_MS} ms`, ok: p95 < SEARCH_BUDGET_MS } : {}),
    };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const catalogue = JSON.parse(readFileSync('tiles/catalogue.json', 'utf8')) as Catalogue;
  console.log(`search over ${catalogue.features.length} features and ${catalogue.places.length} places, Node ${process.version}`);
  console.log(formatTable(searchRows(searchSeries(catalogue))));
}
