import type { Browser } from 'playwright-core';
import { freshPage, readyTime } from './page';

export interface FilterFrame {
  /** Click on a category checkbox → end of the next rendered frame, ms. */
  nextFrame: number;
  /** Click → end of the first frame that draws the new filter (tiles re-laid out), ms. */
  shown: number;
  /** Frames rendered in between, the last included. */
  frames: number;
}

export interface InteractResult {
  features: number;
  filter: FilterFrame[];
  /** A repaint with no change, request → end of frame, ms: what one frame costs on this machine. */
  repaint: number[];
  /** Whether the hidden category really left the map after the toggle. */
  filterApplied: boolean;
  /** Per-query ms of `nearby` at 1 km and 2 km radius over the whole catalogue. */
  near: Record<string, number[]>;
  errors: string[];
}

/**
 * In the app as served: toggles one category off and on a few times and
 * times each change to its rendered frame.
 */
export async function filterFrames(browser: Browser, appUrl: string, toggles: number): Promise<{ filter: FilterFrame[]; repaint: number[]; filterApplied: boolean; errors: string[] }> {
  const { page, errors, close } = await freshPage(browser, { instrument: true });
  await page.goto(appUrl);
  await readyTime(page, 120_000);
  // What one frame costs here: a repaint with nothing changed, from request to the end of its frame.
  const repaint = await page.evaluate(async () => {
    const map = window.__qiaokouMap;
    const out: number[] = [];
    for (let i = 0; map && i < 10; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const t0 = performance.now();
      await new Promise<void>((resolve) => {
        map.once('render', () => resolve());
        map.triggerRepaint();
      });
      out.push(performance.now() - t0);
    }
    return out;
  });
  const filter = await page.evaluate(async (n) => {
    const map = window.__qiaokouMap;
    const input = document.querySelector<HTMLInputElement>('label[data-category="park"] input');
    if (!map || !input) throw new Error('no map or no park checkbox');
    const idle = () => new Promise<void>((resolve) => (map.loaded() && map.areTilesLoaded() ? resolve() : map.once('idle', () => resolve())));
    const out: { nextFrame: number; shown: number; frames: number }[] = [];
    for (let i = 0; i < n; i++) {
      // Start from a settled map: the label filter follows a change after a 400 ms pause (src/map/sync.ts), and on a
      // slow machine that re-layout would otherwise land inside the next toggle's frames.
      await idle();
      await new Promise((r) => setTimeout(r, 1000));
      await idle();
      await new Promise((r) => setTimeout(r, 200));
      out.push(
        await new Promise((resolve) => {
          let frames = 0;
          let nextFrame = 0;
          let reloading = false;
          const t0 = performance.now();
          const onRender = () => {
            frames++;
            const now = performance.now() - t0;
            const loaded = map.areTilesLoaded();
            if (frames === 1) nextFrame = now;
            if (!loaded) reloading = true;
            // The first frame after the change starts any tile reload; once none is pending, this frame shows the filter.
            if (loaded && (reloading || frames === 1)) {
              map.off('render', onRender);
              resolve({ nextFrame, shown: now, frames });
            }
          };
          map.on('render', onRender);
          input.click();
        }),
      );
    }
    return out;
  }, toggles);
  const filterApplied = await page.evaluate(async () => {
    const map = window.__qiaokouMap;
    const input = document.querySelector<HTMLInputElement>('label[data-category="park"] input');
    if (!map || !input) return false;
    if (input.checked) input.click();
    await new Promise<void>((resolve) => map.once('idle', () => resolve()));
    const layers = (map.getStyle().layers ?? []).filter((l) => l.id.startsWith('project-')).map((l) => l.id);
    const rendered = map.queryRenderedFeatures({ layers }).filter((f) => !f.state?.hidden);
    return rendered.length > 0 && !rendered.some((f) => f.properties.category === 'park');
  });
  await close();
  return { filter, repaint, filterApplied, errors };
}

/** Runs the app's `nearby` in the browser over the served catalogue (bench/bare/near.ts). */
async function nearTimes(browser: Browser, nearUrl: string): Promise<{ features: number; near: Record<string, number[]>; errors: string[] }> {
  const { page, errors, close } = await freshPage(browser);
  await page.goto(nearUrl);
  const handle = await page.waitForFunction(() => window.__benchNear, undefined, { timeout: 120_000, polling: 200 });
  const r = (await handle.jsonValue()) as NonNullable<Window['__benchNear']>;
  await close();
  return { features: r.features, near: r.byRadius, errors };
}

/** Filter → frame in the app, and the near-me query, both over the same synthetic catalogue. */
export async function interact(browser: Browser, appUrl: string, nearUrl: string, toggles = 6): Promise<InteractResult> {
  const f = await filterFrames(browser, appUrl, toggles);
  const n = await nearTimes(browser, nearUrl);
  return { features: n.features, filter: f.filter, repaint: f.repaint, filterApplied: f.filterApplied, near: n.near, errors: [...f.errors, ...n.errors] };
}
