import { metresBetween } from '../../../src/lib/geometry';
import type { Anchor } from '../../../src/schema/feature';
import type { BasemapFile } from './basemap';
import type { FeatureLayer } from './features';
import { fieldPath, type Issue, IssueSink } from './issues';

/** How far a cited fact may sit from the project's own copy of it: the basemap rounds stations to 5 decimals (about 1 m). */
export const FACT_MATCH_M = 5;

type Facts = Map<string, [number, number]>;

/** Points of one basemap layer by a key, for the kinds that are facts. */
function pointsOf(basemap: readonly BasemapFile[], layer: string, key: (p: Record<string, unknown>) => unknown): Facts {
  const out: Facts = new Map();
  for (const f of basemap.find((b) => b.layer === layer)?.features ?? []) {
    const k = key(f.properties as Record<string, unknown>);
    if (typeof k === 'string' && f.geometry.type === 'Point') out.set(k, [f.geometry.coordinates[0] ?? 0, f.geometry.coordinates[1] ?? 0]);
  }
  return out;
}

/** The project's copy of what an anchor cites, and how to find it: a metro station by name, a Wikidata item by Q-id. */
function lookup(a: Anchor, stations: Facts, landmarks: Facts): { key: string; where: string; at: [number, number] | undefined } | null {
  if (a.source === 'metro') {
    // Stryker disable next-line Regex: .* runs to the end anyway, so the $ changes nothing
    const key = a.ref.replace(/\s*\(.*$/, '');
    return { key, where: 'a station of the basemap metro layer, written "站名 (线路)"', at: stations.get(key) };
  }
  if (a.source === 'wikidata') return { key: a.ref, where: 'a Q-id of the basemap landmarks layer (data/basemap/landmarks.geojson)', at: landmarks.get(a.ref) };
  return null;
}

/**
 * An anchor cites a fact, so the fact must be the one the project holds: a
 * metro anchor copies a station of the basemap's metro layer, a Wikidata
 * anchor an item of its landmarks layer. A typo or a remembered coordinate
 * is refused.
 */
export function checkAnchorFacts(layers: readonly FeatureLayer[], basemap: readonly BasemapFile[], issues: Issue[]): void {
  const stations = pointsOf(basemap, 'metro', (p) => (p.kind === 'station' ? p.name_zh : undefined));
  const landmarks = pointsOf(basemap, 'landmarks', (p) => p.qid);
  for (const layer of layers) {
    for (const { properties: p } of layer.features) {
      p.geocode.anchors.forEach((a, i) => {
        const fact = lookup(a, stations, landmarks);
        if (!fact || (a.source === 'metro' ? stations : landmarks).size === 0) return;
        const sink = new IssueSink(issues, layer.file, p.id);
        const field = fieldPath('properties', 'geocode', 'anchors', i);
        if (!fact.at) {
          sink.add(`${field}.ref`, fact.where, JSON.stringify(a.ref));
          return;
        }
        const gap = metresBetween([a.lon, a.lat], fact.at);
        if (gap > FACT_MATCH_M) sink.add(field, `the coordinate of ${fact.key} in data/basemap (${fact.at.join(', ')}), within ${FACT_MATCH_M} m`, `${a.lon}, ${a.lat}, ${Math.round(gap)} m away`);
      });
    }
  }
}
