import { z } from 'zod';
import { BASEMAP_LAYERS, type BasemapLayer, LANDMARK_KINDS } from './constants';
import { TEXT_LIMITS } from './feature';

export { BASEMAP_LAYERS, type BasemapLayer, LANDMARK_KINDS };
export type { LandmarkKind } from './constants';

/** What kinds each layer may hold; the style keys on `kind`. */
export const BASEMAP_KINDS = {
  district: ['qiaokou'],
  water: ['river', 'lake'],
  roads: ['expressway', 'primary', 'secondary', 'minor', 'bridge'],
  metro: ['line', 'line-planned', 'station'],
  landmarks: LANDMARK_KINDS,
  labels: ['subdistrict', 'neighbour', 'river-label'],
} as const satisfies Record<BasemapLayer, readonly string[]>;

export const provenanceSchema = z.strictObject({
  method: z.string().trim().min(1).max(TEXT_LIMITS.text),
  reference: z.string().trim().min(1).max(TEXT_LIMITS.text),
  note: z.string().max(TEXT_LIMITS.text),
});

export const basemapPropertiesSchema = z.strictObject({
  kind: z.string().min(1),
  name_zh: z.string().max(TEXT_LIMITS.name),
  name_en: z.string().max(TEXT_LIMITS.name),
  /** Metro line(s) as "1" or "1;6", for `metro`. */
  line: z.string().optional(),
  /** Draw order / label priority within a layer: 1 most important. */
  rank: z.number().int().min(1).max(9).optional(),
  /** Wikidata item of a landmark, the citation of its name and coordinate. */
  qid: z.string().regex(/^Q[1-9][0-9]{0,11}$/).optional(),
  /** Other names people search by (short forms, the name without its qualifier). */
  aliases: z.array(z.string().trim().min(1).max(TEXT_LIMITS.name)).max(8).optional(),
  provenance: provenanceSchema,
});
export type BasemapProperties = z.infer<typeof basemapPropertiesSchema>;
