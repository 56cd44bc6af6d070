import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parseCsv as parseCsvFile } from '../scripts/lib/landmarks/csv';
import type { BrowserContext, Page } from 'playwright-core';
import { ONLINE_BASEMAP_ORIGIN } from '../scripts/lib/vite-tiles';
import type { Catalogue } from '../src/schema/records';

export const REPORT = readFileSync('data/report/qiaokou-2022-government-work-report.txt', 'utf8');
export const catalogue = (): Catalogue => JSON.parse(readFileSync('tiles/catalogue.json', 'utf8')) as Catalogue;

/**
 * The report's quotes for a feature, read from its source file under `data/features/` (not from the build or the page),
 * so a test can hold what a card shows against what the data says.
 */
export function dataQuotes(id: string): string[] {
  for (const file of readdirSync('data/features').filter((f) => f.endsWith('.geojson'))) {
    const fc = JSON.parse(readFileSync(`data/features/${file}`, 'utf8')) as { features: { properties: { id: string; mentions: { quote: string }[] } }[] };
    const found = fc.features.find((f) => f.properties.id === id);
    if (found) return found.properties.mentions.map((m) => m.quote);
  }
  throw new Error(`no feature ${id} in data/features`);
}

/** Rendered project features per category, as the map draws them now. */
export function renderedByCategory(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const map = window.__qiaokouMap;
    if (!map) throw new Error('no map');
    const layers = (map.getStyle().layers ?? []).filter((l) => l.id.startsWith('project-')).map((l) => l.id);
    const seen: Record<string, Set<string>> = {};
    for (const f of map.queryRenderedFeatures({ layers })) {
      if (f.state?.hidden) continue;
      const c = String(f.properties.category);
      const ids = seen[c] ?? new Set<string>();
      ids.add(String(f.properties.id));
      seen[c] = ids;
    }
    return Object.fromEntries(Object.entries(seen).map(([k, v]) => [k, v.size]));
  });
}

/** Rendered basemap features per source layer. */
export function renderedBasemap(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const map = window.__qiaokouMap;
    if (!map) throw new Error('no map');
    const layers = (map.getStyle().layers ?? []).filter((l) => l.id.startsWith('basemap-')).map((l) => l.id);
    const n: Record<string, number> = {};
    for (const f of map.queryRenderedFeatures({ layers })) n[f.sourceLayer ?? '?'] = (n[f.sourceLayer ?? '?'] ?? 0) + 1;
    return n;
  });
}

/** Screen position of a lon/lat on the current map. */
export function project(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate(([lon, lat]) => {
    const map = window.__qiaokouMap;
    if (!map) throw new Error('no map');
    const p = map.project([lon, lat]);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, lonLat);
}

/** A 1×1 transparent PNG, standing in for an online map tile. */
const TILE_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** Answers the online basemap's tile requests in this context with a blank tile; the returned list records them. */
export async function stubOnlineTiles(context: BrowserContext): Promise<string[]> {
  const served: string[] = [];
  await context.route(`${ONLINE_BASEMAP_ORIGIN}/**`, (route) => {
    served.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'image/png', body: TILE_PNG });
  });
  return served;
}

/** Types a query in the search box, checks the first suggestion, and picks it (which sets "my place"). */
export async function searchAndPick(page: Page, query: string, expected: RegExp): Promise<void> {
  const box = page.getByRole('combobox');
  await box.fill(query);
  const option = page.getByRole('option').first();
  await option.waitFor();
  assert.match(await option.innerText(), expected);
  await box.press('Enter');
}

/** Today as the page's device sees it (YYYY-MM-DD, local time), computed in the page, never written into a test. */
export function pageToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

/** An exported CSV (with its BOM) as records keyed by the header row, read by the project's one CSV parser. */
export function parseCsv(text: string): Record<string, string>[] {
  return parseCsvFile(text, 'the exported CSV');
}
