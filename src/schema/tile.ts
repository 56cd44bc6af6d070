/**
 * The tile contract: what a project feature carries in the vector tiles.
 * The build writes it, the style and the filters read it, the map's events
 * read the id back, and the tests check it; everything else is in the
 * catalogue. Free of zod so the app can import it.
 */
import { type Category, type Precision, type Status, type Year, YEARS } from './constants';

/** The one source layer of tiles/project.pmtiles; category is a property, not a layer. */
export const PROJECT_TILE_LAYER = 'project';

/** The boolean property that says a feature is named in a report year, e.g. `y2022`. */
export type YearField = `y${Year}`;

/** The property name of a report year, e.g. 2022 → `y2022`. */
export const yearField = (year: Year): YearField => `y${year}`;

/** What a tile says of a feature besides its years; `status` is that of its latest mention. */
type TileFacts = {
  id: string;
  fid: number;
  name_zh: string;
  name_en: string;
  category: Category;
  status: Status;
  precision: Precision;
};

/** A project tile feature's properties: flat scalars only, since vt-pbf drops nulls and stringifies objects. */
export type ProjectTileProperties = TileFacts & Record<YearField, boolean>;

/** The fields and their types, as the archive metadata's `vector_layers` declares them. */
export const PROJECT_TILE_FIELDS = {
  id: 'String',
  fid: 'Number',
  name_zh: 'String',
  name_en: 'String',
  category: 'String',
  status: 'String',
  y2022: 'Boolean',
  y2023: 'Boolean',
  precision: 'String',
} as const satisfies Record<keyof ProjectTileProperties, 'String' | 'Number' | 'Boolean'>;

/** What the tile properties are made from: the facts and the report years that name the feature. */
export type TileSource = TileFacts & { years: readonly number[] };

/** A feature's tile properties, in the order of `PROJECT_TILE_FIELDS`, one boolean per report year. */
export function projectTileProperties(f: TileSource): ProjectTileProperties {
  const years = Object.fromEntries(YEARS.map((y) => [yearField(y), f.years.includes(y)])) as Record<YearField, boolean>;
  return { id: f.id, fid: f.fid, name_zh: f.name_zh, name_en: f.name_en, category: f.category, status: f.status, ...years, precision: f.precision };
}

/** The feature id a rendered tile feature carries, or null when it has none. */
export function tileFeatureId(properties: Record<string, unknown> | null | undefined): string | null {
  const id = properties?.id;
  return typeof id === 'string' ? id : null;
}
