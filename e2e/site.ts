import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launch } from './browser';
import { type StaticServer, serveStatic } from './server';

export interface Site {
  server: StaticServer;
  browser: Browser;
}

/** For one test file: serves dist/ and launches Chromium before its tests, closes both after. */
export function siteForTests(): Site {
  const site = {} as Site;
  before(async () => {
    site.server = await serveStatic('dist');
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
