import { z } from 'zod';

import { CATEGORIES, PRECISIONS, STATUSES, type Status } from './constants';
import { ID_MAX_LENGTH, ID_PATTERN, ID_RULE } from './id';

export { CATEGORIES, type Category, PRECISIONS, type Precision, STATUSES, type Status, YEARS, type Year } from './constants';

/**
 * Longest texts the data may hold, in characters: a quote is the shortest
 * clause that carries a place, not a paragraph, and a name must fit a label.
 */
export const TEXT_LIMITS = { name: 80, quote: 400, section: 80, label: 80, unit: 20, text: 400 } as const;

const nonEmpty = z.string().trim().min(1);

/** An id of the data: the grammar of ./id.ts. */
export const idSchema = z.string().max(ID_MAX_LENGTH, ID_RULE).regex(ID_PATTERN, ID_RULE);
const text = (max: number) => nonEmpty.max(max);

export const metricSchema = z.strictObject({
  /** What is counted, in the report's words where it has them (e.g. 改造慢行系统). */
  label: text(TEXT_LIMITS.label),
  /** The number as written; `${value}${unit}` must stand verbatim in the quote. */
  value: z.number().finite(),
  /** The unit as written: 公里, 平方米, 个, 万平方米, 亿元 … */
  unit: text(TEXT_LIMITS.unit),
});
export type Metric = z.infer<typeof metricSchema>;

export const mentionSchema = z.strictObject({
  year: z.union([z.literal(2022), z.literal(2023)]),
  status: z.enum(STATUSES),
  /** A verbatim substring of the report: the shortest clause that names this place. */
  quote: text(TEXT_LIMITS.quote),
  /** Heading path, outermost first; each part is verbatim in the report. */
  section: z.array(text(TEXT_LIMITS.section)).min(1),
  metrics: z.array(metricSchema),
});
export type Mention = z.infer<typeof mentionSchema>;

export const geocodeSchema = z.strictObject({
  precision: z.enum(PRECISIONS),
  /** How the geometry was made, e.g. "snapped to metro station", "traced along OSM road", "sketched from description". */
  method: text(TEXT_LIMITS.text),
  /** What it was placed against, e.g. "metro station 宗关 (line 1)", "OSM way 解放大道". */
  reference: text(TEXT_LIMITS.text),
  /** Anything a reader should know about the placement. */
  note: z.string().max(TEXT_LIMITS.text),
});
export type Geocode = z.infer<typeof geocodeSchema>;

export const featurePropertiesSchema = z.strictObject({
  /** Stable ascii slug. */
  id: idSchema,
  /** Positive integer used as the vector-tile feature id. */
  fid: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  name_zh: text(TEXT_LIMITS.name),
  name_en: text(TEXT_LIMITS.name),
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
