import { z } from 'zod';
import type { SearchKeys } from '../lib/search';
import { CATEGORIES, type FeatureProperties, type PlanTarget, PRECISIONS, type STATUSES, TEXT_LIMITS } from './feature';

const nonEmpty = z.string().trim().min(1);
const text = (max: number) => nonEmpty.max(max);
const quote = text(TEXT_LIMITS.quote);
const section = z.array(text(TEXT_LIMITS.section)).min(1);
const year = z.union([z.literal(2022), z.literal(2023)]);

/**
 * A district-wide figure: a headline number (地区生产总值 950亿元) or a
 * countable commitment with no single place (改造老旧小区29个). Lives in
 * data/indicators.json.
 */
export const indicatorSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  kind: z.enum(['headline', 'commitment']),
  /** Groups a 2022 result with its 2023 target (same key, different years). */
  key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  label_zh: text(TEXT_LIMITS.name),
  label_en: text(TEXT_LIMITS.name),
  year,
  /** The number as written, or null where the report gives only words (迈上千亿元台阶). */
  value: z.number().finite().nullable(),
  unit: z.string().max(TEXT_LIMITS.unit),
  /** The figure exactly as the quote writes it, e.g. "950亿元", "增长5%以上", "千亿元台阶". */
  as_written: text(TEXT_LIMITS.label),
  quote,
  section,
  /** Named places on the map that this count covers (建成道路11条 → the roads named with it). */
  feature_ids: z.array(z.string()).optional(),
  /** Category whose mapped items this count is about, for "报告 n; 地图上 m". */
  category: z.enum(CATEGORIES).optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;
export const indicatorsFileSchema = z.array(indicatorSchema);

/** Something the report names that has no place on the map, and why. data/unmapped.json. */
export const unmappedSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name_zh: text(TEXT_LIMITS.name),
  name_en: text(TEXT_LIMITS.name),
  year,
  quote,
  section,
  reason: z.enum(['no-location', 'district-wide', 'organisation', 'event', 'outside-district', 'programme']),
  /** The reason in words, for the reader. */
  note: text(TEXT_LIMITS.text),
});
export type Unmapped = z.infer<typeof unmappedSchema>;
export const unmappedFileSchema = z.array(unmappedSchema);

/** The report's own source record (data/report/source.json). */
export const sourceSchema = z.strictObject({
  title: nonEmpty,
  index_no: nonEmpty,
  publisher: nonEmpty,
  issued: nonEmpty,
  speaker: nonEmpty,
  file: nonEmpty,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  compiled: nonEmpty,
});
export type Source = z.infer<typeof sourceSchema>;

export type Bbox = [number, number, number, number];

/** One feature as the app reads it from tiles/catalogue.json. */
export interface CatalogueFeature extends FeatureProperties {
  /** The furthest state the report says the place has reached. */
  status: (typeof STATUSES)[number];
  /** What the 2023 plan promises for it, when it promises something. */
  target?: PlanTarget;
  years: number[];
  bbox: Bbox;
  /** Geometry rounded to 6 decimals, for distances, zooming and export. */
  geometry: GeoJSON.Geometry;
  /** Pinyin search keys of name_zh, built at tile-build time. */
  keys?: SearchKeys;
}

/** A place a search can find that is not a feature: a street, station or sub-district. */
export interface Place {
  kind: 'street' | 'station' | 'subdistrict' | 'water' | 'district';
  name_zh: string;
  name_en: string;
  /** A representative point [lon, lat]. */
  point: [number, number];
  bbox: Bbox;
  /** Pinyin search keys of name_zh, built at tile-build time. */
  keys?: SearchKeys;
}

/** Everything the panels read; written beside the tiles by tiles:build. */
export interface Catalogue {
  version: 1;
  source: Source;
  features: CatalogueFeature[];
  places: Place[];
  indicators: Indicator[];
  unmapped: Unmapped[];
}

export { PRECISIONS };
