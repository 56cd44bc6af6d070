import { z } from 'zod';

import { CATEGORIES, PRECISIONS, STATUSES, type Status } from './constants';
import { ID_MAX_LENGTH, ID_PATTERN, ID_RULE } from './id';
import { statusFromQuote } from './status';

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

/** Where an anchor's coordinate comes from; each is a fact with its own citation. */
export const ANCHOR_SOURCES = ['wikidata', 'osm', 'metro', 'bridge', 'district-outline'] as const;
/** How the feature stands to its anchor: on it, next to it, along a line through it, or around it. */
export const ANCHOR_RELATIONS = ['at', 'beside', 'along', 'within'] as const;
export type AnchorRelation = (typeof ANCHOR_RELATIONS)[number];

/** Words in both languages; the Chinese is what the UI shows first. */
const bilingual = (max: number) => z.strictObject({ zh: z.string().max(max), en: z.string().max(max) });

/**
 * A fact a placement was made against, copied with its citation: a Wikidata
 * item's coordinate (ref = Q-id), a metro station, a point on an OSM road, a
 * bridge, a vertex of the district outline. The validator measures the
 * feature's distance to it.
 */
export const anchorSchema = z
  .strictObject({
    source: z.enum(ANCHOR_SOURCES),
    /** The citation: a Q-id for wikidata, the station or road name otherwise. */
    ref: text(TEXT_LIMITS.name),
    name: text(TEXT_LIMITS.name),
    lon: z.number().min(-180).max(180),
    lat: z.number().min(-90).max(90),
    relation: z.enum(ANCHOR_RELATIONS),
  })
  .refine((a) => a.source !== 'wikidata' || /^Q[1-9][0-9]*$/.test(a.ref), {
    message: 'a wikidata anchor cites its item as ref, e.g. "Q21451544"',
    path: ['ref'],
  });
export type Anchor = z.infer<typeof anchorSchema>;

export const geocodeSchema = z.strictObject({
  precision: z.enum(PRECISIONS),
  /** How the geometry was made from its anchors, e.g. 置于维基数据坐标 / "placed on the Wikidata coordinate". */
  method: bilingual(TEXT_LIMITS.text),
  /** What a placement was measured against; no anchor, no placement (memory is not an anchor). */
  anchors: z.array(anchorSchema).min(1, 'at least one anchor: a Wikidata item, metro station, OSM road, bridge or the district outline'),
  /** Anything a reader should know about the placement. */
  note: bilingual(TEXT_LIMITS.text),
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
  /** The renewal zone the report lists this place under; its extent must contain this feature's anchors. */
  zone: z.string().optional(),
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
  // Stryker disable next-line EqualityOperator: with >= an equal rank picks m.status, which is the same status, each rank being one status's.
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
