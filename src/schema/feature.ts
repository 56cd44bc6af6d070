import { z } from 'zod';

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

const nonEmpty = z.string().trim().min(1);

export const metricSchema = z.strictObject({
  /** What is counted, in the report's words where it has them (e.g. 改造慢行系统). */
  label: nonEmpty,
  /** The number as written; `${value}${unit}` must stand verbatim in the quote. */
  value: z.number().finite(),
  /** The unit as written: 公里, 平方米, 个, 万平方米, 亿元 … */
  unit: nonEmpty,
});
export type Metric = z.infer<typeof metricSchema>;

export const mentionSchema = z.strictObject({
  year: z.union([z.literal(2022), z.literal(2023)]),
  status: z.enum(STATUSES),
  /** A verbatim substring of the report: the shortest clause that names this place. */
  quote: nonEmpty,
  /** Heading path, outermost first; each part is verbatim in the report. */
  section: z.array(nonEmpty).min(1),
  metrics: z.array(metricSchema),
});
export type Mention = z.infer<typeof mentionSchema>;

export const geocodeSchema = z.strictObject({
  precision: z.enum(PRECISIONS),
  /** How the geometry was made, e.g. "snapped to metro station", "traced along OSM road", "sketched from description". */
  method: nonEmpty,
  /** What it was placed against, e.g. "metro station 宗关 (line 1)", "OSM way 解放大道". */
  reference: nonEmpty,
  /** Anything a reader should know about the placement. */
  note: z.string(),
});
export type Geocode = z.infer<typeof geocodeSchema>;

export const featurePropertiesSchema = z.strictObject({
  /** Stable ascii slug. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase ascii slug like "hanzhengjie-east"'),
  /** Positive integer used as the vector-tile feature id. */
  fid: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  name_zh: nonEmpty,
  name_en: nonEmpty,
  category: z.enum(CATEGORIES),
  mentions: z.array(mentionSchema).min(1),
  geocode: geocodeSchema,
});
export type FeatureProperties = z.infer<typeof featurePropertiesSchema>;

/** The status a feature shows: that of its latest mention (2023 over 2022). */
export function featureStatus(mentions: readonly Mention[]): Status {
  const latest = [...mentions].sort((a, b) => b.year - a.year)[0];
  if (!latest) throw new Error('a feature needs at least one mention');
  return latest.status;
}
