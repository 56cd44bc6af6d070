import { createHash } from 'node:crypto';

/** Hex digits kept of the sha256: 64 bits, plenty to tell deploys apart and short enough to read out. */
const LENGTH = 16;

/**
 * The build id of a set of outputs: the start of a sha256 over their bytes,
 * each prefixed with its length so that moving bytes from one to the next
 * changes the id. The same data always gives the same id (no timestamp).
 */
export function buildId(parts: readonly Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const length = Buffer.alloc(8);
    length.writeBigUInt64LE(BigInt(part.length));
    hash.update(length).update(part);
  }
  return hash.digest('hex').slice(0, LENGTH);
}
