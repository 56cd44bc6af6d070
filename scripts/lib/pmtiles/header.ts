/** PMTiles v3 header: 127 bytes, little-endian. */
export const HEADER_BYTES = 127;

export const Compression = { none: 1, gzip: 2 } as const;
export const TileType = { mvt: 1 } as const;

export interface HeaderFields {
  rootDirectoryOffset: number;
  rootDirectoryLength: number;
  jsonMetadataOffset: number;
  jsonMetadataLength: number;
  leafDirectoryOffset: number;
  leafDirectoryLength: number;
  tileDataOffset: number;
  tileDataLength: number;
  numAddressedTiles: number;
  numTileEntries: number;
  numTileContents: number;
  clustered: boolean;
  internalCompression: number;
  tileCompression: number;
  tileType: number;
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  center: { lon: number; lat: number; zoom: number };
}

/** Encodes the header; positions are stored as int32 of degrees × 10^7. */
export function encodeHeader(h: HeaderFields): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES);
  const v = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode('PMTiles'), 0);
  v.setUint8(7, 3);
  const u64 = [
    h.rootDirectoryOffset,
    h.rootDirectoryLength,
    h.jsonMetadataOffset,
    h.jsonMetadataLength,
    h.leafDirectoryOffset,
    h.leafDirectoryLength,
    h.tileDataOffset,
    h.tileDataLength,
    h.numAddressedTiles,
    h.numTileEntries,
    h.numTileContents,
  ];
  u64.forEach((n, i) => {
    v.setBigUint64(8 + i * 8, BigInt(n), true);
  });
  v.setUint8(96, h.clustered ? 1 : 0);
  v.setUint8(97, h.internalCompression);
  v.setUint8(98, h.tileCompression);
  v.setUint8(99, h.tileType);
  v.setUint8(100, h.minZoom);
  v.setUint8(101, h.maxZoom);
  const e7 = (deg: number) => Math.round(deg * 1e7);
  v.setInt32(102, e7(h.bounds[0]), true);
  v.setInt32(106, e7(h.bounds[1]), true);
  v.setInt32(110, e7(h.bounds[2]), true);
  v.setInt32(114, e7(h.bounds[3]), true);
  v.setUint8(118, h.center.zoom);
  v.setInt32(119, e7(h.center.lon), true);
  v.setInt32(123, e7(h.center.lat), true);
  return bytes;
}
