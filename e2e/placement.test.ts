import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { OUT_DIR, openPage, waitForMapIdle } from './browser';
import { PROJECT_LAYERS } from '../src/map/ids';
import { catalogue } from './helpers';
import { siteForTests } from './site';

const site = siteForTests();
const data = catalogue();
const approximate = data.features.find((f) => f.geocode.precision === 'approximate' && f.geometry.type === 'Point');
if (approximate?.geometry.type !== 'Point') throw new Error('the data has no approximate point to test with');
const [lon, lat] = approximate.geometry.coordinates as [number, number];

describe('placements the reader can check', () => {
  test('an approximate place says its tolerance in words and metres, and names what it was placed against', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(`${site.server.url}#sel=${approximate.id}`);
    const card = w.page.locator(`.feature-card[data-feature-id="${approximate.id}"]`).first();
    await card.waitFor();
    assert.match(await card.getByTestId('precision-words').innerText(), /位置误差约800米以内/);
    const anchors = await card.locator('.anchors li').allInnerTexts();
    assert.equal(anchors.length, approximate.geocode.anchors.length);
    assert.match(anchors[0] ?? '', new RegExp(`${approximate.geocode.anchors[0]?.name}.*实测相距 \\d+ 米 / 允许 800 米`));
    await w.page.getByRole('button', { name: 'English' }).first().click();
    assert.match(await card.getByTestId('precision-words').innerText(), /within about 800 m/);
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });

  test('on the map, an approximate point carries a ring of its tolerance at street zoom', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(`${site.server.url}#map=14/${lat}/${lon}`);
    await waitForMapIdle(w.page);
    const rings = await w.page.evaluate(
      ({ layer, id }) => {
        const map = window.__qiaokouMap;
        if (!map) throw new Error('no map');
        return map.queryRenderedFeatures({ layers: [layer] }).filter((f) => f.properties.id === id).length;
      },
      { layer: PROJECT_LAYERS.uncertainty, id: approximate.id },
    );
    assert.ok(rings > 0, `the ring of ${approximate.id} is drawn`);
    await w.page.screenshot({ path: path.join(OUT_DIR, 'uncertainty-ring.png') });
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });

  test('near me lists a place whose uncertainty crosses the radius as "可能在范围内", still nearest first', async () => {
    const w = await openPage(site.browser, site.server.url);
    // 1.3 km due north of the approximate place: drawn outside a 1 km radius, but it may be up to 800 m nearer.
    const north = lat + 1300 / 110_574;
    await w.page.goto(`${site.server.url}#panel=near&near=${lon.toFixed(5)},${north.toFixed(5)}&r=1000`);
    const item = w.page.locator(`.near-list li[data-feature-id="${approximate.id}"]`);
    await item.waitFor();
    assert.equal(await item.getAttribute('data-maybe'), 'true');
    assert.match(await item.innerText(), /可能在范围内/);
    assert.match(await item.locator('.distance').innerText(), /1\.3 公里 ±800 米/);
    const distances = await w.page.locator('.near-list li').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-distance'))));
    assert.ok(distances.length > 0);
    await w.page.screenshot({ path: path.join(OUT_DIR, 'near-maybe.png') });
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });

  test('the data-quality view lists every feature with each anchor and its measured distance', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(`${site.server.url}#panel=quality`);
    const table = w.page.getByTestId('placement-table');
    await table.waitFor();
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-feature-id')));
    assert.deepEqual(rows.sort(), data.features.map((f) => f.id).sort());
    for (const f of data.features) {
      const shown = await table.locator(`tr[data-feature-id="${f.id}"] li`).evaluateAll((lis) => lis.map((li) => Number(li.getAttribute('data-distance'))));
      assert.deepEqual(shown, f.geocode.anchors.map((a) => a.distance_m), `${f.id}: the measured distances`);
      for (const a of f.geocode.anchors) assert.ok(a.distance_m <= a.allowed_m, `${f.id}: ${a.name} within what its precision allows`);
    }
    assert.ok((await w.page.getByTestId('unmapped-guess').count()) > 0, 'unverified places show their best guess');
    await waitForMapIdle(w.page);
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });
});
