import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { PRECISION_NAMES } from '../src/lib/i18n';
import type { Precision } from '../src/schema/constants';
import type { Page } from 'playwright-core';
import { OUT_DIR, openPage, waitForMapIdle } from './browser';
import { pageToday, parseCsv, searchAndPick } from './helpers';
import { siteForTests } from './site';

const site = siteForTests();

/** Prints as the browser does (page.pdf fires beforeprint, like Ctrl+P), then shows the page as print media. */
async function print(page: Page, name: string) {
  await page.pdf({ path: path.join(OUT_DIR, `${name}.pdf`), format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'print' });
}

/** Every element that would print a coloured block behind the sheet (background graphics on). */
function backgroundBlocks(page: Page): Promise<string[]> {
  // No named functions inside: the test runner's transform would wrap them in a helper the page lacks.
  return page.evaluate(() => {
    const chain: Element[] = [];
    for (let e = document.querySelector('.print-sheet')?.parentElement ?? null; e; e = e.parentElement) chain.push(e);
    return chain.map((e) => `${e.tagName} ${getComputedStyle(e).backgroundColor}`).filter((said) => !/ (rgba\(0, 0, 0, 0\)|rgb\(255, 255, 255\)|transparent)$/.test(said));
  });
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path()) ?? '', 'utf8') };
}

/** Near 宗关 with the parks layer filtered out (the Han River bank is within a kilometre), set as a resident would: search, then untick the layer in the list. */
async function nearZongguanWithoutParks(page: Page) {
  await searchAndPick(page, '宗关', /宗关/);
  await page.locator('[data-testid="near-count"]').waitFor();
  const all = Number(await page.getByTestId('near-count').innerText());
  await page.getByRole('tab', { name: '列表' }).click();
  await page.locator('label[data-category="park"] input').click();
  await page.getByRole('tab', { name: '附近' }).click();
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid="near-count"]')?.textContent) < n, all);
  return { all, shown: Number(await page.getByTestId('near-count').innerText()) };
}

describe('print, filters and exports', () => {
  test('Ctrl+P from the list panel prints the designed sheet: title, date, filters, numbered map, legend, labelled figures, no background', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(site.server.url);
    await waitForMapIdle(w.page);
    const listed = await w.page.locator('.feature-list li').count();
    await print(w.page, 'list-print');
    const sheet = w.page.locator('.print-sheet');
    assert.ok(await sheet.isVisible(), 'the sheet prints');
    assert.equal(await w.page.locator('.legend input[type="checkbox"]').first().isVisible(), false, 'no page of checkboxes');
    const text = await sheet.innerText();
    assert.match(text, /硚口城市更新地图/);
    assert.match(text, /来源:硚口区2022年政府工作报告/);
    assert.equal(await sheet.getByTestId('print-date').innerText(), await pageToday(w.page));
    assert.match(await sheet.getByTestId('print-filters').innerText(), /无/);
    assert.equal(await sheet.locator('.print-legend .print-key').count(), 7 + 4, 'every layer and status in the legend');
    assert.equal(await sheet.locator('.print-list > li').count(), listed, 'the list as the panel shows it');
    const numbers = await sheet.locator('.print-marker').evaluateAll((els) => els.map((e) => Number(e.textContent)));
    assert.ok(numbers.length > listed / 2, 'most places are numbered on the map');
    for (const n of numbers) assert.equal(await sheet.locator(`.print-list > li[data-number="${n}"]`).count(), 1, `map number ${n} is in the list`);
    const figure = await sheet.locator('.print-metric').first().innerText();
    assert.match(figure, /^\s*[^\d\s:]+:\s*\d/, `a figure carries its label (${figure})`);
    assert.deepEqual(await backgroundBlocks(w.page), [], 'no background block');
    await w.page.screenshot({ path: path.join(OUT_DIR, 'list-print.png'), fullPage: true });
    await w.context.close();
  });

  test('near me says which filters hide items, in the panel, the export and the print, with one action to clear them', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(site.server.url);
    await waitForMapIdle(w.page);
    const { all, shown } = await nearZongguanWithoutParks(w.page);
    const notice = w.page.getByTestId('filter-notice');
    assert.match(await notice.innerText(), /公园绿地与水体/);
    assert.match(await notice.innerText(), new RegExp(`另有 ${all - shown} 项`));

    const today = await pageToday(w.page);
    const csv = await download(w.page, '导出 CSV');
    assert.equal(csv.name, `硚口-宗关-1km-已筛选-${today}.csv`);
    const rows = parseCsv(csv.text);
    assert.equal(rows.length, shown);
    assert.ok(rows.every((r) => r.view_filters?.includes('公园绿地与水体')), 'each row says which filters were on');

    await print(w.page, 'near-filtered-print');
    assert.match(await w.page.getByTestId('print-filters').innerText(), /公园绿地与水体/);
    assert.equal(await w.page.locator('.print-sheet .print-list > li').count(), shown);
    assert.ok((await w.page.locator('.print-sheet .print-map img').count()) === 1, 'the near-me print has the map');
    assert.deepEqual(await backgroundBlocks(w.page), []);
    await w.page.emulateMedia({ media: 'screen' });

    await notice.getByRole('button').click();
    await w.page.waitForFunction((n) => Number(document.querySelector('[data-testid="near-count"]')?.textContent) === n, all);
    assert.equal(await notice.count(), 0, 'the notice goes with the filters');
    await w.context.close();
  });

  test('exports are named by place, radius and date, with names beside codes and public flat fields', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(site.server.url);
    await searchAndPick(w.page, '宗关', /宗关/);
    await w.page.locator('[data-testid="near-count"]').waitFor();
    const today = await pageToday(w.page);
    const csv = await download(w.page, '导出 CSV');
    assert.equal(csv.name, `硚口-宗关-1km-${today}.csv`);
    const cells = parseCsv(csv.text)[0] ?? {};
    assert.match(cells.category_name ?? '', /[\u4e00-\u9fff]/, 'category in Chinese beside its code');
    assert.match(cells.status_name ?? '', /已完成|推进中|计划|提及/);
    assert.equal(cells.precision_name, PRECISION_NAMES[cells.precision as Precision].zh, 'precision in Chinese beside its code');
    assert.equal(cells.view_place, '宗关');
    assert.equal(cells.exported_on, today);

    const geo = await download(w.page, '导出 GeoJSON');
    assert.equal(geo.name, `硚口-宗关-1km-${today}.geojson`);
    const fc = JSON.parse(geo.text) as GeoJSON.FeatureCollection;
    for (const f of fc.features) {
      assert.equal(typeof f.id, 'string', 'the feature id is the public id, not a tile id');
      for (const key of ['fid', 'keys', 'bbox', 'mentions', 'geocode']) assert.ok(!(key in (f.properties ?? {})), `no ${key}`);
      for (const [key, value] of Object.entries(f.properties ?? {})) assert.ok(['string', 'number'].includes(typeof value), `${key} is flat`);
    }
    await w.page.getByRole('button', { name: 'English' }).click();
    const en = await download(w.page, 'Export CSV');
    assert.ok(en.name.startsWith('qiaokou-') && en.name.endsWith(`-1km-${today}.csv`), en.name);
    assert.match(en.text, /Roads & transit|Renewal zones|Key projects & buildings|Public facilities|Parks, green & water/);
    await w.context.close();
  });
});
