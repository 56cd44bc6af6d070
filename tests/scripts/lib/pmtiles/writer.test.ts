import { readVarint, zxyToTileId } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import vtpbf from 'vt-pbf';
import { gunzipSync } from 'node:zlib';
import { ByteWriter, gzip } from '../../../../scripts/lib/pmtiles/bytes';
import { MAX_ROOT_DIRECTORY_BYTES } from '../../../../scripts/lib/pmtiles/directory';
import { type ArchiveStats, type TileInput, writeArchive } from '../../../../scripts/lib/pmtiles/writer';
import { readArchive, readVectorTile } from '../../../helpers/pmtiles-memory';

const BOUNDS: [number, number, number, number] = [114.145, 30.563, 114.28, 30.635];

/** An MVT tile with one point feature per id, in layer "road". */
function mvt(ids: number[]): Uint8Array {
  const features = ids.map((id) => ({ id, type: 1 as const, geometry: [[id % 4096, 100] as [number, number]], tags: { id: `f-${id}`, fid: id, open: id % 2 === 0 } }));
  return vtpbf.fromGeojsonVt({ road: { features } }, { version: 2, extent: 4096 });
}

/** A deterministic spread of distinct tiles at one zoom (xorshift32, exact in 32-bit integers). */
function spreadTiles(count: number, z: number): TileInput[] {
  const seen = new Set<string>();
  const out: TileInput[] = [];
  let state = 12345;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  while (out.length < count) {
    const x = next() % 2 ** z;
    const y = next() % 2 ** z;
    if (seen.has(`${x}/${y}`)) continue;
    seen.add(`${x}/${y}`);
    // Distinct contents of varying length, so neither dedup nor gzip can shrink the directory.
    const data = new Uint8Array(4 + (out.length % 13));
    new DataView(data.buffer).setUint32(0, out.length);
    out.push({ z, x, y, data });
  }
  return out;
}

const metadata = { name: 'test', vector_layers: [{ id: 'road', fields: { id: 'String', fid: 'Number', open: 'Boolean' }, minzoom: 8, maxzoom: 14 }] };

let leafy: { tiles: TileInput[]; bytes: Uint8Array; stats: ArchiveStats } | undefined;
/** 30,000 tiles, enough for leaf directories; built once, as it takes seconds. */
function leafyArchive() {
  if (!leafy) {
    const tiles = spreadTiles(30000, 18);
    leafy = { tiles, ...writeArchive(tiles, { metadata, bounds: BOUNDS, minZoom: 18, maxZoom: 18 }) };
  }
  return leafy;
}

