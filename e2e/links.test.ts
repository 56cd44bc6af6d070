import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openPage, waitForMapIdle } from './browser';
import { catalogue } from './helpers';
import { siteForTests } from './site';

const site = siteForTests();

describe('a link is shown as far as it can be, and then the address says what is shown', () => {
  test('an unknown selection, repeated keys and a zoom past the maximum are each said once and left out of the address', async () => {
    const w = await openPage(site.browser, site.server.url);
    await w.page.goto(`${site.server.url}#map=22/30.58/114.22&sel=no-such-place&r=500&r=2000`);
    const notice = w.page.getByTestId('url-notice');
    await notice.waitFor();
    await w.page.locator('.feature-list li').first().waitFor();
    await w.page.waitForFunction(() => !window.location.hash.includes('sel='));
    const said = await notice.innerText();
    for (const part of [/map: zoom 22 is beyond 9–18, shown at 18/, /r: given more than once, the first kept/, /sel: no feature "no-such-place"/]) {
      assert.match(said, part);
      assert.equal(said.split(part).length, 2, `${part} said once`);
    }
    assert.equal(await w.page.getByTestId('url-notice').count(), 1, 'one notice');
    assert.equal(new URL(w.page.url()).hash, '#map=18/30.58/114.22&r=500', 'the address is the canonical form of what is shown');
    await waitForMapIdle(w.page);
    assert.equal(await w.page.evaluate(() => window.__qiaokouMap?.getZoom()), 18);
    assert.equal(await w.page.locator('.feature-card').count(), 0, 'nothing is shown as selected');
    await w.page.goBack();
    assert.notEqual(new URL(w.page.url()).hash, '#map=22/30.58/114.22&sel=no-such-place&r=500&r=2000', 'the link as pasted is not a step back');
    await w.context.close();
  });

  test('a selection that exists stays in the address and opens its card', async () => {
    const w = await openPage(site.browser, site.server.url);
    const id = catalogue().features[3]?.id ?? '';
    await w.page.goto(`${site.server.url}#sel=${id}`);
    await w.page.locator(`.feature-card[data-feature-id="${id}"]`).waitFor();
    // The address keeps the selection; it also records where the map flew to show it, so Back can return there.
    assert.match(new URL(w.page.url()).hash, new RegExp(`^#(map=[\\d./]+&)?sel=${id}$`));
    assert.equal(await w.page.getByTestId('url-notice').count(), 0, 'nothing to say');
    await w.context.close();
  });
});
