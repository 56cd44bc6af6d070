import { BASEMAP_LAYERS } from '../../../src/schema/basemap';
import { type FeatureProperties, featureStatus } from '../../../src/schema/feature';
import type { BasemapProperties } from '../../../src/schema/basemap';
import { PROJECT_TILE_LAYER, projectTileProperties, type TileSource } from '../../../src/schema/tile';
import type { ValidatedData } from '../validate/index';
import { MAX_ZOOM, MIN_ZOOM, type TileLayer, type TileProperties } from './tiler';

export const BASEMAP_FIELDS = { kind: 'String', name_zh: 'String', name_en: 'String', line: 'String', rank: 'Number', qid: 'String' } as const;

/** What src/schema/tile.ts makes a project feature's tile properties from: status of its latest mention, its years, its precision. */
function tileSource(p: FeatureProperties): TileSource {
  return { ...p, status: featureStatus(p.mentions), years: p.mentions.map((m) => m.year), precision: p.geocode.precision };
}

/** A basemap feature's tile properties, leaving out what it lacks (no empty names, no absent line, rank or Q-id); aliases stay in the catalogue. */
export function basemapTileProperties(p: BasemapProperties): TileProperties {
  const out: TileProperties = { kind: p.kind };
  if (p.name_zh !== '') out.name_zh = p.name_zh;
  if (p.name_en !== '') out.name_en = p.name_en;
  if (p.line !== undefined && p.line !== '') out.line = p.line;
  if (p.rank !== undefined) out.rank = p.rank;
  if (p.qid !== undefined) out.qid = p.qid;
  return out;
}

/**
 * One tile layer for every feature file, category a property, so the style
 * draws the project with a few data-driven layers; features by fid, tile
 * feature id = fid.
 */
export function projectLayers(data: ValidatedData): TileLayer[] {
  const features = data.layers.flatMap((layer) => layer.features).sort((a, b) => a.properties.fid - b.properties.fid);
  return [{ name: PROJECT_TILE_LAYER, features: features.map((f) => ({ id: f.properties.fid, geometry: f.geometry, properties: projectTileProperties(tileSource(f.properties)) })) }];
}

/** The basemap layers present, in drawing order (district, water, roads, metro, landmarks, labels), features in file order. */
export function basemapLayers(data: ValidatedData): TileLayer[] {
  return BASEMAP_LAYERS.flatMap((name) => {
    const file = data.basemap.find((b) => b.layer === name);
    return file ? [{ name, features: file.features.map((f) => ({ geometry: f.geometry, properties: basemapTileProperties(f.properties) })) }] : [];
  });
}

/** TileJSON-style `vector_layers` for the archive metadata. */
export function vectorLayers(layers: readonly TileLayer[], fields: Record<string, string>, describe: (name: string) => string) {
  return layers.map((l) => ({ id: l.name, description: describe(l.name), minzoom: MIN_ZOOM, maxzoom: MAX_ZOOM, fields }));
}
