import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { OUT_DIR, openPage, waitForMapIdle } from './browser';
import { catalogue } from './helpers';
import { siteForTests } from './site';

const site = siteForTests();

const PHONE = { width: 375, height: 667 };

/** Whether the map has drawn its project archive yet. */
const mapHasProject = (page: Page) => page.evaluate(() => Boolean(window.__qiaokouMap?.getSource('project') && window.__qiaokouMap.isSourceLoaded('project')));

describe('phone first', () => {
  test('at 375×667 the list, search and near-me answer while the map archives are still on their way', async () => {
    const w = await openPage(site.browser, site.server.url, { viewport: PHONE });
    // Hold every archive read until the panels have answered; the panels read the catalogue, not the map.
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const held: string[] = [];
    await w.context.route('**/tiles/*.pmtiles', async (route) => {
      held.push(route.request().url());
      await released;
      await route.fallback();
    });
    await w.page.goto(site.server.url);

    const features = catalogue().features;
    await w.page.locator('.feature-list li').first().waitFor();
    assert.equal(await w.page.locator('.feature-list li').count(), features.length, 'the whole list is there');
    assert.ok(held.length > 0, 'the map has asked for its archives');
    assert.equal(await mapHasProject(w.page), false, 'the map is still waiting');

    const box = w.page.getByRole('combobox');
    await box.fill('宗关');
    const option = w.page.getByRole('option').first();
    await option.waitFor();
    assert.match(await option.innerText(), /宗关/);
    await box.press('Enter');
    await w.page.locator('[data-testid="near-count"]').waitFor();
    assert.ok(Number(await w.page.locator('[data-testid="near-count"]').innerText()) > 0, 'near-me lists what is near 宗关');
    assert.ok((await w.page.locator('.near-list li').count()) > 0);
    assert.match(w.page.url(), /near=/);
    assert.equal(await mapHasProject(w.page), false, 'all of it before the map has its tiles');
    await w.page.screenshot({ path: path.join(OUT_DIR, 'phone-before-map.png') });

    release();
    await waitForMapIdle(w.page);
    assert.equal(await mapHasProject(w.page), true, 'the map follows once the archives arrive');
    assert.deepEqual(w.errors, []);
    assert.deepEqual(w.foreign, []);
    await w.context.close();
  });
});
