import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage, waitForMapIdle } from './browser';
import { siteForTests } from './site';

const site = siteForTests();

/** What has focus: its tag, the feature id of the item or card it is in, and its text. */
function focused(page: Page): Promise<{ tag: string; id: string | null; text: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName ?? '', id: el?.closest('[data-feature-id]')?.getAttribute('data-feature-id') ?? null, text: el?.textContent?.trim().slice(0, 40) ?? '' };
  });
}

describe('the keyboard alone', () => {
  test('a skip link goes from the top bar to the list', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(`${site.server.url}#panel=near`);
    await w.page.locator('.near-panel').waitFor();
    await w.page.keyboard.press('Tab');
    assert.equal((await focused(w.page)).text, '跳到项目列表', 'the first Tab reaches the skip link');
    await w.page.keyboard.press('Enter');
    await w.page.waitForFunction(() => document.activeElement?.classList.contains('feature-list'));
    await w.page.keyboard.press('Tab');
    assert.ok((await focused(w.page)).id, 'the next Tab is on an item of the list');
    assert.equal(new URL(w.page.url()).hash, '', 'the skip link leaves the shared view alone (the list is the default panel)');
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });

  test('opening a feature from the list focuses its card; Escape and the close button close it and give focus back', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(site.server.url);
    await waitForMapIdle(w.page);
    const item = w.page.locator('.feature-list li').nth(2);
    const id = await item.getAttribute('data-feature-id');
    await item.locator('button').focus();
    await w.page.keyboard.press('Enter');
    await w.page.waitForFunction((fid) => document.activeElement?.matches(`.maplibregl-popup .feature-card[data-feature-id="${fid}"]`), id);
    await w.page.keyboard.press('Escape');
    await w.page.locator('.maplibregl-popup').waitFor({ state: 'detached' });
    const back = await focused(w.page);
    assert.deepEqual([back.tag, back.id], ['BUTTON', id], 'focus is back on the list item');
    assert.doesNotMatch(new URL(w.page.url()).hash, /sel=/, 'Escape cleared the selection');

    await w.page.keyboard.press('Enter');
    await w.page.waitForFunction(() => document.activeElement?.classList.contains('feature-card'));
    await w.page.locator('.maplibregl-popup-close-button').click();
    await w.page.locator('.maplibregl-popup').waitFor({ state: 'detached' });
    assert.equal((await focused(w.page)).id, id, 'the close button gives focus back too');
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });

  test("MapLibre's own controls are labelled in the UI language", async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(site.server.url);
    await waitForMapIdle(w.page);
    const CONTROLS = { zoomIn: '.maplibregl-ctrl-zoom-in', zoomOut: '.maplibregl-ctrl-zoom-out', attribution: '.maplibregl-ctrl-attrib-button', canvas: '.maplibregl-canvas', close: '.maplibregl-popup-close-button' };
    const labels = () => w.page.evaluate((selectors) => Object.fromEntries(Object.entries(selectors).map(([k, sel]) => [k, document.querySelector(sel)?.getAttribute('aria-label') ?? null])), CONTROLS);
    await w.page.locator('.feature-list li button').first().click();
    await w.page.locator('.maplibregl-popup').waitFor();
    assert.deepEqual(await labels(), { zoomIn: '放大', zoomOut: '缩小', attribution: '显示或隐藏数据来源', canvas: '地图', close: '关闭' });
    await w.page.getByRole('button', { name: 'Switch to English' }).click();
    await w.page.getByRole('heading', { name: 'Qiaokou Renewal Map' }).waitFor();
    assert.deepEqual(await labels(), { zoomIn: 'Zoom in', zoomOut: 'Zoom out', attribution: 'Show or hide the data sources', canvas: 'Map', close: 'Close' });
    assert.equal(await w.page.locator('.maplibregl-ctrl-zoom-in').count(), 1, 'the controls are there once');
    await w.page.getByRole('button', { name: 'Zoom in' }).click();
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });
});
