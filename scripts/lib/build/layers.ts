import { BASEMAP_LAYERS } from '../../../src/schema/basemap';
import { type FeatureProperties, featureStatus } from '../../../src/schema/feature';
import type { BasemapProperties } from '../../../src/schema/basemap';
import type { ValidatedData } from '../validate/index';
import { MAX_ZOOM, MIN_ZOOM, type TileLayer, type TileProperties } from './tiler';

/** The flat properties a project tile feature carries; everything else is in the catalogue. */
export const PROJECT_FIELDS = {
  id: 'String',
  fid: 'Number',
  name_zh: 'String',
  name_en: 'String',
  category: 'String',
  status: 'String',
  y2022: 'Boolean',
  y2023: 'Boolean',
  precision: 'String',
} as const;

export const BASEMAP_FIELDS = { kind: 'String', name_zh: 'String', name_en: 'String', line: 'String', rank: 'Number' } as const;

/** A project feature's tile properties: the furthest status its mentions report, one boolean per report year. */
export function projectTileProperties(p: FeatureProperties): TileProperties {
  const years = new Set(p.mentions.map((m) => m.year));
  return {
    id: p.id,
    fid: p.fid,
    name_zh: p.name_zh,
    name_en: p.name_en,
    category: p.category,
    status: featureStatus(p.mentions),
    y2022: years.has(2022),
    y2023: years.has(2023),
    precision: p.geocode.precision,
  };
}

/** A basemap feature's tile properties, leaving out what it lacks (no empty names, no absent line or rank). */
export function basemapTileProperties(p: BasemapProperties): TileProperties {
  const out: TileProperties = { kind: p.kind };
  if (p.name_zh !== '') out.name_zh = p.name_zh;
  if (p.name_en !== '') out.name_en = p.name_en;
  if (p.line !== undefined && p.line !== '') out.line = p.line;
  if (p.rank !== undefined) out.rank = p.rank;
  return out;
}

/** One tile layer per feature file (layer name = category), features by fid, tile feature id = fid. */
export function projectLayers(data: ValidatedData): TileLayer[] {
  return data.layers.map((layer) => ({
    name: layer.name,
    features: [...layer.features]
      .sort((a, b) => a.properties.fid - b.properties.fid)
      .map((f) => ({ id: f.properties.fid, geometry: f.geometry, properties: projectTileProperties(f.properties) })),
  }));
}

/** The basemap layers present, in drawing order (district, water, roads, metro, labels), features in file order. */
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
