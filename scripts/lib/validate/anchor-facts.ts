import distance from '@turf/distance';
import type { BasemapFile } from './basemap';
import type { FeatureLayer } from './features';
import { fieldPath, type Issue, IssueSink } from './issues';

/** How far a cited station may sit from the basemap's own point for it: the basemap rounds to 5 decimals (about 1 m). */
export const STATION_MATCH_M = 5;

/**
 * An anchor cites a fact, so the fact must be the one the project holds: a
 * metro anchor names a station of the basemap's metro layer (ref "站名 (线路)")
 * and copies its coordinate. A typo or a remembered coordinate is refused.
 */
export function checkAnchorFacts(layers: readonly FeatureLayer[], basemap: readonly BasemapFile[], issues: Issue[]): void {
  const stations = new Map<string, [number, number]>();
  for (const f of basemap.find((b) => b.layer === 'metro')?.features ?? []) {
    if (f.properties.kind === 'station' && f.geometry.type === 'Point') stations.set(f.properties.name_zh, [f.geometry.coordinates[0] ?? 0, f.geometry.coordinates[1] ?? 0]);
  }
  if (stations.size === 0) return;
  for (const layer of layers) {
    for (const { properties: p } of layer.features) {
      p.geocode.anchors.forEach((a, i) => {
        if (a.source !== 'metro') return;
        const name = a.ref.replace(/\s*\(.*$/, '');
        const station = stations.get(name);
        const sink = new IssueSink(issues, layer.file, p.id);
        const field = fieldPath('properties', 'geocode', 'anchors', i);
        if (!station) {
          sink.add(`${field}.ref`, 'a station of the basemap metro layer, written "站名 (线路)"', JSON.stringify(a.ref));
          return;
        }
        const gap = distance([a.lon, a.lat], station, { units: 'meters' });
        if (gap > STATION_MATCH_M) {
          sink.add(field, `the coordinate of station ${name} in data/basemap/metro.geojson (${station.join(', ')}), within ${STATION_MATCH_M} m`, `${a.lon}, ${a.lat}, ${Math.round(gap)} m away`);
        }
      });
    }
  }
}
