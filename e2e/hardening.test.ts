import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage, type Watched, waitForMapIdle } from './browser';
import { type HostFaults, type StaticServer, serveStatic } from './server';
import { siteForTests } from './site';
import { buildFixtureTiles, type Damage, damagedTiles, type TempDir } from './fixtures';
import { catalogue, renderedByCategory } from './helpers';

const site = siteForTests();

/** The list shows every feature of the catalogue served. */
async function listShowsAll(page: Page, count: number): Promise<void> {
  await page.locator('.feature-list li').first().waitFor();
  assert.equal(await page.locator('.feature-list li').count(), count, 'every feature is in the list');
}

/** Searching a feature by name opens the near-me list around it. */
async function searchFinds(page: Page, name: string): Promise<void> {
  const box = page.getByRole('combobox');
  await box.fill(name);
  const option = page.getByRole('option').first();
  await option.waitFor();
  assert.ok((await option.innerText()).includes(name), `the first hit is ${name}`);
  await box.press('Enter');
  await page.locator('[data-testid="near-count"]').waitFor();
  assert.ok(Number(await page.locator('[data-testid="near-count"]').innerText()) > 0, 'the near-me list has items');
}

/** The map error says `says` with no library text in it, is announced, and the list and search still work. */
async function saysAndKeepsWorking(w: Watched, says: RegExp): Promise<void> {
  const alert = w.page.getByTestId('map-error');
  await alert.waitFor({ timeout: 30_000 });
  const text = await alert.innerText();
  assert.match(text, says);
  assert.doesNotMatch(text, /Failed to fetch|ETag|Byte Serving|Bad response|magic number/, 'no library text in the UI');
  assert.equal(await alert.getAttribute('role'), 'alert', 'announced to screen readers');
  const features = catalogue().features;
  await listShowsAll(w.page, features.length);
  await searchFinds(w.page, features[0]?.name_zh ?? '');
  assert.deepEqual(w.foreign, []);
}

/** Opens the app served from `s`, with the console (but for `expected` lines) and foreign requests watched. */
async function open(s: StaticServer, init?: () => void, expected: RegExp[] = []): Promise<Watched> {
  const w = await openPage(site.browser, s.url);
  w.allowConsole.push(...expected);
  if (init) await w.context.addInitScript(init);
  await w.page.goto(s.url);
  return w;
}

describe('a broken archive: the app says what failed and what to do, in the UI language, and the list and search keep working', () => {
  // `console`: the browser's own line for each request that fails, which the case expects.
  const cases: Array<{ archive: 'project.pmtiles' | 'basemap.pmtiles'; damage: Damage; says: RegExp; console?: RegExp[] }> = [
    { archive: 'project.pmtiles', damage: 'missing', says: /project\.pmtiles: HTTP 404,文件无法获取。网站管理员:请把 tiles\/ 目录与网站一起部署/, console: [/status of 404/] },
    { archive: 'project.pmtiles', damage: 'truncated', says: /project\.pmtiles: 文件不完整\(truncated\):只有 \d+ 字节,文件头说应有 \d+ 字节。网站管理员:请重新完整上传/, console: [/status of 416/] },
    { archive: 'project.pmtiles', damage: 'not a PMTiles file', says: /project\.pmtiles: 不是 PMTiles 文件/ },
    { archive: 'project.pmtiles', damage: 'wrong version', says: /project\.pmtiles: PMTiles 第 9 版,应为第 3 版/ },
    { archive: 'project.pmtiles', damage: 'empty', says: /project\.pmtiles: 文件是空的\(0 字节\)。网站管理员:上传可能中断了/, console: [/status of 416/] },
    { archive: 'project.pmtiles', damage: 'the other archive in its place', says: /project\.pmtiles: 这是 tiles\/basemap\.pmtiles 的内容.*两个地图文件被放错了位置/ },
    { archive: 'project.pmtiles', damage: 'an archive of another area', says: /project\.pmtiles: 这个文件覆盖的范围\(13\.09, 52\.33, 13\.76, 52\.68\)不在硚口区,是另一个地区的地图/ },
    { archive: 'project.pmtiles', damage: 'an archive of another build', says: /project\.pmtiles: 与项目目录 catalogue\.json 不是同一次构建.*请把 tiles\/ 中的三个文件一起部署/ },
    { archive: 'basemap.pmtiles', damage: 'missing', says: /basemap\.pmtiles: HTTP 404/, console: [/status of 404/] },
    { archive: 'basemap.pmtiles', damage: 'truncated', says: /basemap\.pmtiles: 文件不完整/, console: [/status of 416/] },
    { archive: 'basemap.pmtiles', damage: 'the other archive in its place', says: /basemap\.pmtiles: 这是 tiles\/project\.pmtiles 的内容/ },
  ];
  for (const c of cases) {
    test(`${c.archive} ${c.damage}`, async () => {
      const tiles = await damagedTiles('tiles', c.archive, c.damage);
      const s = await serveStatic('dist', tiles.dir);
      try {
        const w = await open(s, undefined, c.console);
        await saysAndKeepsWorking(w, c.says);
        await w.context.close();
      } finally {
        await s.close();
        await tiles.remove();
      }
    });
  }
});