describe('writeArchive', () => {
  it('round-trips header fields, metadata and tiles through the pmtiles reader', async () => {
    const tiles = [
      { z: 8, x: 209, y: 107, data: mvt([2001]) },
      { z: 14, x: 13391, y: 6859, data: mvt([2001, 2002]) },
      { z: 12, x: 3347, y: 1714, data: mvt([2003]) },
    ];
    const { bytes, stats } = writeArchive(tiles, { metadata, bounds: BOUNDS, minZoom: 8, maxZoom: 14 });
    const archive = readArchive(bytes);
    const header = await archive.getHeader();
    expect(header).toMatchObject({
      specVersion: 3,
      clustered: true,
      internalCompression: 2,
      tileCompression: 2,
      tileType: 1,
      minZoom: 8,
      maxZoom: 14,
      minLon: 114.145,
      minLat: 30.563,
      maxLon: 114.28,
      maxLat: 30.635,
      centerZoom: 8,
      numAddressedTiles: 3,
      numTileEntries: 3,
      numTileContents: 3,
      rootDirectoryOffset: 127,
      leafDirectoryLength: 0,
    });
    expect(header.tileDataOffset + (header.tileDataLength ?? 0)).toBe(bytes.length);
    expect(stats).toEqual({ addressedTiles: 3, tileEntries: 3, tileContents: 3, leafDirectories: 0, bytes: bytes.length });
    expect(await archive.getMetadata()).toEqual(metadata);

    const tile = await readVectorTile(archive, 14, 13391, 6859);
    const layer = tile?.layers.road;
    expect(layer?.version).toBe(2);
    expect(layer?.extent).toBe(4096);
    expect([layer?.feature(0).id, layer?.feature(1).id]).toEqual([2001, 2002]);
    expect(layer?.feature(1).properties).toEqual({ id: 'f-2002', fid: 2002, open: true });
    expect((await readVectorTile(archive, 8, 209, 107))?.layers.road?.feature(0).properties).toEqual({ id: 'f-2001', fid: 2001, open: false });
    expect(await archive.getZxy(14, 13391, 6860)).toBeUndefined();
  });

  it('stores identical tiles once and runs of consecutive ids as one entry', async () => {
    const same = mvt([7001]);
    const run = Array.from({ length: 50 }, (_, i) => zxyToTileId(10, 0, 0) + i);
    // Tile ids 0..49 past the start of zoom 10 are 50 consecutive ids; find their z/x/y by brute force.
    const coords: TileInput[] = [];
    for (let x = 0; x < 8; x++) for (let y = 0; y < 8; y++) if (run.includes(zxyToTileId(10, x, y))) coords.push({ z: 10, x, y, data: same });
    expect(coords).toHaveLength(50);
    const apart = { z: 12, x: 5, y: 5, data: same };
    const other = { z: 11, x: 3, y: 3, data: mvt([7002]) };
    const { bytes } = writeArchive([...coords, apart, other], { metadata, bounds: BOUNDS, minZoom: 10, maxZoom: 12 });
    const archive = readArchive(bytes);
    const header = await archive.getHeader();
    expect([header.numAddressedTiles, header.numTileEntries, header.numTileContents]).toEqual([52, 3, 2]);
    const a = await archive.getZxy(10, coords[0]?.x ?? -1, coords[0]?.y ?? -1);
    const b = await archive.getZxy(12, 5, 5);
    expect(a && new Uint8Array(a.data)).toEqual(same);
    expect(b && new Uint8Array(b.data)).toEqual(same);
    expect((await readVectorTile(archive, 11, 3, 3))?.layers.road?.feature(0).id).toBe(7002);
  });

  it('moves entries into leaf directories when the root would pass 16 KiB, and every tile stays readable', async () => {
    const { tiles, bytes, stats } = leafyArchive();
    const archive = readArchive(bytes);
    const header = await archive.getHeader();
    expect(header.rootDirectoryLength).toBeLessThanOrEqual(MAX_ROOT_DIRECTORY_BYTES);
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(stats.leafDirectories).toBeGreaterThan(1);
    expect(header.numTileEntries).toBe(30000);
    for (const i of [0, 1, 4095, 4096, 4097, 12345, 29998, 29999]) {
      const t = tiles[i];
      if (!t) throw new Error(`no tile ${i}`);
      const got = await archive.getZxy(t.z, t.x, t.y);
      expect(got && new Uint8Array(got.data)).toEqual(t.data);
    }
  }, 60_000);

  it('addresses tile ids past 2^32 (zoom 17 and deeper)', async () => {
    const deep = [
      { z: 17, x: 107148, y: 54870, data: mvt([1]) },
      { z: 24, x: 13714953, y: 7023400, data: mvt([2]) },
    ];
    expect(zxyToTileId(17, 107148, 54870)).toBeGreaterThan(2 ** 32);
    const archive = readArchive(writeArchive(deep, { metadata, bounds: BOUNDS, minZoom: 17, maxZoom: 24 }).bytes);
    expect((await readVectorTile(archive, 17, 107148, 54870))?.layers.road?.feature(0).id).toBe(1);
    expect((await readVectorTile(archive, 24, 13714953, 7023400))?.layers.road?.feature(0).id).toBe(2);
  });

  it('gives the same bytes for the same tiles in any order', () => {
    const tiles = spreadTiles(200, 14);
    const options = { metadata, bounds: BOUNDS, minZoom: 14, maxZoom: 14 };
    const a = writeArchive(tiles, options).bytes;
    const b = writeArchive([...tiles].reverse(), options).bytes;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('refuses the same tile twice', () => {
    const t = { z: 9, x: 1, y: 1, data: mvt([1]) };
    expect(() => writeArchive([t, t], { metadata, bounds: BOUNDS, minZoom: 9, maxZoom: 9 })).toThrow('tile 9/1/1 given twice');
  });
});

describe('gzip', () => {
  it('writes no timestamp or name, so the bytes depend only on the input', () => {
    const data = new TextEncoder().encode('宗关站 zongguan '.repeat(50));
    const out = gzip(data);
    // magic, deflate, no flags, mtime 0, xfl 2 (best compression), OS 3 (Unix)
    expect(Buffer.from(out.subarray(0, 10)).toString('hex')).toBe('1f8b0800000000000203');
    expect(gunzipSync(out).equals(Buffer.from(data))).toBe(true);
    expect(Buffer.from(gzip(data)).equals(Buffer.from(out))).toBe(true);
  });
});

describe('ByteWriter.varint', () => {
  it('writes integers past 2^32 that the pmtiles reader reads back', () => {
    const values = [0, 1, 127, 128, 300, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 5, 2 ** 40 + 12345, Number.MAX_SAFE_INTEGER];
    const w = new ByteWriter();
    for (const v of values) w.varint(v);
    const pos = { buf: w.bytes(), pos: 0 };
    expect(values.map(() => readVarint(pos))).toEqual(values);
  });
});
