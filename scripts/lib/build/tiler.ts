import GeoJSONVT, { type LegacyFeature } from 'geojson-vt';
import vtpbf from 'vt-pbf';
import type { Bbox } from '../../../src/schema/records';
import type { TileInput } from '../pmtiles/writer';

export const MIN_ZOOM = 8;
export const MAX_ZOOM = 14;
export const EXTENT = 4096;

/** Scalar properties only: vt-pbf drops nulls and JSON-stringifies objects. */
export type TileProperties = Record<string, string | number | boolean>;

export interface TileFeature {
  /** Written as the MVT feature id (an unsigned varint); omit for none. */
  id?: number;
  geometry: GeoJSON.Geometry;
  properties: TileProperties;
}

export interface TileLayer {
  name: string;
  features: TileFeature[];
}

function tileX(lon: number, z: number): number {
  return Math.floor(((lon + 180) / 360) * 2 ** z);
}

function tileY(lat: number, z: number): number {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
}

/**
 * Cuts layers into MVT v2 tiles (extent 4096) at zooms min..max with
 * geojson-vt and encodes each with vt-pbf; a tile holds only the layers
 * with features in it, in the order given, and tiles with none are left out.
 * @param bbox the extent of all features, to bound the tiles asked for
 */
export function cutTiles(layers: readonly TileLayer[], bbox: Bbox, minZoom = MIN_ZOOM, maxZoom = MAX_ZOOM): TileInput[] {
  const indexes = layers
    .filter((l) => l.features.length > 0)
    .map((l) => ({
      name: l.name,
      index: new GeoJSONVT(
        {
          type: 'FeatureCollection',
          features: l.features.map((f) => ({ type: 'Feature', ...(f.id === undefined ? {} : { id: f.id }), geometry: f.geometry, properties: f.properties })),
        },
        { maxZoom, indexMaxZoom: minZoom, extent: EXTENT, buffer: 64, tolerance: 3 },
      ),
    }));
  const tiles: TileInput[] = [];
  if (indexes.length === 0) return tiles;
  for (let z = minZoom; z <= maxZoom; z++) {
    // One tile of margin: geojson-vt's buffer puts features near an edge into the neighbour too.
    const [x0, x1] = [tileX(bbox[0], z) - 1, tileX(bbox[2], z) + 1];
    const [y0, y1] = [tileY(bbox[3], z) - 1, tileY(bbox[1], z) + 1];
    for (let x = Math.max(0, x0); x <= Math.min(2 ** z - 1, x1); x++) {
      for (let y = Math.max(0, y0); y <= Math.min(2 ** z - 1, y1); y++) {
        const content: Record<string, { features: LegacyFeature[] }> = {};
        for (const { name, index } of indexes) {
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length > 0) content[name] = tile;
        }
        if (Object.keys(content).length > 0) tiles.push({ z, x, y, data: vtpbf.fromGeojsonVt(content, { version: 2, extent: EXTENT }) });
      }
    }
  }
  return tiles;
}
