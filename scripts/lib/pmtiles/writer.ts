import { createHash } from 'node:crypto';
import { zxyToTileId } from 'pmtiles';
import { concat, gzip } from './bytes';
import { buildDirectories, type Entry } from './directory';
import { Compression, encodeHeader, HEADER_BYTES, TileType } from './header';

export interface TileInput {
  z: number;
  x: number;
  y: number;
  /** The tile, uncompressed (the writer gzips it). */
  data: Uint8Array;
}

export interface ArchiveOptions {
  /** JSON metadata; for vector tiles it should carry `vector_layers`. */
  metadata: Record<string, unknown>;
  /** [west, south, east, north]. */
  bounds: [number, number, number, number];
  minZoom: number;
  maxZoom: number;
  /** Defaults to the middle of the bounds at minZoom. */
  center?: { lon: number; lat: number; zoom: number };
}

export interface ArchiveStats {
  /** Tiles a reader can address (run lengths summed). */
  addressedTiles: number;
  /** Directory entries for tiles (after run-length merging). */
  tileEntries: number;
  /** Distinct tile contents stored. */
  tileContents: number;
  leafDirectories: number;
  bytes: number;
}

/**
 * Writes a PMTiles v3 archive of gzipped MVT tiles: header, root directory,
 * metadata, leaf directories, tile data. Tiles are stored in tile-id order
 * (clustered), identical contents once (same bytes → same offset) and runs
 * of consecutive ids with one content as a single entry. The same tiles and
 * options always give the same bytes.
 */
export function writeArchive(tiles: Iterable<TileInput>, options: ArchiveOptions): { bytes: Uint8Array; stats: ArchiveStats } {
  const sorted = [...tiles].map((t) => ({ ...t, id: zxyToTileId(t.z, t.x, t.y) })).sort((a, b) => a.id - b.id);
  const stored = new Map<string, { offset: number; length: number }>();
  const chunks: Uint8Array[] = [];
  const entries: Entry[] = [];
  let dataLength = 0;
  for (const [i, tile] of sorted.entries()) {
    // Stryker disable next-line ArithmeticOperator: comparing with the next tile finds the same adjacent pair
    if (sorted[i - 1]?.id === tile.id) throw new Error(`tile ${tile.z}/${tile.x}/${tile.y} given twice`);
    const key = createHash('sha256').update(tile.data).digest('hex');
    let content = stored.get(key);
    if (!content) {
      const compressed = gzip(tile.data);
      content = { offset: dataLength, length: compressed.length };
      stored.set(key, content);
      chunks.push(compressed);
      dataLength += compressed.length;
    }
    const last = entries[entries.length - 1];
    if (last && last.offset === content.offset && last.tileId + last.runLength === tile.id) last.runLength++;
    else entries.push({ tileId: tile.id, offset: content.offset, length: content.length, runLength: 1 });
  }

  const directories = buildDirectories(entries, gzip);
  const metadata = gzip(new TextEncoder().encode(JSON.stringify(options.metadata)));
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + directories.root.length;
  const leafOffset = metadataOffset + metadata.length;
  const dataOffset = leafOffset + directories.leaves.length;
  const [w, s, e, n] = options.bounds;
  const header = encodeHeader({
    rootDirectoryOffset: rootOffset,
    rootDirectoryLength: directories.root.length,
    jsonMetadataOffset: metadataOffset,
    jsonMetadataLength: metadata.length,
    leafDirectoryOffset: leafOffset,
    leafDirectoryLength: directories.leaves.length,
    tileDataOffset: dataOffset,
    tileDataLength: dataLength,
    numAddressedTiles: sorted.length,
    numTileEntries: entries.length,
    numTileContents: stored.size,
    clustered: true,
    internalCompression: Compression.gzip,
    tileCompression: Compression.gzip,
    tileType: TileType.mvt,
    minZoom: options.minZoom,
    maxZoom: options.maxZoom,
    bounds: options.bounds,
    center: options.center ?? { lon: (w + e) / 2, lat: (s + n) / 2, zoom: options.minZoom },
  });
  const bytes = concat([header, directories.root, metadata, directories.leaves, ...chunks]);
  const stats: ArchiveStats = {
    addressedTiles: sorted.length,
    tileEntries: entries.length,
    tileContents: stored.size,
    leafDirectories: directories.leafCount,
    bytes: bytes.length,
  };
  return { bytes, stats };
}
