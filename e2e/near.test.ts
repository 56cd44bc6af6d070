import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { CATEGORY_NAMES, STATUS_NAMES } from '../src/lib/i18n';
import { SOURCE_NEAR } from '../src/map/ids';
import { OUT_DIR, openPage, waitForMapIdle } from './browser';
import { catalogue, searchAndPick } from './helpers';
import { siteForTests } from './site';

const site = siteForTests();

const PHONE = { width: 375, height: 667 };

/** Distances of the near-me list, in the order shown within each status group. */
async function nearDistances(page: Page): Promise<number[][]> {
  return page.$$eval('.near-group', (groups) => groups.map((g) => [...g.querySelectorAll('li[data-distance]')].map((li) => Number(li.getAttribute('data-distance')))));
}

/** A layer and a status a resident turns off: each hides a place within 2 km of 宗关. */
const OFF = { category: 'park', status: 'underway' } as const;

/** The near list's feature ids, in the order shown. */
const nearIds = (page: Page) => page.locator('.near-list li').evaluateAll((els) => els.map((e) => e.getAttribute('data-feature-id')));

/** How many shapes of the near-me circle (its fill and dashed outline, the style's polygon layers on the near source) the map has drawn. */
function circleDrawn(page: Page): Promise<number> {
  return page.evaluate((source) => {
    const map = window.__qiaokouMap;
    if (!map) throw new Error('no map');
    const layers = (map.getStyle().layers ?? []).filter((l) => 'source' in l && l.source === source && (l.type === 'fill' || l.type === 'line')).map((l) => l.id);
    if (layers.length === 0) throw new Error(`no fill or line layer draws the ${source} source`);
    return map.queryRenderedFeatures({ layers }).filter((f) => f.geometry.type === 'Polygon').length;
  }, SOURCE_NEAR);
}

