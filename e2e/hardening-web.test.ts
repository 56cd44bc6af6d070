import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { ONLINE_BASEMAP_ORIGIN } from '../scripts/lib/vite-tiles';
import { openPage, waitForMapIdle } from './browser';
import { siteForTests } from './site';
import { catalogue, renderedByCategory, stubOnlineTiles } from './helpers';

const site = siteForTests();

/** Parts of links people paste, mangle and attack: the app's own keys, garbage keys, odd numbers, broken escapes, markup. */
const KEYS = ['map', 'cat', 'st', 'yr', 'sel', 'lang', 'base', 'near', 'r', 'panel'];
const ODD = ['', 'NaN', 'Infinity', '-0', '1e309', '99/99/99', '12/30.6/114.2', '13/30.59/114.22/1', '114.2,30.6', '114.2,30.6,1', 'none', 'road.road.park', 'road..park', '%', '%E0%A4%A', '%00', '%uD800', '<script>window.__pwned=1</script>', '"><img src=x onerror=window.__pwned=1>', '__proto__', 'constructor', '-1', '2000', '1000.0', 'x'.repeat(5000)];
const value = fc.oneof(fc.constantFrom(...ODD), fc.string({ maxLength: 24 }), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.double().map(String), fc.tuple(fc.double(), fc.double(), fc.double()).map((t) => t.join('/')));
const key = fc.oneof(fc.constantFrom(...KEYS), fc.constantFrom('__proto__', 'constructor', ''), fc.string({ maxLength: 8 }));
const pairs = fc.array(fc.tuple(key, value, fc.boolean()), { maxLength: 6 }).map((ps) => ps.map(([k, v, encode]) => (encode ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`)).join('&'));
const fuzzed = fc.oneof(pairs, fc.string({ maxLength: 120 }), fc.string({ unit: 'grapheme', maxLength: 40 }));
const sample = (n: number, seed: number) => fc.sample(fuzzed, { numRuns: n, seed });

/** The app is alive: its heading and tabs are there and nothing threw. */
async function alive(page: Page, errors: readonly string[], what: string) {
  assert.match((await page.locator('h1').textContent({ timeout: 10_000 })) ?? '', /硚口城市更新地图|Qiaokou Renewal Map/, `heading after ${what}`);
  assert.ok((await page.getByRole('tab').count()) >= 2, `tabs after ${what}`);
  assert.deepEqual(errors, [], `console after ${JSON.stringify(what).slice(0, 200)}`);
}

describe('bad URLs never crash the app', () => {
  test('a link it does not understand is named in a notice and replaced with a clean one', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(`${site.server.url}#map=NaN/1e309/abc&cat=road.rocket&r=7&zz=1`);
    const notice = w.page.getByTestId('url-notice');
    await notice.waitFor();
    assert.match(await notice.innerText(), /map: expected zoom\/lat\/lon in Wuhan.*cat: unknown value "rocket".*r: expected 300, 500, 1000 or 2000.*unknown parameter "zz"/);
    assert.equal(new URL(w.page.url()).hash, '', 'the hash is normalised to the defaults');
    await alive(w.page, w.errors, 'a bad hash');
    await w.context.close();
  });

  test('fuzzed hashes, changed in place, and fuzzed query strings with hashes, loaded afresh', async () => {
    const w = await openPage(site.browser, site.server.url, { allowForeign: true });
    await w.page.goto(site.server.url);
    await waitForMapIdle(w.page);
    for (const hash of sample(200, 2022)) {
      await w.page.evaluate((h) => {
        window.location.hash = h;
      }, hash);
      await w.page.evaluate(() => new Promise(requestAnimationFrame));
      assert.deepEqual(w.errors, [], `console after #${hash.slice(0, 200)}`);
    }
    await alive(w.page, w.errors, '200 hash changes');
    const queries = sample(12, 7);
    const hashes = sample(12, 8);
    for (const [i, q] of queries.entries()) {
      const url = `${site.server.url}?${q}#${hashes[i] ?? ''}`;
      await w.page.goto(url);
      await alive(w.page, w.errors, url);
    }
    assert.deepEqual(
      w.foreign.filter((u) => !u.startsWith(ONLINE_BASEMAP_ORIGIN)),
      [],
      'only a link that asks for the online basemap reaches out',
    );
    await w.context.close();
  });
});

/** The Content-Security-Policy of the built page, directive → sources. */
function builtPolicy(): Map<string, string[]> {
  const html = readFileSync('dist/index.html', 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  assert.ok(meta, 'dist/index.html has a CSP meta tag');
  const policy = meta.replaceAll('&#39;', "'");
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/) as [string, ...string[]]).map(([name, ...sources]) => [name, sources]));
}

/** Records CSP violations in the page, as the browser reports them. */
function watchViolations() {
  const seen: string[] = [];
  (window as { __violations?: string[] }).__violations = seen;
  document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
}
const violations = (page: Page) => page.evaluate(() => (window as { __violations?: string[] }).__violations ?? []);

