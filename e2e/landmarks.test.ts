import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { OUT_DIR, openPage, waitForMapIdle } from './browser';
import { catalogue, project } from './helpers';
import { siteForTests } from './site';

const site = siteForTests();

/** The landmarks the catalogue carries, by Chinese name. */
const landmark = (name: string) => {
  const found = catalogue().places.find((p) => p.kind === 'landmark' && p.name_zh === name);
  assert.ok(found?.qid, `landmark ${name} in the catalogue`);
  return found;
};

/** Types a query, checks the first result, and picks it with Enter. */
async function searchAndPick(page: Page, query: string, expected: RegExp) {
  const box = page.getByRole('combobox');
  await box.fill(query);
  const option = page.getByRole('option').first();
  await option.waitFor();
  const text = await option.innerText();
  assert.match(text, expected);
  await box.press('Enter');
  return text;
}

/** Distances of the near list, within each status group, in the order shown. */
const nearDistances = (page: Page) => page.$$eval('.near-group', (groups) => groups.map((g) => [...g.querySelectorAll('li[data-distance]')].map((li) => Number(li.getAttribute('data-distance')))));

describe('landmarks', () => {
  test('a landmark found by its Chinese name says what it is and gives the near list with distances', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(site.server.url);
    const shown = await searchAndPick(w.page, '武汉体育馆', /武汉体育馆/);
    assert.match(shown, /地标 · 体育场馆/);
    await w.page.locator('.near-panel [data-testid="near-count"]').waitFor();
    assert.match(await w.page.locator('.near-heading').innerText(), /武汉体育馆/);
    assert.ok(Number(await w.page.locator('[data-testid="near-count"]').innerText()) > 0, 'something is planned near 武汉体育馆');
    for (const group of await nearDistances(w.page)) assert.deepEqual(group, [...group].sort((a, b) => a - b), 'nearest first');
    const [lon, lat] = landmark('武汉体育馆').point;
    assert.match(w.page.url(), new RegExp(`near=${Number(lon.toFixed(5))},${Number(lat.toFixed(5))}`));
    await w.context.close();
  });

  test('pinyin, initials, English, a short form and traditional characters find the same landmark', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(site.server.url);
    await searchAndPick(w.page, 'wuhantiyuguan', /武汉体育馆/);
    await w.page.locator('[data-testid="near-count"]').waitFor();
    for (const [query, expected] of [
      ['whtyg', /武汉体育馆/],
      ['Wuhan Gymnasium', /武汉体育馆/],
      ['武汉四中', /武汉四中·博学中学/],
      ['漢口體育中心', /汉口体育中心/],
    ] as const) {
      await w.page.getByRole('combobox').fill(query);
      const first = w.page.getByRole('option').first();
      await first.waitFor();
      assert.match(await first.innerText(), expected, query);
    }
    await w.context.close();
  });

  test('a landmark is context: absent from the project list, its counts and the near list', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(site.server.url);
    await w.page.locator('.list-count').waitFor();
    const features = catalogue().features.length;
    assert.match(await w.page.locator('.list-count').innerText(), new RegExp(`${features}\\s*项`));
    const counts = await w.page.locator('.legend .count').allInnerTexts();
    assert.equal(
      counts.reduce((n, c) => n + Number.parseInt(c, 10), 0),
      features,
    );
    const listed = await w.page.locator('[data-feature-id]').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    assert.ok(listed.length > 0);
    assert.ok(!listed.some((t) => /武汉体育馆|汉西站|武汉四中/.test(t)), 'no landmark in the list');
    await searchAndPick(w.page, '汉西站', /汉西站/);
    await w.page.locator('[data-testid="near-count"]').waitFor();
    const ids = new Set(catalogue().features.map((f) => f.id));
    const near = await w.page.locator('.near-list li').evaluateAll((els) => els.map((e) => e.getAttribute('data-feature-id') ?? ''));
    assert.ok(near.every((id) => ids.has(id)), 'the near list holds report places only');
    await w.context.close();
  });

  test('clicking a landmark opens a popup that cites Wikidata and offers near-me from it', async () => {
    const w = await openPage(site.browser, site.server.url);
    const station = landmark('汉西站');
    const [lon, lat] = station.point;
    await w.page.goto(`${site.server.url}#map=16/${lat}/${lon}`);
    await waitForMapIdle(w.page);
    const at = await project(w.page, [lon, lat]);
    // The glyph is drawn just above the point.
    await w.page.mouse.click(at.x, at.y + 4);
    const card = w.page.locator('.maplibregl-popup .landmark-card');
    await card.waitFor({ timeout: 10_000 });
    assert.equal(await card.getAttribute('data-qid'), station.qid);
    const text = await card.innerText();
    assert.match(text, /地标 · 火车站/);
    assert.match(text, new RegExp(`Wikidata ${station.qid}`));
    assert.equal(await card.getByRole('link', { name: `Wikidata ${station.qid}` }).getAttribute('href'), `https://www.wikidata.org/wiki/${station.qid}`);
    await w.page.screenshot({ path: path.join(OUT_DIR, 'landmark-popup.png') });
    await card.getByRole('button', { name: '以此为中心查看附近' }).click();
    await w.page.locator('[data-testid="near-count"]').waitFor();
    assert.match(await w.page.locator('.near-heading').innerText(), /汉西站/);
    assert.equal(await w.page.locator('.maplibregl-popup .landmark-card').count(), 0, 'the popup closes');
    assert.deepEqual(w.foreign, []);
    await w.context.close();
  });

  test('no match says what can be searched, offers tapping the map and my location, and never echoes a huge paste', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(site.server.url);
    const box = w.page.getByRole('combobox');
    await box.fill('qqqqqq'.repeat(20_000));
    const empty = w.page.locator('.search-empty');
    await empty.waitFor();
    const text = await empty.innerText();
    assert.match(text, /没有找到/);
    assert.match(text, /地标/);
    assert.ok(text.length < 400, `the message stays short (${text.length} characters)`);
    assert.ok((await box.inputValue()).length <= 256, 'the box keeps at most 256 characters');
    await empty.getByRole('button', { name: '在地图上点选位置' }).click();
    await w.page.locator('.near-panel .notice').waitFor();
    assert.match(w.page.url(), /panel=near/);
    await box.fill('xyzzyx');
    await empty.getByRole('button', { name: '使用我的位置' }).waitFor();
    await w.context.close();
  });
});
