import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, getCacheKeyForURL, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { rangeResponse } from './range';
import { BUILD_REQUEST, type BuildReply, SKIP_WAITING } from './messages';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

const CATALOGUE = 'tiles/catalogue.json';

// Range reads of a precached file (the archives) come before the precache route, which would answer with the whole file.
registerRoute(
  ({ request, url }) => request.headers.has('range') && getCacheKeyForURL(url.href) !== undefined,
  async ({ request }) => {
    const whole = await matchPrecache(request.url);
    return whole ? rangeResponse(request, whole) : fetch(request);
  },
);
// Everything the build wrote: app shell, catalogue, both archives, icons. The online street map is never listed.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The app's address, with any query, opens the cached page (the hash never reaches the worker, so it is kept); other paths go to the host.
const scope = new URL(self.registration.scope).pathname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { allowlist: [new RegExp(`^${scope}(index\\.html)?(\\?.*)?$`)] }));

/** The build id of the catalogue this worker serves, read from its own precache. */
async function servedBuild(): Promise<string | null> {
  const res = await matchPrecache(CATALOGUE);
  const json: unknown = res ? await res.json().catch(() => null) : null;
  const build = (json as { build?: unknown } | null)?.build;
  return typeof build === 'string' ? build : null;
}

self.addEventListener('message', (event) => {
  const type = (event.data as { type?: unknown } | null)?.type;
  // A new worker waits until the page's reader asks for it, so an open page never gets new archives under its old catalogue.
  if (type === SKIP_WAITING) event.waitUntil(self.skipWaiting());
  if (type === BUILD_REQUEST) event.waitUntil(servedBuild().then((build) => event.ports[0]?.postMessage({ build } satisfies BuildReply)));
});

clientsClaim();
