import { BASEMAP_LAYERS } from '../schema/constants';
import { PROJECT_TILE_LAYER } from '../schema/tile';

export const SOURCE_PROJECT = 'project';
export const SOURCE_BASEMAP = 'basemap';
export const SOURCE_OSM = 'osm';
export const SOURCE_NEAR = 'near';
export const LAYER_OSM = 'osm-raster';
/** The basemap's landmark symbols, which answer clicks with their own popup. */
export const LAYER_LANDMARK = 'basemap-landmark';

/** The embedded basemap's other style layers; the online street map goes under the district's line. */
export const BASEMAP_STYLE_LAYERS = {
  background: 'background',
  districtFill: 'basemap-district-fill',
  water: 'basemap-water',
  roadCasing: 'basemap-road-casing',
  road: 'basemap-road',
  districtLine: 'basemap-district-line',
  metro: 'basemap-metro',
  metroPlanned: 'basemap-metro-planned',
  station: 'basemap-station',
  waterLabel: 'basemap-water-label',
  riverLabel: 'basemap-water-label-river',
  roadLabel: 'basemap-road-label',
  stationLabel: 'basemap-station-label',
  subdistrict: 'basemap-subdistrict',
  neighbour: 'basemap-neighbour',
} as const;

/** The near-me circle (under the project layers), its outline and its centre (over them). */
export const NEAR_LAYERS = { fill: 'near-fill', line: 'near-line', point: 'near-point' } as const;

/** The style layers that draw the project, in draw order: uncertainty rings under areas under lines under points under labels. */
export const PROJECT_LAYERS = {
  uncertainty: 'project-uncertainty',
  fill: 'project-fill',
  outline: 'project-outline',
  line: 'project-line',
  point: 'project-point',
  label: 'project-label',
} as const;
export type ProjectPart = keyof typeof PROJECT_LAYERS;

/** Every project layer id, in draw order. */
export const PROJECT_LAYER_IDS: readonly string[] = Object.values(PROJECT_LAYERS);

/** Layers that answer clicks and hovers (not the outline, which its fill covers, nor the uncertainty ring). */
export const INTERACTIVE_LAYER_IDS: readonly string[] = [PROJECT_LAYERS.fill, PROJECT_LAYERS.line, PROJECT_LAYERS.point, PROJECT_LAYERS.label];

export type ArchiveKind = 'project' | 'basemap';

/** The source layers each archive holds: what the style reads and what an archive served is checked against. */
export const ARCHIVE_LAYERS: Record<ArchiveKind, readonly string[]> = { project: [PROJECT_TILE_LAYER], basemap: BASEMAP_LAYERS };

/** Where the built archives live, relative to the page. */
export const TILE_PATHS = { project: 'tiles/project.pmtiles', basemap: 'tiles/basemap.pmtiles', catalogue: 'tiles/catalogue.json' } as const;

