import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, tilesPlugin } from '../../../scripts/lib/vite-tiles';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

let dir: string;
let server: Server;
let base: string;

/** The plugin's dev-server middleware behind a real HTTP server; a request it passes on gets 418. */
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'qiaokou-tiles-'));
  await writeFile(path.join(dir, 'a.pmtiles'), '0123456789');
  await writeFile(path.join(dir, 'catalogue.json'), '{}');
  let middleware: Middleware | undefined;
  const plugin = tilesPlugin(dir) as { configureServer: (s: unknown) => void };
  plugin.configureServer({ middlewares: { use: (m: Middleware) => (middleware = m) } });
  server = createServer((req, res) =>
    middleware?.(req, res, () => {
      res.statusCode = 418;
      res.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

async function get(url: string, range?: string) {
  const res = await fetch(`${base}${url}`, { headers: range ? { range } : {} });
  const h = (name: string) => res.headers.get(name);
  return { status: res.status, body: await res.text(), type: h('content-type'), range: h('content-range'), length: h('content-length'), accept: h('accept-ranges') };
}

describe('tilesPlugin dev server', () => {
  it('answers a range with 206, the bytes asked for and where they sit in the file', async () => {
    expect(await get('/tiles/a.pmtiles', 'bytes=2-5')).toMatchObject({ status: 206, body: '2345', range: 'bytes 2-5/10', length: '4', accept: 'bytes', type: 'application/octet-stream' });
  });

  it('answers the whole file without a range, typed by its extension, a query string ignored', async () => {
    expect(await get('/tiles/catalogue.json?v=1')).toMatchObject({ status: 200, body: '{}', length: '2', type: 'application/json', accept: 'bytes' });
  });

  it('answers a range past the end with 416 and the size', async () => {
    expect(await get('/tiles/a.pmtiles', 'bytes=10-20')).toMatchObject({ status: 416, body: '', range: 'bytes */10' });
  });

  it('answers a missing tile file with 404 and passes on anything outside /tiles/ or escaping its folder', async () => {
    expect(await get('/tiles/none.pmtiles')).toMatchObject({ status: 404, body: 'not found' });
    expect((await get('/index.html')).status).toBe(418);
    expect((await get('/tiles/..%2F..%2Fetc%2Fpasswd')).status).toBe(418);
  });
});

describe('contentSecurityPolicy', () => {
  it('puts a policy first in the head that allows no inline script and no origin but the online basemap', () => {
    const plugin = contentSecurityPolicy() as unknown as { apply: string; transformIndexHtml: () => { attrs: { content: string }; injectTo: string }[] };
    expect(plugin.apply).toBe('build');
    const [tag] = plugin.transformIndexHtml();
    expect(tag?.injectTo).toBe('head-prepend');
    expect(tag?.attrs.content.split('; ')).toEqual([
      "default-src 'self'",
      "script-src 'self'",
      "worker-src 'self' blob:",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob: https://tile.openstreetmap.org",
      "connect-src 'self' https://tile.openstreetmap.org",
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
    ]);
  });
});
