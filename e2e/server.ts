import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseRange } from '../src/sw/range';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  /** Serves another built site from now on, at the same origin, as a new deploy would. */
  deploy: (root: string, tilesDir?: string) => void;
  close: () => Promise<void>;
}

/** Ways a misconfigured host serves the archives (*.pmtiles); everything else is served well. */
export interface HostFaults {
  /** Answers every request for an archive with the whole file (200), as a host without byte serving does. */
  ignoreRange?: boolean;
  /** Stores the archives gzipped and sends them with `Content-Encoding: gzip`, ranges counted in the compressed bytes. */
  gzip?: boolean;
}

/** An archive stored gzipped, as an object store keeps a file uploaded with Content-Encoding: gzip. */
function sendGzipped(file: string, req: { headers: { range?: string } }, res: ServerResponse, headers: Record<string, string>): void {
  const body = gzipSync(readFileSync(file));
  const range = parseRange(req.headers.range, body.length);
  const gz = { ...headers, 'Content-Encoding': 'gzip' };
  if (range) {
    res.writeHead(206, { ...gz, 'Content-Range': `bytes ${range.start}-${range.end}/${body.length}`, 'Content-Length': String(range.end - range.start + 1) });
    res.end(body.subarray(range.start, range.end + 1));
  } else res.writeHead(200, { ...gz, 'Content-Length': String(body.length) }).end(body);
}

/**
 * Serves a built site on 127.0.0.1 with HTTP range requests, as a static host
 * would. `tilesDir` replaces dist/tiles, so a test can serve a fixture build;
 * `faults` make it serve the archives the way a misconfigured host does.
 */
export async function serveStatic(root: string, tilesDir?: string, faults: HostFaults = {}): Promise<StaticServer> {
  let site = { root, tilesDir };
  const server: Server = createServer((req, res) => {
    const { root, tilesDir } = site;
    const urlPath = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const base = tilesDir && urlPath.startsWith('/tiles/') ? tilesDir : root;
    const rel = tilesDir && urlPath.startsWith('/tiles/') ? urlPath.slice('/tiles/'.length) : urlPath.slice(1) || 'index.html';
    const file = path.resolve(base, rel);
    if (!file.startsWith(path.resolve(base))) {
      res.writeHead(403).end();
      return;
    }
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) throw new Error('not a file');
      size = st.size;
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const headers: Record<string, string> = { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Accept-Ranges': 'bytes', 'Cache-Control': 'no-store' };
    const archive = file.endsWith('.pmtiles');
    if (archive && faults.gzip) {
      sendGzipped(file, req, res, headers);
      return;
    }
    const range = archive && faults.ignoreRange ? null : parseRange(req.headers.range, size);
    if (req.headers.range && !range && !(archive && faults.ignoreRange)) {
      res.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}` }).end();
      return;
    }
    if (range) {
      res.writeHead(206, { ...headers, 'Content-Range': `bytes ${range.start}-${range.end}/${size}`, 'Content-Length': String(range.end - range.start + 1) });
      createReadStream(file, range).pipe(res);
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Length': String(size) });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    deploy: (root, tilesDir) => {
      site = { root, tilesDir };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
