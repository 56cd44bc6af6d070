import { z } from 'zod';
import type { LandmarkKind } from './basemap';
import { type Anchor, CATEGORIES, type FeatureProperties, type Geocode, idSchema, type PlanTarget, PRECISIONS, type STATUSES, TEXT_LIMITS } from './feature';

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
  id: idSchema,
  kind: z.enum(['headline', 'commitment']),
  /** Groups a 2022 result with its 2023 target (same key, different years). */
  key: idSchema,
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
  feature_ids: z.array(idSchema).optional(),
  /** Category whose mapped items this count is about, for "报告 n; 地图上 m". */
  category: z.enum(CATEGORIES).optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;
export const indicatorsFileSchema = z.array(indicatorSchema);

/** Something the report names that has no place on the map, and why. data/unmapped.json. */
export const unmappedSchema = z
  .strictObject({
    id: idSchema,
    name_zh: text(TEXT_LIMITS.name),
    name_en: text(TEXT_LIMITS.name),
    year,
    quote,
    section,
    reason: z.enum(['location-unverified', 'no-location', 'district-wide', 'organisation', 'event', 'outside-district', 'programme']),
    /** The reason in words, for the reader. */
    note: text(TEXT_LIMITS.text),
    /** For a place whose site could not be verified: the best guess in words, never drawn. */
    guess: z.strictObject({ zh: text(TEXT_LIMITS.text), en: text(TEXT_LIMITS.text) }).optional(),
    /** The mapped renewal zone the report lists it under, by feature id. */
    zone: z.string().optional(),
  })
  .refine((u) => u.reason !== 'location-unverified' || u.guess !== undefined, {
    message: 'a location-unverified item says its best guess in words (guess.zh, guess.en)',
    path: ['guess'],
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

/** Pinyin keys built at tile-build time, so the app needs no pinyin dictionary. */
export interface SearchKeys {
  /** Full pinyin without tones or spaces: "zongguan". */
  py: string;
  /** Initials: "zg". */
  ini: string;
}

/** An anchor with what the build measured: the feature's distance to it and what its precision allows, in metres. */
export interface MeasuredAnchor extends Anchor {
  distance_m: number;
  allowed_m: number;
}

/** The placement as the catalogue carries it: every anchor measured by the same check that validates it. */
export interface CatalogueGeocode extends Omit<Geocode, 'anchors'> {
  anchors: MeasuredAnchor[];
}

/** One feature as the app reads it from tiles/catalogue.json. */
export interface CatalogueFeature extends Omit<FeatureProperties, 'geocode'> {
  geocode: CatalogueGeocode;
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

/** A place a search can find that is not a feature: a landmark, street, station or sub-district. */
export interface Place {
  kind: 'landmark' | 'street' | 'station' | 'subdistrict' | 'water' | 'district';
  name_zh: string;
  name_en: string;
  /** A representative point [lon, lat]. */
  point: [number, number];
  bbox: Bbox;
  /** Pinyin search keys of name_zh, built at tile-build time. */
  keys?: SearchKeys;
  /** A landmark's Wikidata item (its citation) and what it is. */
  qid?: string;
  landmark?: LandmarkKind;
  /** Other names a landmark is found by (short forms), each with its keys. */
  aliases?: Array<{ name_zh: string; keys?: SearchKeys }>;
}

/** Everything the panels read; written beside the tiles by tiles:build. */
export interface Catalogue {
  version: 1;
  /** A hash of the data it was built from; both archives' metadata carry the same. The app shows it and offers a new deploy's reload by it. */
  build: string;
  source: Source;
  features: CatalogueFeature[];
  places: Place[];
  indicators: Indicator[];
  unmapped: Unmapped[];
  /**
   * Traditional → simplified pairs for the characters of the searchable
   * names, two characters a pair ("漢汉體体…"), so traditional input finds
   * simplified names without a dictionary in the app.
   */
  fold?: string;
}

/** The catalogue before its build id is known (the id is a hash of this and the archives). */

export { PRECISIONS };