describe('a host that serves the archives wrongly: the app names the setting to change', () => {
  const cases: Array<{ fault: HostFaults; says: RegExp; english: RegExp; console?: RegExp[] }> = [
    {
      fault: { ignoreRange: true },
      says: /\.pmtiles: 服务器忽略了按范围读取的请求\(Range\),发回了整个文件。网站管理员:请使用支持 HTTP Range 请求/,
      english: /\.pmtiles: the server ignores range requests \(Range\) and sends the whole file\. Site owner: serve the site from a host or CDN setting that answers Range requests with 206 Partial Content/,
    },
    {
      fault: { gzip: true },
      says: /\.pmtiles: 服务器以 Content-Encoding: gzip 压缩发送这个文件,浏览器无法按范围读取。网站管理员:请对 \.pmtiles 文件关闭压缩/,
      english: /\.pmtiles: the server sends this file with Content-Encoding: gzip, so parts of it cannot be read\. Site owner: turn compression off for \.pmtiles files/,
      console: [/ERR_CONTENT_DECODING_FAILED/],
    },
  ];
  for (const c of cases) {
    test(JSON.stringify(c.fault), async () => {
      const s = await serveStatic('dist', undefined, c.fault);
      try {
        const w = await open(s, undefined, c.console);
        await saysAndKeepsWorking(w, c.says);
        await w.page.getByRole('button', { name: 'Switch to English' }).click();
        assert.match(await w.page.getByTestId('map-error').innerText(), c.english, 'the message follows the UI language');
        await w.context.close();
      } finally {
        await s.close();
      }
    });
  }
});

describe('a broken catalogue: the list says what failed, and the map still draws', () => {
  for (const [damage, says, expected] of [
    ['missing', /无法加载项目目录: Could not fetch .*catalogue\.json: HTTP 404/, [/status of 404/]],
    ['not a PMTiles file', /无法加载项目目录: .*catalogue\.json is not valid JSON/, []],
  ] as const) {
    test(`catalogue.json ${damage}`, async () => {
      const tiles = await damagedTiles('tiles', 'catalogue.json', damage);
      const s = await serveStatic('dist', tiles.dir);
      try {
        const w = await open(s, undefined, [...expected]);
        const alert = w.page.locator('.panel p.error[role="alert"]');
        await alert.waitFor();
        assert.match(await alert.innerText(), says);
        await waitForMapIdle(w.page);
        assert.ok(Object.keys(await renderedByCategory(w.page)).length > 0, 'the project layers still draw');
        assert.equal(await w.page.getByTestId('map-error').count(), 0);
        await w.context.close();
      } finally {
        await s.close();
        await tiles.remove();
      }
    });
  }
});

/** Init scripts that take WebGL away: entirely, or WebGL 2 only (the probe passes on WebGL 1, then MapLibre's own context fails). */
function noWebGL() {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    return /webgl/.test(type) ? null : original.apply(this, [type, ...rest] as Parameters<typeof original>);
  } as typeof original;
}
function noWebGL2() {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    return type === 'webgl2' ? null : original.apply(this, [type, ...rest] as Parameters<typeof original>);
  } as typeof original;
}

