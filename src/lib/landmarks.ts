import type { LandmarkKind } from '../schema/constants';
import type { Place } from '../schema/records';

/** A landmark as the map and its popup know it. */
export interface Landmark {
  qid: string;
  kind: LandmarkKind;
  name_zh: string;
  name_en: string;
  point: [number, number];
}

/** The Wikidata page of an item: the citation a landmark carries. */
export const wikidataUrl = (qid: string) => `https://www.wikidata.org/wiki/${encodeURIComponent(qid)}`;

/** The catalogue's record of a landmark, by Q-id, for its exact point and names. */
export function landmarkFromPlaces(places: readonly Place[], qid: string): Landmark | undefined {
  const p = places.find((x) => x.kind === 'landmark' && x.qid === qid);
  return p?.qid && p.landmark ? { qid: p.qid, kind: p.landmark, name_zh: p.name_zh, name_en: p.name_en, point: p.point } : undefined;
}
