import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { OUT_DIR, openPage, waitForMapIdle } from './browser';
import { siteForTests } from './site';
import { renderedBasemap, renderedByCategory, stubOnlineTiles } from './helpers';

const site = siteForTests();

describe('the embedded basemap', () => {
  test('draws the district, water, roads, metro and labels offline, and zooms on 汉正街', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(site.server.url);
    await waitForMapIdle(w.page);
    const base = await renderedBasemap(w.page);
    for (const layer of ['district', 'water', 'roads', 'metro', 'labels']) assert.ok((base[layer] ?? 0) > 0, `${layer}: ${JSON.stringify(base)}`);
    await w.page.screenshot({ path: path.join(OUT_DIR, 'district-scale.png') });

    await w.page.goto(`${site.server.url}#map=15.3/30.5712/114.2705`);
    await w.page.reload();
    await waitForMapIdle(w.page);
    const zoomed = await renderedBasemap(w.page);
    assert.ok((zoomed.roads ?? 0) > 0, 'streets at 汉正街');
    assert.ok(Object.keys(await renderedByCategory(w.page)).length > 0, 'project features at 汉正街');
    await w.page.screenshot({ path: path.join(OUT_DIR, 'hanzhengjie-zoom.png') });
    assert.match(await w.page.locator('.maplibregl-ctrl-attrib').innerText(), /OpenStreetMap/);
    assert.deepEqual(w.foreign, [], 'nothing leaves the origin with the embedded basemap');
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });

  test('switching to the online street map adds it with attribution, and switching back removes it', async () => {
    const w = await openPage(site.browser, site.server.url, { allowForeign: true });
    const osm = await stubOnlineTiles(w.context);
    await w.page.goto(site.server.url);
    await waitForMapIdle(w.page);
    assert.deepEqual([...w.foreign, ...osm], [], 'the online map is not fetched until chosen');
    await w.page.getByRole('radio', { name: '在线街道图 (OpenStreetMap)' }).check();
    await waitForMapIdle(w.page);
    assert.equal(await w.page.evaluate(() => Boolean(window.__qiaokouMap?.getLayer('osm-raster'))), true);
    assert.match(w.page.url(), /base=osm/);
    assert.match(await w.page.locator('.maplibregl-ctrl-attrib').innerText(), /OpenStreetMap/);
    assert.ok(osm.length > 0, 'the chosen tile server is reached');
    assert.deepEqual(w.foreign, [], 'and no other origin');

    await w.page.getByRole('radio', { name: '内置示意底图' }).check();
    await waitForMapIdle(w.page);
    assert.equal(await w.page.evaluate(() => Boolean(window.__qiaokouMap?.getLayer('osm-raster'))), false);
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });
});
