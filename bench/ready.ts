import type { Browser } from 'playwright-core';
import { freshPage, readyTime } from './page';
import { median } from './stats';

export interface ReadyTimes {
  runs: number;
  /** Navigation → first idle with all project layers, per run (ms). */
  app: number[];
  /** Navigation → first idle of MapLibre with an empty style, per run (ms). */
  bare: number[];
  /** Navigation → first idle of MapLibre with the app's style and archives but no app around it (a diagnostic). */
  styled: number[];
  appMedian: number;
  bareMedian: number;
  styledMedian: number;
  /** appMedian / bareMedian; DESIGN §6 budgets ≤ 1.25. */
  ratio: number;
  /** appMedian / styledMedian: what the app adds to drawing its own map. */
  appOverStyled: number;
  /** Console errors seen on any page (should be none). */
  errors: string[];
}

async function once(browser: Browser, url: string, instrument: boolean, errors: string[]): Promise<number> {
  const p = await freshPage(browser, { instrument });
  await p.page.goto(url);
  const t = await readyTime(p.page);
  errors.push(...p.errors);
  await p.close();
  return t;
}

/**
 * Times the app against the bare page (and the styled diagnostic page) in the
 * same browser, rotating which goes first, each load in a fresh context
 * (cold HTTP cache, new workers). One untimed load of each warms the server.
 */
export async function timeReady(browser: Browser, urls: { app: string; bare: string; styled: string }, runs: number): Promise<ReadyTimes> {
  const times = { app: [] as number[], bare: [] as number[], styled: [] as number[] };
  const errors: string[] = [];
  const pages = [
    { key: 'bare', url: urls.bare, instrument: false },
    { key: 'app', url: urls.app, instrument: true },
    { key: 'styled', url: urls.styled, instrument: false },
  ] as const;
  for (const p of pages) await once(browser, p.url, p.instrument, []);
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < pages.length; j++) {
      const p = pages[(i + j) % pages.length];
      if (p) times[p.key].push(await once(browser, p.url, p.instrument, errors));
    }
  }
  const appMedian = median(times.app);
  const bareMedian = median(times.bare);
  const styledMedian = median(times.styled);
  return { runs, ...times, appMedian, bareMedian, styledMedian, ratio: appMedian / bareMedian, appOverStyled: appMedian / styledMedian, errors };
}
