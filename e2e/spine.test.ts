import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import { passesFilters } from '../src/lib/filter';
import { CATEGORIES, STATUSES, YEARS } from '../src/schema/feature';
import { PROJECT_LAYERS } from '../src/map/ids';
import { OUT_DIR, openPage, waitForMapIdle } from './browser';
import { siteForTests } from './site';
import { catalogue, dataQuotes, project, REPORT, renderedByCategory, renderedBasemap } from './helpers';

const site = siteForTests();
/** Two points far apart, one said once and one twice in the report, clicked in turn on one page. */
const CLICKED = ['shundaojie-substation', 'zhuyehai-park'] as const;

describe('the map, end to end', () => {
  test('renders the basemap and every category at the first screen, offline, with a clean console', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(site.server.url);
    await waitForMapIdle(w.page);
    const rendered = await renderedByCategory(w.page);
    const drawn = new Set(catalogue().features.map((f) => f.category));
    for (const c of CATEGORIES.filter((x) => drawn.has(x))) assert.ok((rendered[c] ?? 0) > 0, `category ${c} rendered: ${JSON.stringify(rendered)}`);
    const base = await renderedBasemap(w.page);
    for (const layer of ['district', 'water', 'roads']) assert.ok((base[layer] ?? 0) > 0, `basemap ${layer}: ${JSON.stringify(base)}`);
    await w.page.screenshot({ path: path.join(OUT_DIR, 'first-screen.png') });
    assert.deepEqual(w.foreign, [], 'no request leaves the origin');
    assert.deepEqual(w.errors, [], 'console errors');
    await w.context.close();
  });

  test("clicking a feature opens a popup with that feature's own report sentences, and another feature's popup has its own", async () => {
    const w = await openPage(site.browser, site.server.url);
    const seen: string[][] = [];
    for (const id of CLICKED) {
      const expected = dataQuotes(id);
      assert.ok(expected.length > 0 && expected.every((q) => q.trim().length > 0), `${id} has quotes in its data file`);
      const target = catalogue().features.find((f) => f.id === id);
      assert.ok(target && target.geometry.type === 'Point', `${id} is a point in the catalogue`);
      const [lon, lat] = target.geometry.coordinates as [number, number];
      await w.page.goto(`${site.server.url}#map=16/${lat}/${lon}`);
      await waitForMapIdle(w.page);
      const at = await project(w.page, [lon, lat]);
      await w.page.mouse.click(at.x, at.y);
      const popup = w.page.locator('.maplibregl-popup .feature-card');
      await popup.waitFor({ timeout: 10_000 });
      assert.equal(await popup.getAttribute('data-feature-id'), id, 'the popup is the clicked place');
      const quotes = (await popup.locator('blockquote.quote').allTextContents()).map((q) => {
        const said = /^报告原文:\s*(.*)$/s.exec(q.trim());
        assert.ok(said, `the quote is introduced as the report's words: ${q}`);
        return (said[1] ?? '').trim();
      });
      assert.deepEqual([...quotes].sort(), [...expected].sort(), `the popup of ${id} shows its own quotes`);
      for (const q of quotes) assert.ok(q.length > 0 && REPORT.includes(q), `verbatim in the report: ${q}`);
      assert.match(w.page.url(), new RegExp(`sel=${id}`), 'the selection is in the URL');
      const listSelected = await w.page.locator('.feature-list li.selected').getAttribute('data-feature-id');
      assert.equal(listSelected, id, 'the list highlights what the map selected');
      seen.push(quotes);
    }
    assert.notDeepEqual(seen[0], seen[1], 'two places, two different sentences');
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });

  test('toggling a category or a status changes what is rendered, and the list agrees', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(site.server.url);
    await waitForMapIdle(w.page);
    const all = catalogue().features;
    const listCount = () => w.page.locator('.feature-list li').count();
    assert.equal(await listCount(), all.length);

    await w.page.locator('label[data-category="park"] input').click();
    await waitForMapIdle(w.page);
    const withoutParks = await renderedByCategory(w.page);
    assert.equal(withoutParks.park ?? 0, 0, 'parks hidden on the map');
    assert.ok((withoutParks.road ?? 0) > 0, 'roads still shown');
    assert.equal(await listCount(), all.filter((f) => f.category !== 'park').length);
    assert.equal(await w.page.locator('.feature-list li .swatch', { hasText: '园' }).count(), 0, 'no park in the list');
    assert.match(w.page.url(), /cat=/);
    // Shapes hide at once through feature-state; the label layers get the filter once input pauses.
    await w.page.waitForFunction((id) => JSON.stringify(window.__qiaokouMap?.getFilter(id)).includes('"road"') && !JSON.stringify(window.__qiaokouMap?.getFilter(id)).includes('"park"'), PROJECT_LAYERS.label, { timeout: 5000 });

    await w.page.locator('label[data-status="completed"] input').click();
    await waitForMapIdle(w.page);
    const filters = { categories: CATEGORIES.filter((c) => c !== 'park'), statuses: STATUSES.filter((s) => s !== 'completed'), years: YEARS };
    assert.equal(await listCount(), all.filter((f) => passesFilters(f, filters)).length);
    const statuses = await w.page.evaluate(() => {
      const map = window.__qiaokouMap;
      const layers = (map?.getStyle().layers ?? []).filter((l) => l.id.startsWith('project-')).map((l) => l.id);
      const shown = map?.queryRenderedFeatures({ layers }).filter((f) => !f.state?.hidden) ?? [];
      return [...new Set(shown.map((f) => String(f.properties.status)))];
    });
    assert.ok(!statuses.includes('completed'), `no completed feature rendered: ${statuses}`);

    await w.page.goBack();
    await waitForMapIdle(w.page);
    // The list re-renders as a deferred update after the map; wait for it rather than for a fixed time.
    const parksOff = all.filter((f) => f.category !== 'park').length;
    await w.page.waitForFunction((n) => document.querySelectorAll('.feature-list li').length === n, parksOff, { timeout: 10_000 }).catch(() => undefined);
    assert.equal(await listCount(), parksOff, 'back undoes the status filter');
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });

  test('the legend counts each layer under the status and year filters, as the catalogue says', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(site.server.url);
    const legend = w.page.locator('.legend label[data-category]');
    await legend.first().waitFor();
    const shown = (): Promise<Record<string, number>> =>
      legend.evaluateAll((labels) => Object.fromEntries(labels.map((l) => [l.getAttribute('data-category') ?? '?', Number.parseInt(l.querySelector('.count')?.textContent ?? '', 10)])));
    // The legend re-renders after the click; wait for a change, then compare (a legend that never changes fails on the comparison).
    const countsAfter = async (click: string, before: Record<string, number>) => {
      await w.page.locator(click).click();
      await w.page.waitForFunction((b) => [...document.querySelectorAll('.legend label[data-category] .count')].map((c) => Number.parseInt(c.textContent ?? '', 10)).join() !== b, Object.values(before).join(), { timeout: 5000 }).catch(() => undefined);
      return shown();
    };
    const all = catalogue().features;
    const perCategory = (kept: typeof all) => Object.fromEntries(CATEGORIES.map((c) => [c, kept.filter((f) => f.category === c).length]));

    const unfiltered = await shown();
    assert.deepEqual(unfiltered, perCategory(all), 'every place counted under its layer');
    const notUnderway = await countsAfter('label[data-status="underway"] input', unfiltered);
    assert.deepEqual(notUnderway, perCategory(all.filter((f) => f.status !== 'underway')), 'places underway leave the counts');
    assert.notDeepEqual(notUnderway, unfiltered, 'the status filter changes the counts');
    const only2023 = await countsAfter('label[data-year="2022"] input', notUnderway);
    assert.deepEqual(only2023, perCategory(all.filter((f) => f.status !== 'underway' && f.years.includes(2023))), 'places the 2023 plan does not name leave the counts');
    assert.notDeepEqual(only2023, notUnderway, 'the year filter changes the counts');
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });

  test('switches to English', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(site.server.url);
    await w.page.getByRole('button', { name: 'Switch to English' }).click();
    await w.page.getByRole('heading', { name: 'Qiaokou Renewal Map' }).waitFor();
    assert.equal(await w.page.evaluate(() => document.documentElement.lang), 'en');
    assert.match(w.page.url(), /lang=en/);
    await w.context.close();
  });

  test('axe finds no violations on the list, near-me and a selected feature, in both languages', async () => {
    for (const hash of ['', '#panel=near&near=114.22097,30.58297', '#sel=heartland-66', '#lang=en', '#lang=en&panel=near&near=114.22097,30.58297']) {
      const w = await openPage(site.browser, site.server.url);
      await w.page.goto(`${site.server.url}${hash}`);
      await waitForMapIdle(w.page);
      const result = await new AxeBuilder({ page: w.page }).analyze();
      assert.deepEqual(
        result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        [],
        hash || 'first screen',
      );
      await w.context.close();
    }
  });
});
