import type { Browser, Page } from 'playwright-core';

declare global {
  interface Window {
    /** performance.now() (ms since navigation start) at the first idle with everything drawn; set by the bare page or by `markReady`. */
    __benchReady?: number;
  }
}

/**
 * An init script for the app: when MapView publishes the map, listen for the
 * first `idle` at which the style has its project layers and both archives'
 * sources are loaded, and note the time. The app itself is not changed.
 */
export function markReady(): void {
  let current: Window['__qiaokouMap'];
  Object.defineProperty(window, '__qiaokouMap', {
    configurable: true,
    get: () => current,
    set(map: NonNullable<Window['__qiaokouMap']>) {
      current = map;
      const check = () => {
        try {
          const layers = map.getStyle().layers ?? [];
          if (!layers.some((l) => l.id.startsWith('project-'))) return;
          if (!map.isSourceLoaded('project') || !map.isSourceLoaded('basemap')) return;
        } catch {
          return;
        }
        window.__benchReady ??= performance.now();
        map.off('idle', check);
      };
      map.on('idle', check);
    },
  });
}

/** A fresh context (empty cache) and page at the app's viewport, with console errors collected. */
export async function freshPage(browser: Browser, opts: { instrument?: boolean } = {}): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  // The service worker's precache would download the whole site beside the first view; the figures are of the page itself.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', deviceScaleFactor: 1, serviceWorkers: 'block' });
  // tsx compiles nested named functions with esbuild's __name helper, which the page lacks when they are sent there.
  await context.addInitScript('globalThis.__name ??= (f) => f;');
  if (opts.instrument) await context.addInitScript(markReady);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors, close: () => context.close() };
}

/** Milliseconds from navigation start to the page's ready mark. */
export async function readyTime(page: Page, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(() => window.__benchReady, undefined, { timeout, polling: 100 });
  return (await handle.jsonValue()) as number;
}
