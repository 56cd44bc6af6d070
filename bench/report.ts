import type { FirstLoadBytes } from './bytes';
import type { FilterFrame, InteractResult } from './interact';
import type { LighthouseScores } from './lighthouse';
import type { ReadyPage, ReadyTimes } from './ready';
import type { ScalePoint } from './scale';
import { type SearchCase, searchRows } from './search';
import { kB, median, ms, percentile } from './stats';
import type { Row } from './table';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  chromium: string;
  os: string;
}

export interface BenchResults {
  date: string;
  machine: Machine;
  bytes: FirstLoadBytes;
  ready: ReadyTimes;
  scale: ScalePoint[];
  interact: InteractResult;
  /** Filter → frame with the real data, for comparison with the synthetic 10k. */
  filterReal: FilterFrame[];
  features: number;
  lighthouse: (LighthouseScores & { page: LighthousePage })[];
  search: SearchCase[];
}

/** The pages Lighthouse scores: the app, MapLibre with its style, and the pinned baseline. */
export type LighthousePage = Exclude<ReadyPage, 'bare'>;

/** DESIGN §6, as numbers. */
export const BUDGETS = { appGzip: 100_000, appOverStyled: 1.05, overBaseline: 0.8, nearMs: 5, linearity: 1.5, lighthouse: 90 } as const;

const both = (s: { raw: number; gzip: number; files: string[] }) => `${kB(s.gzip)} gzip, ${kB(s.raw)} raw (${s.files.length} file${s.files.length === 1 ? '' : 's'})`;

/** The printed table's rows, each figure beside its budget. */
export function rows(r: BenchResults): Row[] {
  const b = r.bytes;
  const out: Row[] = [
    { section: 'Bytes, first load', what: 'maplibre-gl JS', value: both(b.maplibre.js) },
    { section: 'Bytes, first load', what: 'maplibre-gl CSS', value: both(b.maplibre.css) },
    { section: 'Bytes, first load', what: 'maplibre-gl worker', value: both(b.maplibre.worker) },
    { section: 'Bytes, first load', what: 'app JS', value: both(b.app.js) },
    { section: 'Bytes, first load', what: 'app CSS', value: both(b.app.css) },
    { section: 'Bytes, first load', what: 'app JS + CSS (all but maplibre-gl)', value: kB(b.appCodeGzip), budget: `≤ ${kB(BUDGETS.appGzip)} gzip`, ok: b.appCodeGzip <= BUDGETS.appGzip },
    { section: 'Bytes, first load', what: 'index.html', value: both(b.app.html) },
    { section: 'Bytes, first load', what: 'tiles for the first view', value: `${kB(b.tiles.bytes)} in ${b.tiles.requests} range requests` },
    { section: 'Bytes, first load', what: 'catalogue.json', value: both(b.catalogue) },
    ...readyRows(r),
  ];
  for (const p of r.scale) {
    out.push({ section: 'Scale: tile build (synthetic)', what: `${p.features.toLocaleString('en')} features`, value: `${ms(p.buildMs)}, ${(p.buildMs / (p.features / 1000)).toFixed(1)} ms per 1k; project ${kB(p.projectBytes)}, catalogue ${kB(p.catalogueBytes)}, ${p.tiles} tiles` });
  }
  const growth = linearity(r.scale);
  if (growth) out.push({ section: 'Scale: tile build (synthetic)', what: `time per feature, ${growth.to.toLocaleString('en')} vs ${growth.from.toLocaleString('en')}`, value: `${growth.ratio.toFixed(2)}×`, budget: `≤ ${BUDGETS.linearity}× (linear)`, ok: growth.ratio <= BUDGETS.linearity });
  const shown = r.interact.filter.map((f) => f.shown);
  const next = r.interact.filter.map((f) => f.nextFrame);
  const n = r.interact.features.toLocaleString('en');
  out.push(
    { section: `In the browser, ${n} features`, what: 'one frame here: a repaint with no change (median)', value: ms(median(r.interact.repaint)) },
    { section: `In the browser, ${n} features`, what: 'filter change → next frame (median)', value: ms(median(next)) },
    { section: `In the browser, ${n} features`, what: `filter change → frame showing it (median of ${shown.length})`, value: `${ms(median(shown))}, ${median(r.interact.filter.map((f) => f.frames))} frames`, budget: '1 frame', ok: median(r.interact.filter.map((f) => f.frames)) <= 1 },
  );
  const real = r.filterReal.map((f) => f.shown);
  out.push({ section: `In the browser, ${n} features`, what: `  the same with the real data (${r.features} features)`, value: `${ms(median(real))}, ${median(r.filterReal.map((f) => f.frames))} frames`, budget: '1 frame', ok: median(r.filterReal.map((f) => f.frames)) <= 1 });
  for (const [radius, samples] of Object.entries(r.interact.near)) {
    out.push({ section: `In the browser, ${n} features`, what: `near-me query, ${radius} m (median / p95 of ${samples.length})`, value: `${ms(median(samples))} / ${ms(percentile(samples, 0.95))}`, budget: `median < ${ms(BUDGETS.nearMs)}`, ok: median(samples) < BUDGETS.nearMs });
  }
  out.push(...searchRows(r.search));
  out.push(...lighthouseRows(r.lighthouse));
  return out;
}

