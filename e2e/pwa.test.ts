import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import type { Catalogue } from '../src/schema/records';
import { CHROMIUM_ARGS, CHROMIUM_PATH, openPage, waitForMapIdle } from './browser';
import { buildFixtureTiles, type TempDir, tempDir } from './fixtures';
import { catalogue, renderedBasemap, renderedByCategory } from './helpers';
import { siteForTests } from './site';

const site = siteForTests();

/** The URLs the built service worker precaches, read from dist/sw.js. */
function precached(): string[] {
  const manifest = /\[\{"revision".*?\}\]/.exec(readFileSync('dist/sw.js', 'utf8'))?.[0];
  assert.ok(manifest, 'dist/sw.js carries a precache manifest');
  return (JSON.parse(manifest) as { url: string }[]).map((e) => e.url).sort();
}

/** Every file of a built site, relative to it. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

/** Waits until a service worker controls the page; it takes control only once everything is precached. */
async function waitForWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000, polling: 200 });
}

/** Ids of the project features the map draws now. */
function renderedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.__qiaokouMap;
    if (!map) throw new Error('no map');
    const layers = (map.getStyle().layers ?? []).filter((l) => l.id.startsWith('project-')).map((l) => l.id);
    return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.id)))];
  });
}

describe('the installed app', () => {
  test('the worker precaches every file of the built site, tiles included, and nothing from another origin', () => {
    const urls = precached();
    assert.deepEqual(urls, filesOf('dist').filter((f) => f !== 'sw.js'));
    for (const f of ['index.html', 'tiles/catalogue.json', 'tiles/project.pmtiles', 'tiles/basemap.pmtiles', 'manifest.webmanifest']) assert.ok(urls.includes(f), f);
    assert.deepEqual(urls.filter((u) => /^[a-z]+:|^\/\//.test(u)), []);
  });

  test('Chromium finds it installable, from a manifest in both languages with icons, standalone', async () => {
    // Chromium never installs from an incognito profile, which every new browser context is: use a real one.
    const profile = await tempDir('qiaokou-profile-');
    const context = await chromium.launchPersistentContext(profile.dir, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(site.server.url);
    await waitForWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    assert.deepEqual(installabilityErrors.map((e) => e.errorId), []);
    const got = (await cdp.send('Page.getAppManifest')) as { errors: { message: string }[]; data?: string };
    assert.deepEqual(got.errors.map((e) => e.message), []);
    const manifest = JSON.parse(got.data ?? '{}') as { name: string; display: string; start_url: string; icons: { sizes: string; purpose: string }[] };
    assert.match(manifest.name, /硚口.*Qiaokou/);
    assert.equal(manifest.display, 'standalone');
    assert.equal(manifest.start_url, './');
    assert.ok(['192x192', '512x512'].every((s) => manifest.icons.some((i) => i.sizes === s)) && manifest.icons.some((i) => i.purpose === 'maskable'));
    assert.deepEqual(errors, []);
    await context.close();
    await profile.remove();
  });

  test('after one visit it works offline: map, list, search, near me, report and print, with the link kept', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.addInitScript(() => {
      window.print = () => {
        document.body.dataset.printed = 'yes';
      };
    });
    const shown = catalogue();
    const park = shown.features.find((f) => f.category === 'park');
    assert.ok(park);
    await w.page.goto(site.server.url);
    await waitForWorker(w.page);
    await w.context.setOffline(true);
    await w.page.goto(`${site.server.url}?from=home-screen#sel=${park.id}`);
    await waitForMapIdle(w.page);
    assert.match(await w.page.getByTestId('offline').innerText(), /离线/);
    assert.ok(Object.values(await renderedByCategory(w.page)).reduce((a, b) => a + b, 0) > 0, 'project features on the map');
    assert.ok(Object.keys(await renderedBasemap(w.page)).length > 0, 'the embedded basemap draws');
    assert.match(await w.page.locator('.maplibregl-popup .feature-card').innerText(), new RegExp(park.name_zh), 'the hash selected its place');
    assert.equal(await w.page.locator('.feature-list li').count(), shown.features.length, 'the list has every place');
    assert.ok(await w.page.getByTestId('basemap-offline').isVisible(), 'the online street map says it needs the network');
    assert.equal(await w.page.locator('input[name="basemap"][value="osm"]').isDisabled(), true);

    await w.page.getByRole('combobox').fill('宗关');
    await w.page.getByRole('option').first().waitFor();
    await w.page.getByRole('combobox').press('Enter');
    assert.ok(Number(await w.page.getByTestId('near-count').innerText()) > 0, 'near me lists places');
    await waitForMapIdle(w.page);
    await w.page.getByRole('button', { name: '打印一页清单' }).click();
    await w.page.waitForFunction(() => document.body.dataset.printed === 'yes');
    // The map is pictured as any print starts; page.pdf fires beforeprint as the browser's own print does.
    await w.page.pdf({ format: 'A4' });
    assert.match((await w.page.locator('.print-sheet .print-map img').getAttribute('src')) ?? '', /^data:image\/png;base64,.{1000}/, 'the sheet has a picture of the map');
    await w.page.getByRole('tab', { name: '报告' }).click();
    await w.page.locator('.r-text').first().waitFor();
    await w.page.getByRole('tab', { name: '数据质量' }).click();
    assert.match(await w.page.getByTestId('build').innerText(), new RegExp(shown.build), 'the data view names the build on screen');
    await w.page.getByRole('button', { name: 'Switch to English' }).click();
    assert.match(await w.page.getByTestId('offline').innerText(), /Offline/);

    await w.context.setOffline(false);
    await w.page.getByTestId('offline').waitFor({ state: 'detached' });
    assert.deepEqual(w.foreign, []);
    await w.context.close();
  });
});

describe('a new deploy', () => {
  let tiles: TempDir;
  let dist: TempDir;
  before(async () => {
    tiles = await buildFixtureTiles();
    dist = await tempDir('qiaokou-deploy-');
    // A second real build of the site around other data: new catalogue, new archives, new worker.
    await promisify(execFile)('node_modules/.bin/vite', ['build', '--outDir', dist.dir, '--emptyOutDir', '--logLevel', 'error'], { env: { ...process.env, QIAOKOU_TILES: tiles.dir } });
  });
  after(async () => {
    site.server.deploy('dist');
    await tiles?.remove();
    await dist?.remove();
  });

  test('is offered to the open page, which keeps its own data until the reload and then shows the new data with its archives', async () => {
    const old = catalogue();
    const next = JSON.parse(readFileSync(path.join(dist.dir, 'tiles/catalogue.json'), 'utf8')) as Catalogue;
    assert.notEqual(next.build, old.build);
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(site.server.url);
    await waitForWorker(w.page);
    await waitForMapIdle(w.page);

    site.server.deploy(dist.dir);
    // The phone loses and regains the network: the page looks for a new deploy.
    await w.context.setOffline(true);
    await w.context.setOffline(false);
    const offer = w.page.getByTestId('update');
    await offer.waitFor({ timeout: 60_000 });
    assert.equal(await offer.innerText(), '有新数据,刷新');

    // Until the reload, the page reads only its own build, even for map tiles it has not read yet.
    await w.page.evaluate(() => window.__qiaokouMap?.jumpTo({ zoom: (window.__qiaokouMap?.getZoom() ?? 12) + 1.5 }));
    await waitForMapIdle(w.page);
    const oldIds = new Set(old.features.map((f) => f.id));
    const before = await renderedIds(w.page);
    assert.ok(before.length > 0 && before.every((id) => oldIds.has(id)), `old archive only: ${before}`);
    await w.page.getByRole('tab', { name: '数据质量' }).click();
    assert.match(await w.page.getByTestId('build').innerText(), new RegExp(`${old.build}.*已有更新的数据版本`));

    await Promise.all([w.page.waitForEvent('load', { timeout: 60_000 }), offer.click()]);
    await waitForMapIdle(w.page);
    await w.page.getByRole('tab', { name: '列表' }).click();
    assert.equal(await w.page.getByTestId('update').count(), 0, 'nothing left to offer');
    assert.equal(await w.page.locator('.feature-list li').count(), next.features.length, 'the list is the new catalogue');
    await w.page.getByRole('tab', { name: '数据质量' }).click();
    assert.match(await w.page.getByTestId('build').innerText(), new RegExp(next.build));
    const newIds = new Set(next.features.map((f) => f.id));
    const now = await renderedIds(w.page);
    assert.ok(now.length > 0 && now.every((id) => newIds.has(id)), `new archive only: ${now}`);
    assert.deepEqual(w.foreign, []);
    await w.context.close();
  });
});
