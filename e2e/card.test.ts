import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage, waitForMapIdle } from './browser';
import { searchAndPick } from './helpers';
import { siteForTests } from './site';

const site = siteForTests();
const CJK = /[\u3400-\u9fff]/;
/** A place whose main works were completed in 2022 and which the 2023 plan names again, for new uses. */
const PARK = 'zhuyehai-park';

/** The visible text of the open card, leaving out what is meant to be in the other language (the second name, the report's own words and figures, map glyphs). */
function cardText(page: Page, leaveOut: string[]): Promise<string> {
  return page.locator('.detail-sheet .feature-card, .feature-popup .feature-card').first().evaluate((card, skip) => {
    const copy = card.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll(skip.join(','))) el.remove();
    return copy.innerText ?? copy.textContent ?? '';
  }, leaveOut);
}

describe('cards, figures and feedback in both languages', () => {
  test('in English, figures carry English units, section paths and credits are English, and the near heading reads right', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(`${site.server.url}#sel=hanjiangwan-vitality-zone&lang=en`);
    await w.page.locator('.feature-popup .feature-card').waitFor();
    const units = await w.page.locator('.feature-popup .metrics dd').evaluateAll((dds) => dds.map((d) => d.querySelector('.unit-en')?.textContent ?? ''));
    assert.ok(units.length > 0 && units.every((u) => !/[\u3400-\u9fff]/.test(u)), `each figure's English unit has no Chinese: ${units.join(' | ')}`);
    const english = await cardText(w.page, ['[lang="zh-CN"]', '.secondary-name', '.glyph', '.anchor-name']);
    assert.doesNotMatch(english, CJK, `no Chinese left in the English card: ${english.match(/.{0,20}[\u3400-\u9fff]+.{0,20}/)?.[0]}`);
    await waitForMapIdle(w.page);
    const credit = await w.page.locator('.maplibregl-ctrl-attrib-inner').textContent();
    assert.doesNotMatch(credit ?? '', CJK, `the map credit is English: ${credit}`);

    await w.page.getByRole('button', { name: '中文' }).click();
    await w.page.waitForFunction(() => /[\u4e00-\u9fff]/.test(document.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent ?? ''));
    const zhCredit = (await w.page.locator('.maplibregl-ctrl-attrib-inner').textContent()) ?? '';
    assert.deepEqual(zhCredit.match(/[A-Za-z]{3,}/g)?.filter((word) => !['OpenStreetMap', 'ODbL'].includes(word)) ?? [], [], `the Chinese credit is Chinese: ${zhCredit}`);
    const chinese = await cardText(w.page, ['[lang="en"]', 'h2', 'blockquote', 'dt', 'dd', '.secondary-name', '.glyph', '.anchor-name']);
    const words = chinese.match(/[A-Za-z]{3,}/g)?.filter((word) => !['OpenStreetMap', 'ODbL'].includes(word)) ?? [];
    assert.deepEqual(words, [], 'no English words in the Chinese card, placement included, but the names OpenStreetMap and ODbL');

    await w.page.getByRole('button', { name: 'English' }).click();
    await searchAndPick(w.page, '宗关', /宗关/);
    await w.page.getByTestId('near-count').waitFor();
    await w.page.getByRole('radio', { name: '500 m' }).check();
    assert.match(await w.page.locator('.near-heading').innerText(), /within 500 m: \d+ items/);
    await w.context.close();
  });

  test('a plan never moves a place backwards: the park completed in 2022 shows completed, with the 2023 plan as its target', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(`${site.server.url}#sel=${PARK}`);
    const card = w.page.locator('.feature-popup .feature-card');
    await card.waitFor();
    assert.equal(await card.locator('.badge-status').first().innerText(), '已完成');
    assert.equal(await card.locator('.badge-target').innerText(), '2023年计划推进');
    const item = w.page.locator(`.feature-list li[data-feature-id="${PARK}"]`);
    assert.match(await item.innerText(), /已完成[\s\S]*2023年计划推进/, 'the list says the same');
    assert.match(await w.page.locator('.legend .hint').innerText(), /不会.*倒退/, 'the legend says the rule');

    const listed = await w.page.locator('.feature-list li').count();
    await w.page.locator('label[data-status="planned"] input').click();
    await w.page.waitForFunction((n) => document.querySelectorAll('.feature-list li').length < n, listed);
    assert.equal(await item.count(), 1, 'filtering out planned places keeps it: it is completed');
    await w.page.locator('label[data-status="planned"] input').click();

    await searchAndPick(w.page, '竹叶海公园', /竹叶海公园/);
    const group = w.page.locator(`.near-group:has(li[data-feature-id="${PARK}"])`);
    await group.waitFor();
    assert.equal(await group.getAttribute('aria-label'), '已完成', 'near me groups it with what is completed');
    await w.context.close();
  });

  test('figures compare like with like: no change is computed between applied-for and to-add high-tech firms', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(`${site.server.url}#panel=indicators`);
    const card = w.page.locator('.ind-card[data-key="high-tech-firms"]');
    await card.waitFor();
    assert.match(await card.innerText(), /149家[\s\S]*80家/, 'both figures side by side');
    assert.equal(await card.locator('.ind-chart').count(), 0, 'no chart or ratio between two measures');
    assert.doesNotMatch(await card.innerText(), /%/);
    const same = w.page.locator('.ind-card[data-key="fixed-asset-investment"]');
    assert.match(await same.locator('figcaption').innerText(), /增加30亿元/, 'the same measure still shows its change');
    await w.context.close();
  });

  test('each card names the hotline and, with a channel set, links an error report carrying the view', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(`${site.server.url}#sel=${PARK}`);
    await w.page.locator('.feature-popup [data-testid="hotline"]').waitFor();
    assert.match(await w.page.locator('.feature-popup [data-testid="hotline"]').innerText(), /12345/);
    assert.equal(await w.page.locator('.feature-popup [data-testid="report-error"]').count(), 0, 'no link when no channel is set');
    await w.page.getByRole('tab', { name: '数据质量' }).click();
    assert.match(await w.page.locator('.q-error-report').innerText(), /尚未设置反馈地址/);
    await w.context.close();

    const set = await openPage(site.browser, site.server.url);
    await set.context.route('**/config/feedback.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ url: 'https://issues.example.org/new?title={title}&body={body}', email: 'map@example.org' }) }));
    await set.page.goto(`${site.server.url}#sel=${PARK}&cat=park`);
    const link = set.page.locator('.feature-popup [data-testid="report-error"]');
    await link.waitFor();
    const href = new URL((await link.getAttribute('href')) ?? '');
    assert.equal(href.origin, 'https://issues.example.org');
    const body = href.searchParams.get('body') ?? '';
    assert.match(body, /#.*cat=park/, 'the report carries the current view');
    assert.match(body, new RegExp(`sel=${PARK}`));
    assert.match((await set.page.locator('.feature-popup [data-testid="report-error-mail"]').getAttribute('href')) ?? '', /^mailto:map@example\.org\?subject=/);
    await set.page.getByRole('tab', { name: '数据质量' }).click();
    const quality = set.page.locator('.q-error-report [data-testid="report-error"]');
    await quality.waitFor();
    assert.match(decodeURIComponent((await quality.getAttribute('href')) ?? ''), /竹叶海公园/);
    await set.context.close();
  });
});