const PAGE_NAMES: Record<ReadyPage, string> = {
  app: 'app',
  styled: "MapLibre with the app's style, archives and setup (the floor)",
  baseline: 'MapLibre with the pinned earlier style and archives (the baseline)',
  bare: 'MapLibre with an empty style (information)',
};

function readyRows(r: BenchResults): Row[] {
  const { pages, runs } = r.ready;
  const section = `Map ready: navigation → first idle with both archives (median of ${runs})`;
  const ratio = (what: string, value: number, budget?: number): Row => ({ section, what, value: `${value.toFixed(2)}×`, ...(budget === undefined ? {} : { budget: `≤ ${budget}`, ok: value <= budget }) });
  return [
    ...(Object.keys(PAGE_NAMES) as ReadyPage[]).map((k) => ({ section, what: PAGE_NAMES[k], value: `${ms(pages[k].readyMedian)}; main thread ${ms(pages[k].mainThreadMedian)} CPU in ${ms(pages[k].tasksMedian)} of tasks` })),
    ratio('app / floor (what the app adds)', r.ready.appOverStyled, BUDGETS.appOverStyled),
    ratio('app / baseline (the content made cheaper)', r.ready.appOverBaseline, BUDGETS.overBaseline),
    ratio('  floor / baseline (the same without the app)', r.ready.styledOverBaseline),
    ratio('main-thread CPU, app / baseline (information: the app also reads the catalogue and draws the panels)', r.ready.mainThreadOverBaseline),
    ratio('  main-thread CPU, floor / baseline', pages.styled.mainThreadMedian / pages.baseline.mainThreadMedian),
    ratio('app / empty style (information)', r.ready.appOverBare),
  ];
}

function lighthouseRows(runs: BenchResults['lighthouse']): Row[] {
  return runs.map((lh) => ({
    section: `Lighthouse ${lh.version}, ${lh.formFactor} (simulated throttling): performance, accessibility, FCP / LCP / TBT`,
    what: lh.page,
    value: `${lh.performance}, ${lh.accessibility}${lh.accessibilityFailures.length ? ` (fails: ${lh.accessibilityFailures.join(', ')})` : ''}; ${ms(lh.metrics['first-contentful-paint'] ?? Number.NaN)} / ${ms(lh.metrics['largest-contentful-paint'] ?? Number.NaN)} / ${ms(lh.metrics['total-blocking-time'] ?? Number.NaN)}`,
    ...(lh.page === 'app' ? { budget: `target ≥ ${BUDGETS.lighthouse}`, ok: lh.performance >= BUDGETS.lighthouse } : {}),
  }));
}

/** How much the build time per feature grows from the second-largest to the largest size (1 = linear). */
export function linearity(points: readonly ScalePoint[]): { from: number; to: number; ratio: number } | undefined {
  const [a, b] = points.slice(-2);
  if (!a || !b) return undefined;
  return { from: a.features, to: b.features, ratio: b.buildMs / b.features / (a.buildMs / a.features) };
}
