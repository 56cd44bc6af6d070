import { readFileSync } from 'node:fs';
import { FetchSource, PMTiles } from 'pmtiles';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Catalogue } from '../../../src/schema/records';
import { parseRange, rangeResponse } from '../../../src/sw/range';

const BYTES = Uint8Array.from({ length: 100 }, (_, i) => i);
const URL_ = 'https://example.test/tiles/project.pmtiles';

/** A whole cached file, as the service worker's precache holds it. */
const cached = (bytes: Uint8Array<ArrayBuffer> = BYTES) => new Response(bytes, { headers: { 'content-type': 'application/octet-stream', etag: '"v1"', 'x-other': 'dropped' } });
const ask = (range?: string) => new Request(URL_, range ? { headers: { range } } : {});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('parseRange', () => {
  it('reads a closed, an open-ended and a suffix range, clamped to the file', () => {
    expect(parseRange('bytes=10-19', 100)).toEqual({ start: 10, end: 19 });
    expect(parseRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=-5', 100)).toEqual({ start: 95, end: 99 });
    expect(parseRange('bytes=0-16383', 100)).toEqual({ start: 0, end: 99 });
  });

  it('refuses what cannot be met or is not one byte range', () => {
    for (const header of ['bytes=100-', 'bytes=20-10', 'bytes=-', 'bytes=0-1,5-6', 'items=0-1', '']) expect(parseRange(header, 100), header).toBeNull();
    expect(parseRange(null, 100)).toBeNull();
  });
});

describe('rangeResponse', () => {
  it('answers a range from the whole cached file with 206, the bytes asked for and their place in the file', async () => {
    const res = await rangeResponse(ask('bytes=10-19'), cached());
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 10-19/100');
    expect(res.headers.get('content-length')).toBe('10');
    expect(res.headers.get('etag')).toBe('"v1"');
    expect(res.headers.get('x-other')).toBeNull();
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(BYTES.slice(10, 20));
  });

  it('gives the rest of a short file when the reader asks for more than is there', async () => {
    const res = await rangeResponse(ask('bytes=0-16383'), cached());
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 0-99/100');
    expect((await res.arrayBuffer()).byteLength).toBe(100);
  });

  it('says 416 with the size for a range past the end, and gives the whole file when no range is asked', async () => {
    const past = await rangeResponse(ask('bytes=200-300'), cached());
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe('bytes */100');
    const whole = await rangeResponse(ask(), cached());
    expect(whole.status).toBe(200);
    expect((await whole.arrayBuffer()).byteLength).toBe(100);
  });

  it('serves the committed archive to the pmtiles reader, whose metadata carries the catalogue build', async () => {
    const archive = new Uint8Array(readFileSync('tiles/project.pmtiles'));
    const requests: string[] = [];
    vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
      const request = new Request(input, init);
      requests.push(request.headers.get('range') ?? 'whole');
      return rangeResponse(request, cached(archive));
    });
    const reader = new PMTiles(new FetchSource(URL_));
    const header = await reader.getHeader();
    expect(header.specVersion).toBe(3);
    const catalogue = JSON.parse(readFileSync('tiles/catalogue.json', 'utf8')) as Catalogue;
    expect(((await reader.getMetadata()) as { build?: string }).build).toBe(catalogue.build);
    const tile = await reader.getZxy(header.centerZoom, ...centerTile(header.centerLon, header.centerLat, header.centerZoom));
    expect(tile?.data.byteLength).toBeGreaterThan(0);
    expect(requests.every((r) => r.startsWith('bytes='))).toBe(true);
  });
});

/** The x/y of the tile holding a lon/lat at zoom z (slippy-map formula). */
function centerTile(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  return [Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.asinh(Math.tan(r)) / Math.PI) / 2) * n)];
}
