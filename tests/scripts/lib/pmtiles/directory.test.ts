import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../../../scripts/lib/pmtiles/bytes';
import { buildDirectories, type Entry, MAX_ROOT_DIRECTORY_BYTES, serializeDirectory } from '../../../../scripts/lib/pmtiles/directory';
import { writeArchive } from '../../../../scripts/lib/pmtiles/writer';
import { readArchive } from '../../../helpers/pmtiles-memory';

const identity = (b: Uint8Array) => b;
const metadata = { name: 'layout', vector_layers: [] };
/** Tiles whose bytes differ, so the writer never shares their content. */
const tile = (z: number, x: number, y: number, n: number) => ({ z, x, y, data: Uint8Array.of(n, n, n) });

describe('ByteWriter', () => {
  it('returns exactly the bytes written, past its first 256-byte buffer', () => {
    const w = new ByteWriter();
    w.varint(300);
    expect(w.bytes()).toEqual(Uint8Array.of(0xac, 0x02));
    for (let i = 0; i < 400; i++) w.byte(i % 251);
    const out = w.bytes();
    expect(out).toHaveLength(402);
    expect([out[2], out[252], out[253], out[401]]).toEqual([0, 250, 0, 148]);
  });

  it('refuses a negative, fractional or unsafe varint and names the value', () => {
    const w = new ByteWriter();
    expect(() => w.varint(-1)).toThrow('varint needs a non-negative safe integer, got -1');
    expect(() => w.varint(1.5)).toThrow('got 1.5');
    expect(() => w.varint(2 ** 53)).toThrow(RangeError);
    expect(w.length).toBe(0);
  });
});

describe('serializeDirectory', () => {
  it('writes the count, then delta ids, run lengths, lengths and offsets, an offset following on from the previous entry as 0', () => {
    const entries: Entry[] = [
      { tileId: 0, offset: 5, length: 3, runLength: 1 },
      { tileId: 1, offset: 0, length: 5, runLength: 1 },
      { tileId: 3, offset: 5, length: 3, runLength: 2 },
    ];
    // The first entry's offset is written +1 even though the next entry ends where it starts.
    expect([...serializeDirectory(entries)]).toEqual([3, 0, 1, 2, 1, 1, 2, 3, 5, 3, 6, 1, 0]);
  });
});

/** `count` consecutive tiles of one byte each, stored back to back. */
const consecutive = (count: number): Entry[] => Array.from({ length: count }, (_, i) => ({ tileId: i, offset: i, length: 1, runLength: 1 }));

describe('buildDirectories', () => {
  it('keeps every entry in the root while it fits, the limit included', () => {
    const entries = consecutive(10);
    const root = serializeDirectory(entries);
    const dirs = buildDirectories(entries, identity, root.length);
    expect(dirs.leafCount).toBe(0);
    expect(dirs.root).toEqual(root);
    expect(dirs.leaves).toHaveLength(0);
  });

  it('splits into leaves of 4096 entries, the last one full too, when the root is too big', () => {
    const entries = consecutive(8192);
    const dirs = buildDirectories(entries, identity);
    expect(dirs.leafCount).toBe(2);
    // A leaf: count (2 bytes) and four columns of one byte an entry, 16,386 bytes (0x82 0x80 0x01); the
    // second's first delta id and offset (4096, 4097) take two bytes each: 16,388 (0x84 0x80 0x01).
    expect(dirs.leaves).toHaveLength(16386 + 16388);
    expect([...dirs.root]).toEqual([2, 0, 0x80, 0x20, 0, 0, 0x82, 0x80, 0x01, 0x84, 0x80, 0x01, 1, 0]);
    expect([...dirs.leaves.subarray(0, 4)]).toEqual([0x80, 0x20, 0, 1]);
  });

  it('grows leaves by 1.2× until the root of pointers fits, a root exactly at the limit included', () => {
    // 12,288 entries: 4096, 4916 and 5900 entries a leaf need three pointers (21 bytes); 7080 needs two (14 bytes).
    const dirs = buildDirectories(consecutive(12288), identity, 14);
    expect(dirs.leafCount).toBe(2);
    // Pointers to tile 0 and tile 7080 (0xa8 0x37), leaves of 28,322 and 20,836 bytes.
    expect([...dirs.root]).toEqual([2, 0, 0xa8, 0x37, 0, 0, 0xa2, 0xdd, 0x01, 0xe4, 0xa2, 0x01, 1, 0]);
  });

  it('leaves room for the 127-byte header in the first 16 KiB a reader fetches', () => {
    expect(MAX_ROOT_DIRECTORY_BYTES).toBe(16257);
  });
});

describe('writeArchive layout', () => {
  it('centres the header on the middle of the bounds at the lowest zoom unless given a centre', async () => {
    const bounds: [number, number, number, number] = [114.145, 30.563, 114.28, 30.635];
    const plain = await readArchive(writeArchive([tile(10, 0, 0, 1)], { metadata, bounds, minZoom: 10, maxZoom: 14 }).bytes).getHeader();
    expect([plain.centerLon, plain.centerLat, plain.centerZoom]).toEqual([114.2125, 30.599, 10]);
    const center = { lon: -73.9857, lat: -40.7484, zoom: 3 };
    const given = await readArchive(writeArchive([tile(10, 0, 0, 1)], { metadata, bounds, minZoom: 10, maxZoom: 14, center }).bytes).getHeader();
    expect([given.centerLon, given.centerLat, given.centerZoom]).toEqual([-73.9857, -40.7484, 3]);
  });

  it('starts a new entry for the same content after a gap in tile ids, so the tile between stays absent', async () => {
    // Tile ids 0 (zoom 0) and 2 (zoom 1, 0/1), one content; id 1 (zoom 1, 0/0) is not given.
    const archive = readArchive(writeArchive([tile(0, 0, 0, 1), tile(1, 0, 1, 1)], { metadata, bounds: [0, 0, 1, 1], minZoom: 0, maxZoom: 1 }).bytes);
    const header = await archive.getHeader();
    expect([header.numTileEntries, header.numTileContents]).toEqual([2, 1]);
    expect(await archive.getZxy(1, 0, 0)).toBeUndefined();
  });

  it('keeps consecutive tiles with different contents as separate entries', async () => {
    // Tile ids 0 (zoom 0) and 1 (zoom 1, 0/0) are consecutive.
    const archive = readArchive(writeArchive([tile(0, 0, 0, 1), tile(1, 0, 0, 2)], { metadata, bounds: [0, 0, 1, 1], minZoom: 0, maxZoom: 1 }).bytes);
    expect((await archive.getHeader()).numTileEntries).toBe(2);
    expect(new Uint8Array((await archive.getZxy(1, 0, 0))?.data ?? new ArrayBuffer(0))).toEqual(Uint8Array.of(2, 2, 2));
  });
});
