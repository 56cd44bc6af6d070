import type { BasemapProperties, LandmarkKind } from '../../../src/schema/basemap';
import { metresBetween } from '../../../src/lib/geometry';
import { type Position, roundCoordinate } from '../geo/positions';
import { metresOutside, type Outline } from '../validate/outline';
import { type CsvRecord, parseCsv } from './csv';
import { classify, KIND_RANK } from './kinds';
import { landmarkNames } from './names';

/** How far outside the district a landmark may lie: places across the border still orient a resident. */
export const DEFAULT_MARGIN_KM = 3;
/** Same name this close: one object entered twice in Wikidata. */
const DUPLICATE_M = 300;
/** A railway-file station this close to a basemap metro station of the same name is that station. */
const SAME_STATION_M = 500;
/** Wikidata and OpenStreetMap this far apart on a "real conflict": the point is in dispute. */
const DISPUTED_M = 1000;

const COLUMNS = ['qid', 'name', 'name_en', 'lon', 'lat', 'half_range_m', 'category', 'usability'] as const;

export interface LandmarkInput {
  /** wikidata_wuhan_landmarks_wgs84.csv as text. */
  wikidataCsv: string;
  /** osm/wikidata_osm_matches.csv as text: the second opinion (optional). */
  osmCsv?: string;
  outline: Outline;
  /** Metro stations already on the basemap, by name. */
  stations: ReadonlyArray<{ name_zh: string; point: Position }>;
  marginKm?: number;
}

export interface LandmarkFeature {
  type: 'Feature';
  properties: BasemapProperties & { qid: string; kind: LandmarkKind };
  geometry: { type: 'Point'; coordinates: Position };
}

export interface Dropped {
  qid: string;
  name: string;
  reason: string;
}

export interface LandmarkResult {
  features: LandmarkFeature[];
  /** Items inside the margin that were left out, with why. */
  dropped: Dropped[];
  /** How many items lay beyond the margin. */
  outside: number;
}

function checkColumns(rows: CsvRecord[], file: string): void {
  const missing = COLUMNS.filter((c) => rows[0] && !(c in rows[0]));
  if (missing.length) throw new Error(`${file}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
}

function coordinate(row: CsvRecord): Position {
  const lon = Number(row.lon);
  const lat = Number(row.lat);
  if (!(row.lon && row.lat && Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
    throw new Error(`wikidata csv: ${row.qid}: lon/lat must be WGS-84 degrees, found ${row.lon}, ${row.lat}`);
  }
  return [roundCoordinate(lon), roundCoordinate(lat)];
}

/** What OpenStreetMap says of the item: a note for the provenance, a name, and whether the point is in dispute. */
function secondOpinion(osm: CsvRecord | undefined) {
  if (!osm || osm.status === 'no_osm_match') return { note: 'no OpenStreetMap object of the same name found', name: '', disputed: false };
  const m = Math.round(Number(osm.agreement_m));
  const note = `OpenStreetMap ${osm.status} (${osm.osm_key}=${osm.osm_value}, ${m} m apart)`;
  const sameObject = osm.status === 'confirmed' || osm.status === 'approx';
  return { note, name: sameObject && osm.osm_key !== 'highway' ? (osm.osm_name ?? '') : '', disputed: osm.status === 'conflict' && /真冲突/.test(osm.conflict_reason ?? '') && m > DISPUTED_M };
}

/**
 * Wikidata landmarks in and around the district, as basemap features: only
 * items marked usable, within the margin of the outline, that are a kind of
 * place (not an event, area, vessel or organisation), that OpenStreetMap
 * does not put somewhere else, and that the basemap does not already hold
 * (metro stations); one per object. Each keeps its Q-id.
 */
export function importLandmarks(input: LandmarkInput): LandmarkResult {
  const marginM = (input.marginKm ?? DEFAULT_MARGIN_KM) * 1000;
  const rows = parseCsv(input.wikidataCsv, 'wikidata csv');
  checkColumns(rows, 'wikidata csv');
  const osm = new Map(input.osmCsv ? parseCsv(input.osmCsv, 'osm csv').map((r) => [r.qid ?? '', r]) : []);
  const dropped: Dropped[] = [];
  let outside = 0;
  const kept: Array<LandmarkFeature & { halfRange: number }> = [];
  for (const row of rows) {
    const qid = row.qid ?? '';
    const drop = (reason: string) => dropped.push({ qid, name: row.name ?? '', reason });
    const point = coordinate(row);
    if (metresOutside(point, input.outline) > marginM) {
      outside++;
      continue;
    }
    if (row.usability !== 'ok') {
      drop(`coordinate marked ${row.usability}`);
      continue;
    }
    if (row.name === '' || row.name === qid) {
      drop('no label in Wikidata');
      continue;
    }
    const opinion = secondOpinion(osm.get(qid));
    const names = landmarkNames(qid, row.name ?? '', row.name_en ?? '', opinion.name);
    const verdict = classify(row.category ?? '', names?.name_zh ?? '', names?.name_en ?? row.name_en ?? '');
    if ('drop' in verdict || !names) {
      drop('drop' in verdict ? verdict.drop : 'no Chinese name');
      continue;
    }
    if (opinion.disputed) {
      drop(`coordinate in dispute: ${opinion.note}`);
      continue;
    }
    const station = input.stations.find((s) => s.name_zh === names.name_zh.replace(/站$/, '') && metresBetween(s.point, point) < SAME_STATION_M);
    if (verdict.kind === 'station' && station) {
      drop(`metro station ${station.name_zh}, already on the basemap`);
      continue;
    }
    const halfRange = Number(row.half_range_m) || 0;
    const note = `coordinate resolution ±${halfRange} m; ${opinion.note}`;
    kept.push({
      type: 'Feature',
      halfRange,
      properties: {
        kind: verdict.kind,
        name_zh: names.name_zh,
        name_en: names.name_en,
        rank: KIND_RANK[verdict.kind],
        qid,
        ...(names.aliases.length > 0 ? { aliases: names.aliases } : {}),
        provenance: { method: 'Wikidata coordinate location (P625), as published', reference: `Wikidata ${qid} (CC0)`, note },
      },
      geometry: { type: 'Point', coordinates: point },
    });
  }
  return { features: dedupe(kept, dropped), dropped, outside };
}

/** One feature per object: of two with the same name close together, the finer coordinate stays. */
function dedupe(kept: Array<LandmarkFeature & { halfRange: number }>, dropped: Dropped[]): LandmarkFeature[] {
  const byPrecision = [...kept].sort((a, b) => a.halfRange - b.halfRange || qidOrder(a, b));
  const out: LandmarkFeature[] = [];
  for (const { halfRange: _, ...f } of byPrecision) {
    const twin = out.find((o) => o.properties.name_zh === f.properties.name_zh && metresBetween(o.geometry.coordinates, f.geometry.coordinates) < DUPLICATE_M);
    if (twin) dropped.push({ qid: f.properties.qid, name: f.properties.name_zh, reason: `duplicate of ${twin.properties.qid}` });
    else out.push(f);
  }
  return out.sort((a, b) => (a.properties.rank ?? 9) - (b.properties.rank ?? 9) || qidOrder(a, b));
}

function qidOrder(a: LandmarkFeature, b: LandmarkFeature): number {
  return Number(a.properties.qid.slice(1)) - Number(b.properties.qid.slice(1));
}

/** The layer file as written: one feature per line, like the other basemap files. */
export function serializeLandmarks(features: readonly LandmarkFeature[]): string {
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}
