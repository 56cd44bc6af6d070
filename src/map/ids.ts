import { CATEGORIES, type Category } from '../schema/constants';

export const SOURCE_PROJECT = 'project';
export const SOURCE_BASEMAP = 'basemap';
export const SOURCE_OSM = 'osm';
export const SOURCE_NEAR = 'near';
export const LAYER_OSM = 'osm-raster';

export const PROJECT_PARTS = ['fill', 'outline', 'line', 'point', 'label'] as const;
export type ProjectPart = (typeof PROJECT_PARTS)[number];

/** Id of one category's layer of one kind, e.g. `project-road-line`. */
export const projectLayerId = (category: Category, part: ProjectPart) => `project-${category}-${part}`;

/** Every project layer id, in draw order. */
export const PROJECT_LAYER_IDS: readonly string[] = PROJECT_PARTS.flatMap((part) => CATEGORIES.map((c) => projectLayerId(c, part)));

/** Layers that answer clicks and hovers. */
export const INTERACTIVE_LAYER_IDS: readonly string[] = CATEGORIES.flatMap((c) => (['fill', 'line', 'point', 'label'] as const).map((p) => projectLayerId(c, p)));

/** Where the built archives live, relative to the page. */
export const TILE_PATHS = { project: 'tiles/project.pmtiles', basemap: 'tiles/basemap.pmtiles', catalogue: 'tiles/catalogue.json' } as const;

export const DISTRICT_BOUNDS: [[number, number], [number, number]] = [
  [114.146, 30.563],
  [114.279, 30.634],
];
