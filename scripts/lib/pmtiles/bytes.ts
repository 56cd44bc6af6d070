import { gzipSync } from 'fflate';

/** A growable byte buffer with the unsigned LEB128 varints PMTiles directories use. */
export class ByteWriter {
  private buf = new Uint8Array(256);
  length = 0;

  private ensure(extra: number): void {
    // Stryker disable next-line EqualityOperator: growing one byte early writes the same bytes
    if (this.length + extra <= this.buf.length) return;
    // Stryker disable next-line ArithmeticOperator: extra is 1, so doubling the buffer always wins the max
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
 * gzip that gives the same bytes on every machine: fflate is plain
 * JavaScript, while Node's bundled zlib (Chromium's fork) picks its match
 * hashing by CPU features and differs from canonical zlib, which would make
 * `--check` fail on another machine. mtime 0 keeps the header free of time.
 */
export function gzip(data: Uint8Array): Uint8Array {
  return gzipSync(data, { level: 9, mtime: 0 });
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
