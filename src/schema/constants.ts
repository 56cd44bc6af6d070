/**
 * The vocabularies of the data model, free of zod so the app can import them
 * without bundling the schema library.
 */

/** Map layers, one GeoJSON file each under data/features/<category>.geojson. */
export const CATEGORIES = ['renewal', 'road', 'park', 'community', 'project', 'facility', 'heritage'] as const;
export type Category = (typeof CATEGORIES)[number];

export const STATUSES = ['completed', 'underway', 'planned', 'context'] as const;
export type Status = (typeof STATUSES)[number];

export const YEARS = [2022, 2023] as const;
export type Year = (typeof YEARS)[number];

/** How sure the placement is; anything but `exact` is labelled as schematic in the UI. */
export const PRECISIONS = ['exact', 'street', 'approximate', 'area'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Layers of the embedded basemap, one file each under data/basemap/<layer>.geojson. */
export const BASEMAP_LAYERS = ['district', 'water', 'roads', 'metro', 'landmarks', 'labels'] as const;
export type BasemapLayer = (typeof BASEMAP_LAYERS)[number];

/** What a landmark is (data/basemap/landmarks.geojson, imported from Wikidata); the map draws a glyph per kind. */
export const LANDMARK_KINDS = [
  'station',
  'hospital',
  'stadium',
  'school',
  'college',
  'bridge',
  'mall',
  'park',
  'tower',
  'religious',
  'museum',
  'culture',
  'heritage',
  'building',
  'market',
  'institute',
  'consulate',
  'lake',
  'tunnel',
] as const;
export type LandmarkKind = (typeof LANDMARK_KINDS)[number];