describe('near me', () => {
  test('a station found by its Chinese name gives a nearest-first list with distances and a circle on the map, which clearing the place removes', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(site.server.url);
    await waitForMapIdle(w.page);
    await searchAndPick(w.page, '宗关', /宗关/);
    await w.page.locator('.near-panel [data-testid="near-count"]').waitFor();
    const count = Number(await w.page.locator('[data-testid="near-count"]').innerText());
    assert.ok(count > 0, 'something is near 宗关');
    for (const group of await nearDistances(w.page)) assert.deepEqual(group, [...group].sort((a, b) => a - b), 'nearest first within each group');
    assert.match(await w.page.locator('.near-list .distance').first().innerText(), /米|公里|你在此范围内/);
    assert.match(w.page.url(), /near=/);
    assert.match(w.page.url(), /panel=near/);
    await waitForMapIdle(w.page);
    assert.ok((await circleDrawn(w.page)) > 0, 'the near-me circle is drawn on the map');
    await w.page.screenshot({ path: path.join(OUT_DIR, 'near-zongguan.png') });
    await w.page.getByRole('button', { name: '清除位置' }).click();
    await w.page.waitForFunction(() => !location.hash.includes('near='));
    await waitForMapIdle(w.page);
    assert.equal(await circleDrawn(w.page), 0, 'clearing the place takes the circle off the map');
    assert.deepEqual(w.errors, []);
    assert.deepEqual(w.foreign, []);
    await w.context.close();
  });

  test('exports the near list as CSV and GeoJSON that match what is shown', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(site.server.url);
    await searchAndPick(w.page, '宗关', /宗关/);
    await w.page.locator('[data-testid="near-count"]').waitFor();
    const shown = await w.page.locator('.near-list li').evaluateAll((els) => els.map((e) => e.getAttribute('data-feature-id')));
    const [csvDownload] = await Promise.all([w.page.waitForEvent('download'), w.page.getByRole('button', { name: '导出 CSV' }).click()]);
    const csv = readFileSync((await csvDownload.path()) ?? '', 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    assert.match(lines[0] ?? '', /^id,name_zh,name_en,category,category_name,status,status_name/);
    assert.deepEqual(
      lines.slice(1).map((l) => l.split(',')[0]).sort(),
      [...shown].sort(),
    );
    const [geoDownload] = await Promise.all([w.page.waitForEvent('download'), w.page.getByRole('button', { name: '导出 GeoJSON' }).click()]);
    const fc = JSON.parse(readFileSync((await geoDownload.path()) ?? '', 'utf8')) as GeoJSON.FeatureCollection;
    assert.equal(fc.type, 'FeatureCollection');
    assert.deepEqual(fc.features.map((f) => f.properties?.id).sort(), [...shown].sort());
    assert.ok(fc.features.every((f) => typeof f.properties?.distance_m === 'number'));
    await w.context.close();
  });

  test('pinyin and initials find the same station', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(site.server.url);
    await searchAndPick(w.page, 'zongguan', /宗关/);
    await w.page.getByRole('combobox').fill('hzj');
    await w.page.getByRole('option').first().waitFor();
    assert.match(await w.page.getByRole('option').first().innerText(), /汉正街/);
    await w.page.getByRole('combobox').fill('qqqqqq');
    await w.page.locator('.search-empty').waitFor();
    assert.match(await w.page.locator('.search-empty').innerText(), /没有找到/);
    await w.context.close();
  });

  test('a copied link reproduces the place, radius, the filters changed in the list, and the selection', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    await w.page.goto(site.server.url);
    await searchAndPick(w.page, '宗关', /宗关/);
    await w.page.locator('input[name="radius"][value="2000"]').check();
    await w.page.waitForFunction(() => location.hash.includes('r=2000'));
    const unfiltered = await nearIds(w.page);

    await w.page.getByRole('tab', { name: '列表' }).click();
    await w.page.locator(`label[data-category="${OFF.category}"] input`).click();
    await w.page.locator(`label[data-status="${OFF.status}"] input`).click();
    await w.page.getByRole('tab', { name: '附近' }).click();
    await w.page.waitForFunction((n) => document.querySelectorAll('.near-list li').length < n, unfiltered.length);
    const byId = new Map(catalogue().features.map((f) => [f.id, f]));
    const kept = (id: string | null) => byId.get(id ?? '')?.category !== OFF.category && byId.get(id ?? '')?.status !== OFF.status;
    const filtered = await nearIds(w.page);
    assert.deepEqual(filtered, unfiltered.filter(kept), `the near list leaves out ${OFF.category} and ${OFF.status}`);
    assert.ok(unfiltered.some((id) => byId.get(id ?? '')?.category === OFF.category) && unfiltered.some((id) => byId.get(id ?? '')?.status === OFF.status), 'each filter hides a place near 宗关');
    assert.ok(filtered.length > 0, 'some places are left');

    const first = w.page.locator('.near-list li').first();
    await first.locator('button').click();
    const selectedId = await first.getAttribute('data-feature-id');
    await w.page.waitForFunction((id) => location.hash.includes(`sel=${id}`), selectedId);
    await w.page.getByRole('button', { name: '复制链接' }).click();
    await w.page.getByRole('button', { name: '链接已复制' }).waitFor();
    const url = await w.page.evaluate(() => navigator.clipboard.readText());
    assert.equal(url, w.page.url(), 'the copied link is the address of the view');
    await w.context.close();

    const again = await openPage(site.browser, site.server.url);
    await again.page.goto(url);
    await again.page.locator('.near-list li').first().waitFor();
    assert.deepEqual(await nearIds(again.page), filtered, 'the near list is the filtered one');
    assert.equal(await again.page.locator('input[name="radius"][value="2000"]').isChecked(), true);
    assert.equal(await again.page.locator('.near-list li.selected').getAttribute('data-feature-id'), selectedId);
    const notice = await again.page.getByTestId('filter-notice').innerText();
    for (const name of [CATEGORY_NAMES[OFF.category].zh, STATUS_NAMES[OFF.status].zh]) assert.ok(notice.includes(name), `near me says ${name} is filtered out: ${notice}`);
    await again.page.getByRole('tab', { name: '列表' }).click();
    const boxes = await again.page.locator('.legend label[data-category] input, .legend label[data-status] input').evaluateAll((inputs) =>
      inputs.filter((i) => !(i as HTMLInputElement).checked).map((i) => i.parentElement?.getAttribute('data-category') ?? i.parentElement?.getAttribute('data-status')),
    );
    assert.deepEqual(boxes, [OFF.category, OFF.status], 'just the layer and the status that were unticked are off');
    const listed = await again.page.locator('.feature-list li').evaluateAll((els) => els.map((e) => e.getAttribute('data-feature-id')));
    assert.deepEqual([...listed].sort(), catalogue().features.map((f) => f.id).filter(kept).sort(), 'the list holds what passes the filters');
    await again.context.close();
  });

  test('device location: granted inside the district, denied, and outside each say so', async () => {
    const granted = await openPage(site.browser, site.server.url);
    await granted.context.grantPermissions(['geolocation'], { origin: site.server.url });
    await granted.context.setGeolocation({ longitude: 114.2505, latitude: 30.5762 });
    await granted.page.goto(`${site.server.url}#panel=near`);
    await granted.page.getByRole('button', { name: '使用我的位置' }).click();
    await granted.page.locator('[data-testid="near-count"]').waitFor();
    assert.match(granted.page.url(), /near=114\.2505,30\.5762/);
    await granted.context.setGeolocation({ longitude: 114.4, latitude: 30.5 });
    await granted.page.getByRole('button', { name: '使用我的位置' }).click();
    await granted.page.locator('[data-testid="locate-error"][data-reason="outside"]').waitFor();
    await granted.context.close();

    const denied = await openPage(site.browser, site.server.url);
    await denied.page.goto(`${site.server.url}#panel=near`);
    await denied.page.getByRole('button', { name: '使用我的位置' }).click();
    const error = denied.page.locator('[data-testid="locate-error"]');
    await error.waitFor();
    assert.equal(await error.getAttribute('data-reason'), 'denied');
    assert.match(await error.innerText(), /拒绝/);
    await denied.context.close();
  });

  test('tapping the map in pick mode sets the place', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(`${site.server.url}#panel=near`);
    await waitForMapIdle(w.page);
    await w.page.getByRole('button', { name: '在地图上点选位置' }).click();
    const box = await w.page.locator('.map canvas').boundingBox();
    assert.ok(box);
    await w.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await w.page.locator('[data-testid="near-count"]').waitFor();
    assert.match(w.page.url(), /near=/);
    await w.context.close();
  });

  test('prints a one-page sheet with the place, a map picture and the list', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.addInitScript(() => {
      window.print = () => {
        document.body.dataset.printed = 'yes';
      };
    });
    await w.page.goto(site.server.url);
    await waitForMapIdle(w.page);
    await searchAndPick(w.page, '宗关', /宗关/);
    await w.page.locator('[data-testid="near-count"]').waitFor();
    await waitForMapIdle(w.page);
    await w.page.getByRole('button', { name: '打印一页清单' }).click();
    await w.page.waitForFunction(() => document.body.dataset.printed === 'yes');
    // The browser pictures the map as any print starts (page.pdf fires beforeprint as Ctrl+P does).
    await w.page.pdf({ path: path.join(OUT_DIR, 'near-sheet.pdf'), format: 'A4' });
    await w.page.emulateMedia({ media: 'print' });
    const sheet = w.page.locator('.print-sheet');
    assert.ok(await sheet.isVisible(), 'the sheet shows in print');
    assert.equal(await w.page.locator('.map').isVisible(), false, 'the live map is replaced by its picture');
    const src = await sheet.locator('.print-map img').getAttribute('src');
    assert.match(src ?? '', /^data:image\/png;base64,.{1000}/, 'a real picture of the map');
    const text = await sheet.innerText();
    assert.match(text, /宗关/);
    assert.match(text, /“.+”/, 'report sentences are on the sheet');
    await w.page.screenshot({ path: path.join(OUT_DIR, 'near-sheet.png'), fullPage: true });
    await w.context.close();
  });

  test('works on a phone: map full screen, panel as a bottom sheet, 44 px targets', async () => {
    const w = await openPage(site.browser, site.server.url, { viewport: PHONE });
    await w.page.goto(site.server.url);
    await waitForMapIdle(w.page);
    const map = await w.page.locator('.map').boundingBox();
    assert.ok(map && map.width >= PHONE.width - 1, 'map spans the width');
    const panel = await w.page.locator('.panel').boundingBox();
    assert.ok(panel && panel.y > PHONE.height / 2 - 10, 'panel sits at the bottom');
    await searchAndPick(w.page, '宗关', /宗关/);
    await w.page.locator('[data-testid="near-count"]').waitFor();
    const small = await w.page.$$eval('.panel button, .panel .chip, .panel .toggle, .app-header button, .search input', (els) =>
      els
        .filter((e) => (e as HTMLElement).offsetParent !== null && !e.classList.contains('link-button'))
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.height < 44)
        .map((r) => Math.round(r.height)),
    );
    assert.deepEqual(small, [], 'touch targets at least 44 px tall');
    await w.page.screenshot({ path: path.join(OUT_DIR, 'phone-near.png') });
    await w.page.getByRole('button', { name: '收起面板,查看地图' }).click();
    const folded = await w.page.locator('.panel').boundingBox();
    assert.ok(folded && folded.height < 80, `the folded sheet leaves the map free (${folded?.height} px)`);
    await w.page.getByRole('button', { name: '展开面板' }).click();
    assert.ok(await w.page.locator('[data-testid="near-count"]').isVisible(), 'unfolding brings the list back');
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });

  test('a place far outside the district says so and how far, not "try a larger radius"', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(`${site.server.url}#panel=near&near=114.55,30.75&r=2000`);
    const note = w.page.getByTestId('near-outside');
    await note.waitFor();
    const km = Number(/硚口区以外,距区界约 (\d+) 公里/.exec(await note.innerText())?.[1]);
    // The district's north-east corner is about 28.9 km from this point (measured on the globe).
    assert.ok(Math.abs(km - 29) <= 1, `about 29 km, said ${km}`);
    assert.equal(await w.page.getByTestId('near-count').innerText(), '0');
    assert.doesNotMatch(await w.page.locator('.near-panel').innerText(), /扩大范围/);
    await w.page.getByRole('button', { name: 'Switch to English' }).click();
    assert.match(await note.innerText(), /outside Qiaokou District, about \d+ km from it/);
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });
});

