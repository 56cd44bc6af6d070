import type { Bbox } from '../../../src/schema/records';
import { bboxOf } from '../../../src/lib/geometry';
import { roundBbox } from '../geo/positions';
import { PLAUSIBLE_AREA } from '../../../src/schema/district';
import type { ValidatedData } from '../validate/index';
import { type ArchiveStats, writeArchive } from '../pmtiles/writer';
import { PROJECT_TILE_FIELDS } from '../../../src/schema/tile';
import { buildId } from './build-id';
import { BASEMAP_FIELDS, basemapLayers, projectLayers, vectorLayers } from './layers';
import { cutTiles, MAX_ZOOM, MIN_ZOOM, type TileLayer } from './tiler';

export interface BuiltArchive {
  bytes: Uint8Array;
  stats: ArchiveStats;
  /** Features per layer, in layer order. */
  layers: { name: string; features: number }[];
}

const CENTER_ZOOM = 12;

function extentOf(layers: readonly TileLayer[], fallback: Bbox): Bbox {
  const geometries = layers.flatMap((l) => l.features.map((f) => f.geometry));
  return geometries.length > 0 ? roundBbox(bboxOf(geometries)) : fallback;
}

/** What the metadata says of an archive besides its layers. */
interface ArchiveDescription {
  name: string;
  description: string;
  attribution: string;
  type: 'overlay' | 'baselayer';
}

const PROJECT: ArchiveDescription = {
  name: 'Qiaokou Renewal Map report places',
  description: 'Places named in the Qiaokou District 2022 government work report, one layer, category a property',
  attribution: 'Report: 硚口区人民政府; geometry: own digitising, © OpenStreetMap contributors (ODbL)',
  type: 'overlay',
};

const BASEMAP: ArchiveDescription = {
  name: 'Qiaokou Renewal Map basemap',
  description: 'Hand-traced context map of Qiaokou District, with landmarks from Wikidata',
  attribution: '© OpenStreetMap contributors (ODbL); landmarks: Wikidata (CC0)',
  type: 'baselayer',
};

/** An archive of the layers over their extent (the district's when they are empty). */
function archive(layers: TileLayer[], data: ValidatedData, about: ArchiveDescription, fields: Record<string, string>): BuiltArchive {
  const bounds = extentOf(layers, districtExtent(data));
  const tiles = cutTiles(layers, bounds);
  const center = { lon: (bounds[0] + bounds[2]) / 2, lat: (bounds[1] + bounds[3]) / 2, zoom: CENTER_ZOOM };
  const metadata = { ...about, version: '1', format: 'pbf', build: buildId(data), vector_layers: vectorLayers(layers, fields, (name) => `${about.name}: ${name}`) };
  const { bytes, stats } = writeArchive(tiles, { metadata, bounds, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM, center });
  return { bytes, stats, layers: layers.map((l) => ({ name: l.name, features: l.features.length })) };
}

/** The district's extent, where an archive with no features yet is centred. */
function districtExtent(data: ValidatedData): Bbox {
  const district = data.basemap.find((b) => b.layer === 'district');
  return district && district.features.length > 0 ? roundBbox(bboxOf(district.features.map((f) => f.geometry))) : PLAUSIBLE_AREA;
}

/** tiles/project.pmtiles: one layer of every feature file, flat properties, feature id = fid. */
export function buildProjectArchive(data: ValidatedData): BuiltArchive {
  return archive(projectLayers(data), data, PROJECT, PROJECT_TILE_FIELDS);
}

/** tiles/basemap.pmtiles: the embedded offline basemap (district, water, roads, metro, landmarks, labels). */
export function buildBasemapArchive(data: ValidatedData): BuiltArchive {
  return archive(basemapLayers(data), data, BASEMAP, BASEMAP_FIELDS);
}
