import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';

/** A PMTiles source over bytes in memory, as a reader over HTTP range requests would see them. */
class MemorySource implements Source {
  constructor(private readonly bytes: Uint8Array) {}
  getKey(): string {
    return 'memory';
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const slice = this.bytes.slice(offset, offset + length);
    return { data: slice.buffer };
  }
}

export function readArchive(bytes: Uint8Array): PMTiles {
  return new PMTiles(new MemorySource(bytes));
}

/** Reads a tile back through the pmtiles library and decodes it with @mapbox/vector-tile. */
export async function readVectorTile(archive: PMTiles, z: number, x: number, y: number): Promise<VectorTile | undefined> {
  const tile = await archive.getZxy(z, x, y);
  return tile ? new VectorTile(new PbfReader(new Uint8Array(tile.data))) : undefined;
}
