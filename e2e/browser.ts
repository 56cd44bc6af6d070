import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const OUT_DIR = path.resolve('e2e/out');
mkdirSync(OUT_DIR, { recursive: true });

/** Chromium flags for every browser run: headless, software WebGL, nothing phoning home. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

/** Debian's Chromium, unless CHROMIUM_PATH names another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with nothing phoning home; `extraArgs` add flags (e.g. a debugging port). */
export function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests to any origin but the app's. */
  foreign: string[];
  /** Console errors a test expects (the browser's own line for a request it made fail); closing allows only these. */
  allowConsole: RegExp[];
}

/**
 * A fresh page (a touch phone's with `touch`) that records console errors and every request that leaves
 * `origin`. Closing its context fails the test if the console had an error
 * that `allowConsole` does not expect, so every browser test keeps it clean.
 */
export async function openPage(browser: Browser, origin: string, opts: { viewport?: { width: number; height: number }; allowForeign?: boolean; touch?: boolean } = {}): Promise<Watched> {
  const touch = opts.touch ? { hasTouch: true, isMobile: true } : {};
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1280, height: 800 }, locale: 'zh-CN', deviceScaleFactor: 1, ...touch });
  const page = await context.newPage();
  const errors: string[] = [];
  const allowConsole: RegExp[] = [];
  const closeContext = context.close.bind(context);
  context.close = async (options) => {
    await closeContext(options);
    const unexpected = errors.filter((e) => !allowConsole.some((re) => re.test(e)));
    if (unexpected.length > 0) throw new Error(`console errors in ${page.url()}:\n  ${unexpected.join('\n  ')}`);
  };
  const foreign: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const host = new URL(origin).host;
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.host === host) return route.continue();
    foreign.push(url.href);
    return opts.allowForeign ? route.fulfill({ status: 204, body: '' }) : route.abort();
  });
  return { page, context, errors, foreign, allowConsole };
}

/** Waits until the map exists, has loaded its style and is idle. */
export async function waitForMapIdle(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => Boolean(window.__qiaokouMap?.loaded()), undefined, { timeout, polling: 200 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__qiaokouMap;
        if (!map) return resolve();
        if (map.loaded() && map.areTilesLoaded()) return resolve();
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}
