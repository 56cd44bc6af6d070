import { gzipSync, constants as zlib } from 'node:zlib';

/** A growable byte buffer with the unsigned LEB128 varints PMTiles directories use. */
export class ByteWriter {
  private buf = new Uint8Array(256);
  length = 0;

  private ensure(extra: number): void {
    if (this.length + extra <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + extra));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  byte(b: number): void {
    this.ensure(1);
    this.buf[this.length++] = b;
  }

  /**
   * Writes a non-negative integer up to 2^53 as a varint. Tile ids pass 2^32
   * from zoom 17, where bitwise operators would truncate, so divide instead.
   */
  varint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`varint needs a non-negative safe integer, got ${value}`);
    let v = value;
    while (v >= 0x80) {
      this.byte((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.byte(v);
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/**
 * gzip with fixed settings so the same input always gives the same bytes:
 * zlib writes mtime 0 and no file name; the OS byte (10th) differs between
 * platforms' zlib builds, so it is pinned to 3 (Unix) as gzip itself writes it.
 */
export function gzip(data: Uint8Array): Uint8Array {
  const out = gzipSync(data, { level: 9, memLevel: 8, windowBits: 15, strategy: zlib.Z_DEFAULT_STRATEGY });
  out[9] = 3;
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** Concatenates byte arrays. */
export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
