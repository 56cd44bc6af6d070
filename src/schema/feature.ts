import { z } from 'zod';

import { CATEGORIES, PRECISIONS, STATUSES, type Status } from './constants';
import { statusFromQuote } from './status';

export { CATEGORIES, type Category, PRECISIONS, type Precision, STATUSES, type Status, YEARS, type Year } from './constants';

/**
 * Longest texts the data may hold, in characters: a quote is the shortest
 * clause that carries a place, not a paragraph, and a name must fit a label.
 */
export const TEXT_LIMITS = { name: 80, quote: 400, section: 80, label: 80, unit: 20, text: 400 } as const;

const nonEmpty = z.string().trim().min(1);
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
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase ascii slug like "hanzhengjie-east"'),
  /** Positive integer used as the vector-tile feature id. */
  fid: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  name_zh: text(TEXT_LIMITS.name),
  name_en: text(TEXT_LIMITS.name),
  category: z.enum(CATEGORIES),
  mentions: z.array(mentionSchema).min(1),
  geocode: geocodeSchema,
  /** The body the report names as responsible for the works, where it names one (区城建局 …). */
  responsible: z.strictObject({ zh: text(TEXT_LIMITS.name), en: text(TEXT_LIMITS.name) }).optional(),
});
export type FeatureProperties = z.infer<typeof featurePropertiesSchema>;

/** How far along each status is: a plan never moves a place back down this order. */
const REACHED: Readonly<Record<Status, number>> = { context: 0, planned: 1, underway: 2, completed: 3 };

/**
 * The status a feature shows: the furthest state any mention reports. A
 * 2023 plan to finish a place whose works were underway in 2022 leaves it
 * underway; the plan shows as its target (`planTarget`).
 */
export function featureStatus(mentions: readonly Mention[]): Status {
  if (mentions.length === 0) throw new Error('a feature needs at least one mention');
  return mentions.reduce<Status>((best, m) => (REACHED[m.status] > REACHED[best] ? m.status : best), 'context');
}

/** What the 2023 plan aims at for a place: to finish it, or to start or push on with it. */
export type PlanTarget = 'completed' | 'underway';

/**
 * The target of the 2023 plan's promise about a place, read with the same
 * verb table as a 2022 result (建成 → completed, 开工 / 推进 → underway);
 * undefined when the 2023 plan promises nothing, or only the state the
 * place shows already.
 */
export function planTarget(mentions: readonly Mention[]): PlanTarget | undefined {
  let target: PlanTarget | undefined;
  for (const m of mentions) {
    if (m.year !== 2023 || m.status !== 'planned') continue;
    const aim = statusFromQuote(m.quote, 2022).status;
    if (aim === 'completed' || aim === 'underway') target = target === 'completed' ? target : aim;
  }
  return target === featureStatus(mentions) ? undefined : target;
}
