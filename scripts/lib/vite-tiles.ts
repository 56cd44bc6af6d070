import { createReadStream, statSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { parseRange } from '../../src/sw/range';

const TYPES: Record<string, string> = {
  '.pmtiles': 'application/octet-stream',
  '.json': 'application/json',
};

/**
 * Serves `dir` at /tiles/ in dev and preview (PMTiles needs HTTP range
 * requests) and copies it to dist/tiles/ on build, so `dist/` is the whole site.
 */
export function tilesPlugin(dir: string): Plugin {
  const root = path.resolve(dir);
  const middleware = (req: { url?: string; headers: Record<string, string | string[] | undefined> }, res: import('node:http').ServerResponse, next: () => void) => {
    const url = req.url?.split('?')[0] ?? '';
    if (!url.startsWith('/tiles/')) return next();
    const file = path.join(root, decodeURIComponent(url.slice('/tiles/'.length)));
    if (!file.startsWith(root + path.sep)) return next();
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
    res.setHeader('Accept-Ranges', 'bytes');
    res.setHeader('Cache-Control', 'no-cache');
    const rangeHeader = req.headers.range;
    const range = parseRange(Array.isArray(rangeHeader) ? rangeHeader[0] : rangeHeader, size);
    if (rangeHeader && !range) {
      res.statusCode = 416;
      res.setHeader('Content-Range', `bytes */${size}`);
      res.end();
      return;
    }
    if (range) {
      res.statusCode = 206;
      res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${size}`);
      res.setHeader('Content-Length', String(range.end - range.start + 1));
      createReadStream(file, range).pipe(res);
      return;
    }
    res.setHeader('Content-Length', String(size));
    createReadStream(file).pipe(res);
  };
  return {
    name: 'qiaokou-tiles',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
    async writeBundle(options) {
      const out = options.dir ?? 'dist';
      await cp(root, path.join(out, 'tiles'), { recursive: true });
    },
  };
}

/** Origins the app may reach besides its own: only the optional online basemap. */
export const ONLINE_BASEMAP_ORIGIN = 'https://tile.openstreetmap.org';

/** A Content-Security-Policy meta tag for the built page: no inline script, no remote origin but the opt-in basemap. */
export function contentSecurityPolicy(): Plugin {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${ONLINE_BASEMAP_ORIGIN}`,
    `connect-src 'self' ${ONLINE_BASEMAP_ORIGIN}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
  return {
    name: 'qiaokou-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}