describe('Content-Security-Policy', () => {
  test('the built page allows no inline script and no remote origin but the opt-in online basemap', () => {
    const policy = builtPolicy();
    assert.deepEqual(policy.get('script-src'), ["'self'"]);
    assert.deepEqual(policy.get('default-src'), ["'self'"]);
    assert.deepEqual(policy.get('object-src'), ["'none'"]);
    for (const [name, sources] of policy) {
      for (const src of sources) assert.ok(!/^(https?:|\*|'unsafe-eval')/.test(src) || src === ONLINE_BASEMAP_ORIGIN, `${name} allows ${src}`);
    }
    const html = readFileSync('dist/index.html', 'utf8');
    assert.deepEqual([...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)].map((m) => m[0]), [], 'no inline script in the page');
  });

  test('the app runs under it with no violation, and it blocks an injected inline script', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.context.addInitScript(watchViolations);
    await w.page.goto(site.server.url);
    await waitForMapIdle(w.page);
    await w.page.locator('.feature-list li button').first().click();
    await w.page.locator('.maplibregl-popup .feature-card').waitFor();
    for (const [tab, content] of [
      ['附近', '.near-panel'],
      ['报告', '.r-text'],
      ['指标', '.indicators'],
      ['数据质量', '.quality'],
      ['列表', '.feature-list'],
    ] as const) {
      await w.page.getByRole('tab', { name: tab }).click();
      await w.page.locator(content).first().waitFor();
    }
    await w.page.getByRole('button', { name: 'Switch to English' }).click();
    await waitForMapIdle(w.page);
    assert.deepEqual(await violations(w.page), [], 'no CSP violation while using the app');
    assert.deepEqual(w.errors, []);

    w.allowConsole.push(/inline script violates the following Content Security Policy directive 'script-src 'self''/);
    const ran = await w.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.head.append(s);
      return (window as { __inline?: number }).__inline;
    });
    assert.equal(ran, undefined, 'an inline script does not run');
    assert.match((await violations(w.page)).join('\n'), /script-src/);
    await w.context.close();
  });
});

/** Resolves once `done()` holds, checking every 100 ms for up to 20 s (tile requests from MapLibre's worker fire no page events). */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(done(), 'timed out waiting');
}

describe('offline: with the network blocked at the browser the app works fully, and nothing leaves the origin unasked', () => {
  test('map, filters, list, search, near me, selection, every panel and both languages', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(site.server.url);
    await waitForMapIdle(w.page);
    const rendered = await renderedByCategory(w.page);
    assert.ok(Object.values(rendered).reduce((a, b) => a + b, 0) > 0, 'project features on the map');
    await w.page.locator('label[data-category="road"] input').click();
    await waitForMapIdle(w.page);
    assert.equal((await renderedByCategory(w.page)).road ?? 0, 0, 'a filter applies');
    const f = catalogue().features.find((x) => x.category === 'park');
    assert.ok(f);
    await w.page.getByRole('combobox').fill(f.name_zh);
    await w.page.getByRole('option').first().waitFor();
    await w.page.getByRole('combobox').press('Enter');
    assert.ok(Number(await w.page.getByTestId('near-count').innerText()) > 0, 'near me lists places');
    await w.page.getByRole('tab', { name: '报告' }).click();
    await w.page.locator('.r-text').first().waitFor();
    await w.page.getByRole('tab', { name: '指标' }).click();
    await w.page.locator('.indicators').waitFor();
    await w.page.getByRole('tab', { name: '数据质量' }).click();
    await w.page.locator('.quality').waitFor();
    await w.page.getByRole('button', { name: 'Switch to English' }).click();
    await w.page.getByRole('heading', { name: 'Qiaokou Renewal Map' }).waitFor();
    await w.page.mouse.move(400, 400);
    await w.page.mouse.wheel(0, -600);
    await waitForMapIdle(w.page);
    assert.deepEqual(w.foreign, [], 'no request left the origin');
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });

  test('the online basemap reaches out only once picked, and the map keeps working when it cannot', async () => {
    const w = await openPage(site.browser, site.server.url);
    w.allowConsole.push(/^Failed to load resource: net::ERR_FAILED$/);
    await w.page.goto(site.server.url);
    await waitForMapIdle(w.page);
    assert.equal(w.foreign.length, 0, 'nothing before the pick');
    await w.page.locator('input[name="basemap"][value="osm"]').check();
    await until(() => w.foreign.length > 0);
    await waitForMapIdle(w.page);
    assert.ok(w.foreign.length > 0 && w.foreign.every((u) => u.startsWith(ONLINE_BASEMAP_ORIGIN)), `only the online basemap: ${w.foreign.slice(0, 3)}`);
    assert.equal(await w.page.getByTestId('map-error').count(), 0, 'a blocked online basemap is not a map error');
    await w.page.getByText('在线街道图无法加载').waitFor({ timeout: 5000 });
    assert.ok(Object.keys(await renderedByCategory(w.page)).length > 0, 'the project layers still draw');
    await w.context.close();
  });

  test('the online basemap, when reachable, is allowed by the CSP', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.context.addInitScript(watchViolations);
    const served = await stubOnlineTiles(w.context);
    await w.page.goto(`${site.server.url}#base=osm`);
    await until(() => served.length > 0);
    await waitForMapIdle(w.page);
    assert.deepEqual(await violations(w.page), []);
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });
});
