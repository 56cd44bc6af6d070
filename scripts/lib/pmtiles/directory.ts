import { ByteWriter, concat } from './bytes';

/** One directory entry (PMTiles v3): a run of tiles sharing one content, or (runLength 0) a leaf directory. */
export interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

/**
 * Serialises entries as the spec lays them out: count, then columns of
 * delta tile ids, run lengths, lengths and offsets. An offset that follows
 * straight on from the previous entry is written as 0, any other as offset + 1.
 */
export function serializeDirectory(entries: readonly Entry[]): Uint8Array {
  const w = new ByteWriter();
  w.varint(entries.length);
  let lastId = 0;
  for (const e of entries) {
    w.varint(e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) w.varint(e.runLength);
  for (const e of entries) w.varint(e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    w.varint(prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return w.bytes();
}

/** Readers fetch the first 16 KiB in one request: header and root directory must fit in it. */
export const MAX_ROOT_DIRECTORY_BYTES = 16384 - 127;

export interface Directories {
  root: Uint8Array;
  /** Leaf directories back to back; root entries with runLength 0 point into this. */
  leaves: Uint8Array;
  leafCount: number;
}

/**
 * Lays out the directories: everything in the root when it compresses
 * small enough, else leaves of `leafSize` entries under a root of pointers,
 * growing leaves by 1.2× until the root fits (as go-pmtiles does).
 */
export function buildDirectories(entries: readonly Entry[], compress: (b: Uint8Array) => Uint8Array, maxRoot = MAX_ROOT_DIRECTORY_BYTES): Directories {
  const root = compress(serializeDirectory(entries));
  if (root.length <= maxRoot) return { root, leaves: new Uint8Array(0), leafCount: 0 };
  for (let leafSize = Math.max(4096, Math.ceil(entries.length / 3500)); ; leafSize = Math.ceil(leafSize * 1.2)) {
    const pointers: Entry[] = [];
    const parts: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const chunk = entries.slice(i, i + leafSize);
      const leaf = compress(serializeDirectory(chunk));
      pointers.push({ tileId: (chunk[0] as Entry).tileId, offset, length: leaf.length, runLength: 0 });
      parts.push(leaf);
      offset += leaf.length;
    }
    const rootWithLeaves = compress(serializeDirectory(pointers));
    if (rootWithLeaves.length <= maxRoot) return { root: rootWithLeaves, leaves: concat(parts), leafCount: parts.length };
  }
}