describe('no WebGL: a clear message and a list-only mode', () => {
  for (const [name, init] of [
    ['no WebGL at all', noWebGL],
    ['WebGL 1 only', noWebGL2],
  ] as const) {
    test(name, async () => {
      const w = await open(site.server, init);
      const message = w.page.getByTestId('no-webgl');
      await message.waitFor();
      assert.match(await message.innerText(), /不支持 WebGL/);
      assert.equal(await w.page.locator('.app.list-only').count(), 1, 'list-only layout');
      assert.equal(await w.page.locator('.maplibregl-map, .maplibregl-canvas').count(), 0, 'no half-made map');
      const features = catalogue().features;
      await listShowsAll(w.page, features.length);
      const first = w.page.locator('.feature-list li').first();
      await first.locator('button').click();
      const card = w.page.locator(`.feature-card[data-feature-id="${await first.getAttribute('data-feature-id')}"]`);
      await card.waitFor({ timeout: 5_000 });
      assert.ok((await card.locator('blockquote.quote').count()) > 0, 'the selected item shows its report sentence');
      await searchFinds(w.page, features[1]?.name_zh ?? '');
      assert.deepEqual(w.errors, []);
      await w.context.close();
    });
  }
});

describe('injection: names, quotes and provenance with HTML or script are shown as text', () => {
  let tiles: TempDir;
  let s: StaticServer;
  before(async () => {
    tiles = await buildFixtureTiles('e2e/fixtures/injection');
    s = await serveStatic('dist', tiles.dir);
  });
  after(async () => {
    await s?.close();
    await tiles?.remove();
  });

  const NAME = '<img src=x onerror="window.__pwned=1">园博园';
  const QUOTE = '<script>window.__pwned=3</script>园博园<b>建成开放</b>';

  /** Nothing the data carried became markup or ran. */
  async function assertInert(page: Page) {
    assert.equal(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), undefined, 'no injected script ran');
    assert.equal(await page.locator('[onerror], [onload], iframe, a[href^="javascript"], .quote b').count(), 0, 'no injected element exists');
    assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script element exists');
  }

  test('in the list, the popup, the search and the English names', async () => {
    const w = await open(s);
    const item = w.page.locator('.feature-list li[data-feature-id="hostile-park"]');
    await item.waitFor();
    assert.ok((await item.innerText()).includes(NAME), 'the list shows the name literally');
    await item.locator('button').click();
    const card = w.page.locator('.feature-card[data-feature-id="hostile-park"]');
    await card.waitFor();
    assert.ok((await card.locator('h2').innerText()).includes(NAME));
    assert.ok((await card.locator('blockquote.quote').innerText()).includes(QUOTE), 'the quote is shown literally');
    const placement = await card.getByTestId('placement').innerText();
    for (const hostile of ['<a href="javascript:window.__pwned=4">placed</a> by hand', '<iframe src="javascript:window.__pwned=5"></iframe>', '<svg onload="window.__pwned=6"></svg>']) {
      assert.ok(placement.includes(hostile), `the placement shows ${hostile} literally`);
    }
    await assertInert(w.page);

    await w.page.getByRole('combobox').fill('园博园');
    const option = w.page.getByRole('option').first();
    await option.waitFor();
    assert.ok((await option.innerText()).includes(NAME), 'the search result shows the name literally');
    await w.page.getByRole('combobox').press('Enter');
    await w.page.locator('.near-list li[data-feature-id="hostile-park"]').waitFor();
    await assertInert(w.page);

    await w.page.getByRole('button', { name: 'Switch to English' }).click();
    await w.page.getByRole('heading', { name: 'Qiaokou Renewal Map' }).waitFor();
    assert.ok((await w.page.locator('.near-list li[data-feature-id="hostile-park"]').innerText()).includes('<script>window.__pwned=2</script> Expo Park'));
    await assertInert(w.page);
    assert.deepEqual(w.errors, []);
    assert.deepEqual(w.foreign, []);
    await w.context.close();
  });
});
