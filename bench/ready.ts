import type { Browser } from 'playwright-core';
import { freshPage, readyTime } from './page';
import { median } from './stats';

/** The pages timed side by side, each in the same browser run. */
export const READY_PAGES = {
  /** The app as served. */
  app: 'app',
  /** MapLibre with the app's style, archives and map setup, no React, store, catalogue or panels: the floor for the app. */
  styled: 'styled',
  /** MapLibre with the pinned earlier style and archives (bench/baseline/): what the content cost before. */
  baseline: 'baseline',
  /** MapLibre with an empty style: information only, since it loads no tile. */
  bare: 'bare',
} as const;
export type ReadyPage = keyof typeof READY_PAGES;

/** One page's loads: time to ready and main-thread work until then, per run. */
export interface PageLoads {
  /** Navigation → first idle with both archives' sources loaded (ms). */
  ready: number[];
  /** CPU time of the page's main thread until ready (ms): its own work, without the waits for the software GPU. */
  mainThread: number[];
  /** Wall time of the main thread's tasks until ready (ms): the work and the waits inside it. */
  tasks: number[];
  readyMedian: number;
  mainThreadMedian: number;
  tasksMedian: number;
}

export interface ReadyTimes {
  runs: number;
  pages: Record<ReadyPage, PageLoads>;
  /** app / styled ready: what the app adds to drawing its own map (DESIGN §6: ≤ 1.05). */
  appOverStyled: number;
  /** app / baseline ready: the content made cheaper against the pinned earlier map (target ≤ 0.8). */
  appOverBaseline: number;
  /** styled / baseline ready: the same, without the app around the map. */
  styledOverBaseline: number;
  /** app / baseline main-thread CPU. */
  mainThreadOverBaseline: number;
  /** app / bare ready, for information. */
  appOverBare: number;
  /** Console errors seen on any page (should be none). */
  errors: string[];
}

interface Load {
  ready: number;
  mainThread: number;
  tasks: number;
}

async function once(browser: Browser, url: string, instrument: boolean, errors: string[]): Promise<Load> {
  const p = await freshPage(browser, { instrument });
  const cdp = await p.page.context().newCDPSession(p.page);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metrics();
  await p.page.goto(url);
  const ready = await readyTime(p.page);
  const after = await metrics();
  errors.push(...p.errors);
  await p.close();
  const seconds = (name: string) => ((after[name] ?? Number.NaN) - (before[name] ?? 0)) * 1000;
  return { ready, mainThread: seconds('ThreadTime'), tasks: seconds('TaskDuration') };
}

function summary(loads: Load[]): PageLoads {
  const pick = (k: keyof Load) => loads.map((l) => l[k]);
  return { ready: pick('ready'), mainThread: pick('mainThread'), tasks: pick('tasks'), readyMedian: median(pick('ready')), mainThreadMedian: median(pick('mainThread')), tasksMedian: median(pick('tasks')) };
}

/**
 * Times the app, its floor, the pinned baseline and the empty page in the
 * same browser, rotating which goes first, each load in a fresh context
 * (cold HTTP cache, new renderer and workers). One untimed load of each
 * warms the server.
 */
export async function timeReady(browser: Browser, urls: Record<ReadyPage, string>, runs: number): Promise<ReadyTimes> {
  const keys = Object.keys(READY_PAGES) as ReadyPage[];
  const loads = Object.fromEntries(keys.map((k) => [k, [] as Load[]])) as Record<ReadyPage, Load[]>;
  const errors: string[] = [];
  for (const k of keys) await once(browser, urls[k], k === 'app', []);
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < keys.length; j++) {
      const k = keys[(i + j) % keys.length];
      if (k) loads[k].push(await once(browser, urls[k], k === 'app', errors));
    }
  }
  const pages = Object.fromEntries(keys.map((k) => [k, summary(loads[k])])) as Record<ReadyPage, PageLoads>;
  const r = (a: ReadyPage, b: ReadyPage) => pages[a].readyMedian / pages[b].readyMedian;
  return {
    runs,
    pages,
    appOverStyled: r('app', 'styled'),
    appOverBaseline: r('app', 'baseline'),
    styledOverBaseline: r('styled', 'baseline'),
    mainThreadOverBaseline: pages.app.mainThreadMedian / pages.baseline.mainThreadMedian,
    appOverBare: r('app', 'bare'),
    errors,
  };
}
