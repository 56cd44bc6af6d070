import type { FirstLoadBytes } from './bytes';
import type { FilterFrame, InteractResult } from './interact';
import type { LighthouseScores } from './lighthouse';
import type { ReadyTimes } from './ready';
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
  lighthouse: LighthouseScores;
  search: SearchCase[];
}

/** DESIGN §6, as numbers. */
export const BUDGETS = { appGzip: 100_000, readyRatio: 1.25, nearMs: 5, linearity: 1.5, lighthouse: 90 } as const;

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
    { section: 'Map ready', what: `app: navigation → idle, all layers (median of ${r.ready.runs})`, value: ms(r.ready.appMedian) },
    { section: 'Map ready', what: `bare MapLibre, empty style (median of ${r.ready.runs})`, value: ms(r.ready.bareMedian) },
    { section: 'Map ready', what: 'ratio app / bare', value: r.ready.ratio.toFixed(2), budget: `≤ ${BUDGETS.readyRatio}`, ok: r.ready.ratio <= BUDGETS.readyRatio },
    { section: 'Map ready', what: `MapLibre with the app's style and tiles, no app (median)`, value: ms(r.ready.styledMedian) },
    { section: 'Map ready', what: 'ratio app / styled (what the app adds)', value: r.ready.appOverStyled.toFixed(2) },
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
  const lh = r.lighthouse;
  out.push(
    { section: `Lighthouse ${lh.version}, desktop`, what: 'performance', value: String(lh.performance), budget: `target ≥ ${BUDGETS.lighthouse}`, ok: lh.performance >= BUDGETS.lighthouse },
    { section: `Lighthouse ${lh.version}, desktop`, what: 'accessibility', value: `${lh.accessibility}${lh.accessibilityFailures.length ? ` (fails: ${lh.accessibilityFailures.join(', ')})` : ''}`, budget: `target ≥ ${BUDGETS.lighthouse}`, ok: lh.accessibility >= BUDGETS.lighthouse },
    { section: `Lighthouse ${lh.version}, desktop`, what: 'FCP / LCP / TBT', value: `${ms(lh.metrics['first-contentful-paint'] ?? Number.NaN)} / ${ms(lh.metrics['largest-contentful-paint'] ?? Number.NaN)} / ${ms(lh.metrics['total-blocking-time'] ?? Number.NaN)}` },
  );
  return out;
}

/** How much the build time per feature grows from the second-largest to the largest size (1 = linear). */
export function linearity(points: readonly ScalePoint[]): { from: number; to: number; ratio: number } | undefined {
  const [a, b] = points.slice(-2);
  if (!a || !b) return undefined;
  return { from: a.features, to: b.features, ratio: b.buildMs / b.features / (a.buildMs / a.features) };
}
