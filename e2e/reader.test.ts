import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { SOURCE_PROJECT } from '../src/map/ids';
import type { Catalogue } from '../src/schema/records';
import { PROJECT_TILE_LAYER } from '../src/schema/tile';
import { launch, OUT_DIR, openPage, waitForMapIdle } from './browser';
import { project } from './helpers';
import { type StaticServer, serveStatic } from './server';

let server: StaticServer;
let browser: Browser;

before(async () => {
  // E2E_DIST / E2E_TILES serve another build or tile set (e.g. one built into a temp folder).
  server = await serveStatic(process.env.E2E_DIST ?? 'dist', process.env.E2E_TILES);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const catalogue = (): Catalogue => JSON.parse(readFileSync(path.join(process.env.E2E_TILES ?? 'tiles', 'catalogue.json'), 'utf8')) as Catalogue;

const feature = (id: string) => {
  const f = catalogue().features.find((x) => x.id === id);
  assert.ok(f, `feature ${id} in the catalogue`);
  return f;
};

/** Whether the element lies wholly inside the visible part of the side panel. */
function inPanelView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(isInPanelView, selector);
}

/** Waits (through any smooth scroll) until the element lies inside the visible part of the side panel. */
async function waitInPanelView(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(isInPanelView, selector, { timeout: 5000 });
}

function isInPanelView(selector: string): boolean {
  const el = document.querySelector(selector);
  const panel = document.querySelector('.panel');
  if (!el || !panel) return false;
  const r = el.getBoundingClientRect();
  const p = panel.getBoundingClientRect();
  return r.top >= p.top && r.bottom <= p.bottom && r.height > 0;
}

async function axe(page: Page, selector: string): Promise<void> {
  const result = await new AxeBuilder({ page }).include(selector).analyze();
  const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
  assert.deepEqual(summary, [], `axe on ${selector}`);
}

describe('the report beside the map', () => {
  test('a link in the reader selects its feature and brings it into view on the map', async () => {
    const w = await openPage(browser, server.url);
    await w.page.goto(`${server.url}#panel=report`);
    await waitForMapIdle(w.page);
    const target = feature('yuexiu-fortune-centre');
    const link = w.page.locator(`.r-text a.r-link[data-feature-id="${target.id}"]`).first();
    await link.scrollIntoViewIfNeeded();
    assert.equal((await link.textContent())?.trim(), target.name_zh);
    await link.click();
    await w.page.waitForFunction((id) => location.hash.includes(`sel=${id}`), target.id);
    await w.page.waitForFunction(() => !window.__qiaokouMap?.isMoving());
    await waitForMapIdle(w.page);
    const [lon, lat] = (target.geometry as GeoJSON.Point).coordinates as [number, number];
    const state = await w.page.evaluate(
      ({ source, layer, fid, point }) => {
        const map = window.__qiaokouMap;
        if (!map) throw new Error('no map');
        return { selected: map.getFeatureState({ source, sourceLayer: layer, id: fid }).selected === true, inView: map.getBounds().contains(point as [number, number]), zoom: map.getZoom() };
      },
      { source: SOURCE_PROJECT, layer: PROJECT_TILE_LAYER, fid: target.fid, point: [lon, lat] },
    );
    assert.ok(state.selected, 'the map marks the feature selected');
    assert.ok(state.inView, `the feature is in view (zoom ${state.zoom})`);
    await w.page.locator(`.maplibregl-popup .feature-card[data-feature-id="${target.id}"]`).waitFor();
    assert.equal(await link.getAttribute('aria-current'), 'true', 'the link says it is the current selection');
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });

  test('selecting a feature on the map scrolls the reader to its sentence and highlights it', async () => {
    const w = await openPage(browser, server.url);
    const target = feature('materials-protection-institute');
    const [lon, lat] = (target.geometry as GeoJSON.Point).coordinates as [number, number];
    await w.page.goto(`${server.url}#panel=report&map=16/${lat}/${lon}`);
    await waitForMapIdle(w.page);
    await w.page.locator('.r-text .r-para').first().waitFor();
    assert.equal(await inPanelView(w.page, '.r-text .sel'), false, 'nothing highlighted before');
    const at = await project(w.page, [lon, lat]);
    await w.page.mouse.click(at.x, at.y);
    await w.page.waitForFunction(() => /sel=/.test(location.hash));
    const selected = new URLSearchParams(new URL(w.page.url()).hash.slice(1)).get('sel') ?? '';
    assert.equal(selected, target.id, 'the click selected the institute');
    await w.page.locator('.r-text .sel').first().waitFor();
    await waitInPanelView(w.page, '.r-text .sel');
    // The paragraph's own words, without the tooltips of unmapped mentions inside it.
    const highlighted = await w.page.$$eval('.r-para.has-sel', (ps) =>
      ps
        .map((p) => {
          const copy = p.cloneNode(true) as HTMLElement;
          for (const tip of copy.querySelectorAll('[role="tooltip"]')) tip.remove();
          return copy.textContent;
        })
        .join('\n'),
    );
    for (const m of target.mentions) assert.ok(highlighted.includes(m.quote), `the highlighted paragraph holds “${m.quote}”`);
    const status = (await w.page.locator('.r-selection-text').textContent()) ?? '';
    assert.match(status, /材保所/);
    await w.page.waitForTimeout(700);
    await w.page.screenshot({ path: path.join(OUT_DIR, 'reader-selected.png') });
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });

  test('find in text counts matches, steps through them and says so', async () => {
    const w = await openPage(browser, server.url);
    await w.page.goto(`${server.url}#panel=report`);
    const box = w.page.getByLabel('在报告中查找');
    await box.fill('竹叶海');
    await w.page.locator('.r-find-status', { hasText: '共 2 处' }).waitFor();
    assert.equal(await w.page.locator('.r-text mark.match-current').count(), 1);
    await box.press('Enter');
    await w.page.locator('.r-find-status', { hasText: '第 2 处,共 2 处' }).waitFor();
    await waitInPanelView(w.page, '.r-text mark.match-current');
    assert.equal(await w.page.locator('.r-find-status').getAttribute('aria-live'), 'polite');
    await w.context.close();
  });

  test('an unmapped mention gives its reason on keyboard focus and leads to the data-quality list', async () => {
    const w = await openPage(browser, server.url);
    await w.page.goto(`${server.url}#panel=report`);
    const mark = w.page.locator('.r-text a.r-unmapped').first();
    await mark.focus();
    const tipId = await mark.getAttribute('aria-describedby');
    assert.ok(tipId);
    const tip = w.page.locator(`[id="${tipId}"]`);
    assert.ok(await tip.isVisible(), 'the reason shows on focus');
    assert.match((await tip.textContent()) ?? '', /未上图/);
    await mark.press('Escape');
    assert.equal(await tip.isVisible(), false, 'Escape hides it');
    const name = (await mark.textContent()) ?? '';
    await mark.press('Enter');
    const item = w.page.locator('.quality li.q-target');
    await item.waitFor();
    assert.ok(((await item.textContent()) ?? '').includes(name), `the data-quality view opens at “${name}”`);
    assert.equal(await w.page.evaluate(() => document.activeElement?.classList.contains('q-target')), true, 'and moves focus to it');
    await w.context.close();
  });

  test('the indicators view shows the GDP of both years, with a chart and its words', async () => {
    const w = await openPage(browser, server.url);
    await w.page.goto(`${server.url}#panel=indicators`);
    const gdp = w.page.locator('.ind-card[data-key="gdp"]');
    await gdp.waitFor();
    const text = (await gdp.textContent()) ?? '';
    assert.match(text, /950亿元/);
    assert.match(text, /千亿元台阶/);
    assert.equal(await gdp.locator('.bars').getAttribute('aria-hidden'), 'true');
    assert.match((await gdp.locator('figcaption').textContent()) ?? '', /1000亿元/);
    const roads = w.page.locator('.ind-card[data-key="roads-opened"] .ind-located-text');
    assert.match((await roads.allTextContents()).join(' '), /地图上已标注 \d+ 条/);
    await w.page.screenshot({ path: path.join(OUT_DIR, 'indicators.png') });
    await gdp.getByRole('button', { name: /在报告中查看/ }).first().click();
    await w.page.locator('.r-text .target').first().waitFor();
    assert.match((await w.page.locator('.r-text .target').first().textContent()) ?? '', /地区生产总值950亿元/);
    await w.context.close();
  });

  test('axe finds no violations on the reader, the indicators and the data-quality view', async () => {
    const w = await openPage(browser, server.url);
    await w.page.goto(`${server.url}#panel=report&sel=zhuyehai-park`);
    await w.page.locator('.r-text .sel').first().waitFor();
    await w.page.waitForTimeout(700);
    await w.page.screenshot({ path: path.join(OUT_DIR, 'reader.png') });
    await axe(w.page, '.reader');
    await w.page.getByRole('tab', { name: '指标' }).click();
    await w.page.locator('.indicators').waitFor();
    await axe(w.page, '.indicators');
    await w.page.getByRole('tab', { name: '数据质量' }).click();
    await w.page.locator('.quality').waitFor();
    await w.page.screenshot({ path: path.join(OUT_DIR, 'quality.png') });
    await axe(w.page, '.quality');
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });
});
