import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { radiusBounds } from '../src/lib/geometry';
import { DISTRICT_BBOX } from '../src/schema/district';
import { OUT_DIR, openPage, waitForMapIdle } from './browser';
import { project, searchAndPick } from './helpers';
import { siteForTests } from './site';

const site = siteForTests();
const PHONE = { width: 375, height: 667 };
/** 宗关 metro station, where a resident of the old town might stand. */
const ZONGGUAN: [number, number] = [114.2505, 30.5762];
/** 汉正街 station (line 6): several places within a kilometre, on all sides. */
const HANZHENGJIE: [number, number] = [114.26927, 30.57368];

const historyLength = (page: Page) => page.evaluate(() => history.length);
const step = async (page: Page, dir: 'back' | 'forward', hash: string) => {
  await page.evaluate((d) => (d === 'back' ? history.back() : history.forward()), dir);
  await page.waitForFunction((h) => location.hash === h, hash);
};
const checked = (page: Page, category: string) => page.locator(`label[data-category="${category}"] input`).isChecked();

/** The screen box of a bbox on the current map. */
async function screenBox(page: Page, [w, s, e, n]: readonly number[]) {
  const a = await project(page, [w ?? 0, n ?? 0]);
  const b = await project(page, [e ?? 0, s ?? 0]);
  return { left: a.x, top: a.y, right: b.x, bottom: b.y };
}

