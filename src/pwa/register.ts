import { type AppState, useStore } from '../store';
import { BUILD_REQUEST, type BuildReply, SKIP_WAITING } from '../sw/messages';

/** How often an open page asks whether a new deploy is out, besides when the network or the tab comes back. */
const CHECK_EVERY_MS = 60 * 60 * 1000;
/** How long to wait for a worker to say its build before treating the update as new data. */
const ASK_TIMEOUT_MS = 10_000;

/** The worker holding the newer deploy, once one is waiting. */
let waiting: ServiceWorker | null = null;

/** The catalogue build a worker serves, asked over a message channel; null when it cannot say. */
function askBuild(worker: ServiceWorker): Promise<string | null> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(null), ASK_TIMEOUT_MS);
    channel.port1.onmessage = (event: MessageEvent<BuildReply>) => {
      clearTimeout(timer);
      resolve(event.data.build);
    };
    worker.postMessage({ type: BUILD_REQUEST }, [channel.port2]);
  });
}

/** The build id of the catalogue on screen, once it has loaded (null if it failed). */
function shownBuild(): Promise<string | null> {
  return new Promise((resolve) => {
    const settle = (c: AppState['catalogue']) => {
      if (c.status === 'idle') return false;
      resolve(c.status === 'ready' ? c.value.build : null);
      return true;
    };
    if (settle(useStore.getState().catalogue)) return;
    const stop = useStore.subscribe((s) => settle(s.catalogue) && stop());
  });
}

/** Offers the reload of what `worker` holds (a reload alone when it already controls the page). */
function offer(worker: ServiceWorker | null, build: string | null): void {
  waiting = worker;
  useStore.getState().setUpdate({ status: 'ready', build });
}

/**
 * Shows the newer deploy: the waiting worker takes over, and every page it
 * then controls reloads (see `startServiceWorker`), so no page keeps an old
 * catalogue over new archives.
 */
export function applyUpdate(): void {
  if (waiting) waiting.postMessage({ type: SKIP_WAITING });
  else window.location.reload();
}

function watchNetwork(): void {
  const set = () => useStore.getState().setOnline(navigator.onLine);
  window.addEventListener('online', set);
  window.addEventListener('offline', set);
  set();
}

/**
 * Registers the service worker (dist/sw.js) and follows the network. A new
 * deploy is looked for when the network or the tab comes back and hourly;
 * its worker installs beside the current one and waits, and the page offers
 * the reload. Without service workers (or in dev) the app works as before.
 */
export function startServiceWorker(): void {
  watchNetwork();
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const container = navigator.serviceWorker;
  let controlled = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    if (controlled) return window.location.reload();
    controlled = true;
    // First visit: the page loaded from the network while the worker cached; a deploy in between must not mix.
    const worker = container.controller;
    if (worker) void Promise.all([askBuild(worker), shownBuild()]).then(([served, shown]) => served !== shown && offer(null, served));
  });
  container
    .register(new URL('sw.js', document.baseURI))
    .then((registration) => {
      const wait = (worker: ServiceWorker) => askBuild(worker).then((build) => offer(worker, build));
      if (registration.waiting && controlled) void wait(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && container.controller) void wait(worker);
        });
      });
      const check = () => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      };
      window.addEventListener('online', check);
      document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
      setInterval(check, CHECK_EVERY_MS);
    })
    .catch((error: Error) => console.warn(`Offline use is not available: the service worker did not register (${error.message}).`));
}
