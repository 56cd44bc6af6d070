import type { Browser, Response } from 'playwright-core';
import { freshPage, readyTime } from './page';
import { gzipSize } from './stats';

export interface Size {
  raw: number;
  gzip: number;
  files: string[];
}

export interface FirstLoadBytes {
  /** maplibre-gl's JS chunk, CSS and worker. */
  maplibre: { js: Size; css: Size; worker: Size };
  /** Everything else the first screen loads: the app's JS (eager and lazy), CSS and the page. */
  app: { js: Size; css: Size; html: Size };
  /** The app's JS and CSS, gzip: the figure DESIGN §6 budgets. */
  appCodeGzip: number;
  /** Tile bytes fetched by range for the first view (already gzipped per tile), and the catalogue. */
  tiles: { requests: number; bytes: number };
  catalogue: Size;
}

const empty = (): Size => ({ raw: 0, gzip: 0, files: [] });

function add(size: Size, name: string, body: Buffer) {
  size.raw += body.length;
  size.gzip += gzipSize(body);
  size.files.push(name);
}

/**
 * Loads the app once in a fresh context and sorts every same-origin response
 * until the first idle with all project layers: what a first visit costs.
 */
export async function firstLoadBytes(browser: Browser, url: string): Promise<FirstLoadBytes> {
  const { page, close } = await freshPage(browser, { instrument: true });
  const result: FirstLoadBytes = {
    maplibre: { js: empty(), css: empty(), worker: empty() },
    app: { js: empty(), css: empty(), html: empty() },
    appCodeGzip: 0,
    tiles: { requests: 0, bytes: 0 },
    catalogue: empty(),
  };
  const pending: Promise<void>[] = [];
  let listening = true;
  const onResponse = (response: Response) => {
    const u = new URL(response.url());
    if (!listening || !response.url().startsWith(url) || response.status() >= 300) return;
    const name = u.pathname.split('/').pop() || 'index.html';
    // A request MapLibre cancels has no body to read; it cost nothing to count.
    pending.push(
      response.body().then((body) => {
        if (name.endsWith('.pmtiles')) {
          result.tiles.requests++;
          result.tiles.bytes += body.length;
        } else if (name === 'catalogue.json') add(result.catalogue, name, body);
        else if (name.startsWith('maplibre-gl-worker')) add(result.maplibre.worker, name, body);
        else if (name.startsWith('maplibre-gl')) add(name.endsWith('.css') ? result.maplibre.css : result.maplibre.js, name, body);
        else if (name.endsWith('.css')) add(result.app.css, name, body);
        else if (/\.m?js$/.test(name)) add(result.app.js, name, body);
        else if (name.endsWith('.html')) add(result.app.html, name, body);
      }, () => undefined),
    );
  };
  page.context().on('response', onResponse);
  await page.goto(url);
  await readyTime(page);
  await page.waitForLoadState('networkidle');
  page.context().off('response', onResponse);
  listening = false;
  await Promise.all(pending);
  await close();
  result.appCodeGzip = result.app.js.gzip + result.app.css.gzip;
  return result;
}