describe('history and shared links', () => {
  test('each action is one history entry; Back and Forward step through them and restore filters, place, panel and language', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(site.server.url);
    await w.page.locator('.feature-list li').first().waitFor();
    const start = await historyLength(w.page);
    await w.page.locator('label[data-category="road"] input').click();
    await w.page.waitForFunction(() => location.hash.includes('cat='));
    const roadOff = new URL(w.page.url()).hash;
    await w.page.locator('label[data-category="park"] input').click();
    await w.page.waitForFunction((h) => location.hash !== h, roadOff);
    const bothOff = new URL(w.page.url()).hash;
    assert.equal(await historyLength(w.page), start + 2, 'two filter changes, two entries');

    await step(w.page, 'back', roadOff);
    assert.equal(await checked(w.page, 'road'), false);
    assert.equal(await checked(w.page, 'park'), true, 'one Back undoes one change');
    await step(w.page, 'back', '');
    assert.equal(await checked(w.page, 'road'), true);
    await step(w.page, 'forward', roadOff);
    await step(w.page, 'forward', bothOff);
    assert.equal(await checked(w.page, 'park'), false, 'Forward returns to the last change');
    assert.equal(await historyLength(w.page), start + 2, 'stepping writes no new entries');

    await searchAndPick(w.page, '宗关', /宗关/);
    await w.page.locator('[data-testid="near-count"]').waitFor();
    assert.equal(await historyLength(w.page), start + 3, 'a search that sets the place, selection and panel is one entry');
    const nearHash = new URL(w.page.url()).hash;
    await w.page.getByRole('button', { name: 'English' }).click();
    await w.page.waitForFunction(() => location.hash.includes('lang=en'));
    await step(w.page, 'back', nearHash);
    assert.equal(await w.page.getAttribute('html', 'lang'), 'zh-CN', 'Back restores the language');
    assert.ok(await w.page.locator('[data-testid="near-count"]').isVisible(), 'and the near-me panel with its place');
    await step(w.page, 'back', bothOff);
    assert.equal(await w.page.getByRole('tab', { name: '列表' }).getAttribute('aria-selected'), 'true', 'and the list panel before it');
    await w.context.close();
  });

  test('a shared near-me link opens framed on its place and radius, and prints the place', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(`${site.server.url}#near=${HANZHENGJIE.join(',')}&r=1000&panel=near`);
    await waitForMapIdle(w.page);
    const map = await w.page.locator('.map').boundingBox();
    assert.ok(map);
    const circle = await screenBox(w.page, radiusBounds(HANZHENGJIE, 1000));
    assert.ok(circle.left >= map.x - 1 && circle.right <= map.x + map.width + 1 && circle.top >= map.y - 1 && circle.bottom <= map.y + map.height + 1, 'the whole circle is in view');
    assert.ok(circle.bottom - circle.top > map.height * 0.5, `the circle fills the map (${Math.round(circle.bottom - circle.top)} of ${map.height} px), not a dot at district scale`);

    await w.page.pdf({ path: path.join(OUT_DIR, 'shared-link-print.pdf'), format: 'A4' });
    await w.page.emulateMedia({ media: 'print' });
    const sheet = w.page.locator('.print-sheet');
    assert.match(await sheet.innerText(), /汉正街|附近/);
    const figure = await sheet.locator('.print-map').boundingBox();
    const markers = await sheet.locator('.print-marker').evaluateAll((els) => els.map((e) => [e.getBoundingClientRect().left, e.getBoundingClientRect().top] as const));
    assert.ok(figure && markers.length > 1, 'the printed map numbers the places');
    const spread = (k: 0 | 1) => Math.max(...markers.map((m) => m[k])) - Math.min(...markers.map((m) => m[k]));
    assert.ok(spread(0) > figure.width * 0.2 || spread(1) > figure.height * 0.2, 'the printed map shows the place up close, its items spread out');
    await w.context.close();
  });

  test('on a phone a shared link frames the place above the bottom sheet', async () => {
    const w = await openPage(site.browser, site.server.url, { viewport: PHONE, touch: true });
    await w.page.goto(`${site.server.url}#near=${ZONGGUAN.join(',')}&panel=near`);
    await waitForMapIdle(w.page);
    const sheet = await w.page.locator('.panel').boundingBox();
    assert.ok(sheet);
    const circle = await screenBox(w.page, radiusBounds(ZONGGUAN, 1000));
    assert.ok(circle.bottom <= sheet.y + 2, `the circle ends above the sheet (${Math.round(circle.bottom)} ≤ ${Math.round(sheet.y)})`);
    assert.ok(circle.top >= 0, 'and below the top of the screen');
    await w.context.close();
  });

  test('on a phone the first view fits the district above the sheet, and map and find controls are 44 px', async () => {
    const w = await openPage(site.browser, site.server.url, { viewport: PHONE, touch: true });
    await w.page.goto(site.server.url);
    await waitForMapIdle(w.page);
    const sheet = await w.page.locator('.panel').boundingBox();
    const map = await w.page.locator('.map').boundingBox();
    assert.ok(sheet && map);
    const district = await screenBox(w.page, DISTRICT_BBOX);
    assert.ok(district.bottom <= sheet.y + 2, `the district's south edge is above the sheet (${Math.round(district.bottom)} ≤ ${Math.round(sheet.y)})`);
    assert.ok(district.top >= map.y - 2 && district.left >= -2 && district.right <= PHONE.width + 2, 'and the rest of it in view');
    await w.page.screenshot({ path: path.join(OUT_DIR, 'phone-first-view.png') });

    const size = (selector: string) => w.page.locator(selector).first().evaluate((e) => ({ w: e.getBoundingClientRect().width, h: e.getBoundingClientRect().height }));
    for (const control of ['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-zoom-out', '.maplibregl-ctrl-attrib-button']) {
      const box = await size(control);
      assert.ok(box.w >= 44 && box.h >= 44, `${control} is ${box.w}×${box.h}`);
    }
    await w.page.getByRole('tab', { name: '报告' }).click();
    await w.page.locator('.r-find-row input').waitFor();
    for (const control of ['.r-find-row input', '.r-find-row button']) {
      const box = await size(control);
      assert.ok(box.h >= 44 && (control.endsWith('input') || box.w >= 44), `${control} is ${box.w}×${box.h}`);
    }
    await w.context.close();
  });
});
