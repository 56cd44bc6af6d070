// npm run bench: builds the app and the bare page, then measures bytes, map-ready time, scale, search and Lighthouse; prints a table and writes bench/out/results.json.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launch } from '../e2e/browser';
import type { Catalogue } from '../src/schema/records';
import { serveStatic } from '../e2e/server';
import { firstLoadBytes } from './bytes';
import { filterFrames, interact } from './interact';
import { type FormFactor, runLighthouse } from './lighthouse';
import { timeReady } from './ready';
import { type BenchResults, type LighthousePage, rows } from './report';
import { scaleSeries, writeSyntheticTiles } from './scale';
import { searchSeries } from './search';
import { BARE_DIR, buildSites, OUT } from './sites';
import { formatTable } from './table';

const READY_RUNS = Number(process.env.BENCH_READY_RUNS ?? 9);
const LIGHTHOUSE_PAGES: LighthousePage[] = ['app', 'styled', 'baseline'];
const FORM_FACTORS: FormFactor[] = ['desktop', 'mobile'];
const SIZES = [1_000, 10_000, 100_000];
const BROWSER_FEATURES = 10_000;
const step = (what: string) => console.error(`bench: ${what}…`);

step('building dist/ and the bare page');
await buildSites();
await mkdir(OUT, { recursive: true });

step('search: typed words and 100,000-character pastes');
const search = searchSeries(JSON.parse(await readFile('tiles/catalogue.json', 'utf8')) as Catalogue);

step(`tile builds of ${SIZES.join(', ')} synthetic features`);
const scale = await scaleSeries(SIZES, (n) => (n >= 100_000 ? 1 : 3));
const syntheticTiles = path.join(OUT, `tiles-${BROWSER_FEATURES}`);
await writeSyntheticTiles(BROWSER_FEATURES, syntheticTiles);

const servers = await Promise.all([serveStatic('dist'), serveStatic(BARE_DIR, path.resolve('tiles')), serveStatic('dist', syntheticTiles), serveStatic(BARE_DIR, syntheticTiles)]);
const [app, bare, app10k, bare10k] = servers.map((s) => s.url) as [string, string, string, string];
const browser = await launch();
try {
  step('first-load bytes');
  const bytes = await firstLoadBytes(browser, app);
  step(`map ready: app, its floor, the pinned baseline and the empty page, ${READY_RUNS} runs each`);
  const pages = { app, styled: `${bare}styled.html`, baseline: `${bare}baseline.html`, bare };
  const ready = await timeReady(browser, pages, READY_RUNS);
  step(`filter and near-me with ${BROWSER_FEATURES} features`);
  const inter = await interact(browser, app10k, `${bare10k}near.html`);
  const real = await filterFrames(browser, app, 6);
  const chromium = browser.version();
  await browser.close();
  const lighthouse = [];
  for (const formFactor of FORM_FACTORS) {
    for (const page of LIGHTHOUSE_PAGES) {
      step(`Lighthouse ${formFactor}, ${page}`);
      lighthouse.push({ page, ...(await runLighthouse(pages[page], formFactor)) });
    }
  }

  const cpus = os.cpus();
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: { cpus: cpus.length, cpuModel: cpus[0]?.model ?? '?', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, chromium, os: `${os.type()} ${os.release()}` },
    bytes,
    ready,
    scale,
    interact: inter,
    filterReal: real.filter,
    features: (JSON.parse(await readFile('tiles/catalogue.json', 'utf8')) as Catalogue).features.length,
    lighthouse,
    search,
  };
  await writeFile(path.join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const m = results.machine;
  console.log(`Qiaokou Renewal Map benchmark, ${results.date}`);
  console.log(`machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, Chromium ${m.chromium} (headless, SwiftShader WebGL), ${m.os}`);
  console.log(formatTable(rows(results)));
  const errors = [...ready.errors, ...inter.errors, ...real.errors];
  if (errors.length) console.log(`\nconsole errors during the runs:\n  ${errors.join('\n  ')}`);
  console.log(`\nwritten: ${path.relative('.', path.join(OUT, 'results.json'))}`);
} finally {
  await browser.close().catch(() => undefined);
  await Promise.all(servers.map((s) => s.close()));
}
