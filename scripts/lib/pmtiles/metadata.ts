import { concat, gzip } from './bytes';
import { HEADER_BYTES } from './header';

/** Byte offsets of the header's u64 fields this module rewrites (PMTiles v3 spec, §3). */
const ROOT_OFFSET = 8;
const ROOT_LENGTH = 16;
const METADATA_OFFSET = 24;
const METADATA_LENGTH = 32;
const LEAF_OFFSET = 40;
const DATA_OFFSET = 56;

/**
 * The archive with its JSON metadata replaced by `metadata`, without
 * re-cutting or re-compressing a tile: the header's lengths and the offsets
 * after the metadata shift by the size difference. It needs the layout
 * `writeArchive` gives (header, root directory, metadata, leaves, tiles), so
 * the result is byte-identical to writing the archive with that metadata.
 */
export function withMetadata(archive: Uint8Array, metadata: Record<string, unknown>): Uint8Array {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  const rootEnd = u64(ROOT_OFFSET) + u64(ROOT_LENGTH);
  const oldStart = u64(METADATA_OFFSET);
  const oldEnd = oldStart + u64(METADATA_LENGTH);
  if (u64(ROOT_OFFSET) !== HEADER_BYTES || oldStart !== rootEnd || u64(LEAF_OFFSET) !== oldEnd) {
    throw new Error('withMetadata: the archive is not laid out as header, root directory, metadata, leaves (write it with writeArchive)');
  }
  const json = gzip(new TextEncoder().encode(JSON.stringify(metadata)));
  const shift = json.length - (oldEnd - oldStart);
  const header = archive.slice(0, HEADER_BYTES);
  const out = new DataView(header.buffer);
  out.setBigUint64(METADATA_LENGTH, BigInt(json.length), true);
  out.setBigUint64(LEAF_OFFSET, BigInt(u64(LEAF_OFFSET) + shift), true);
  out.setBigUint64(DATA_OFFSET, BigInt(u64(DATA_OFFSET) + shift), true);
  return concat([header, archive.subarray(HEADER_BYTES, rootEnd), json, archive.subarray(oldEnd)]);
}
