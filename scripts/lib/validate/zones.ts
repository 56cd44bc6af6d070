import { distanceTo } from '../../../src/lib/geometry';
import { PRECISION_TOLERANCE_M } from '../../../src/schema/precision';
import type { Unmapped } from '../../../src/schema/records';
import type { FeatureLayer, ValidFeature } from './features';
import { fieldPath, type Issue, IssueSink } from './issues';

/**
 * Zones and what the report lists under them agree: a feature's `zone` names
 * a drawn extent (a polygon in the renewal layer) that contains, or touches,
 * every anchor the feature was placed against; an unmapped item's `zone`
 * names such an extent too.
 */
export function checkZones(layers: readonly FeatureLayer[], unmapped: readonly Unmapped[] | undefined, unmappedFile: string, issues: Issue[]): void {
  const zones = new Map<string, ValidFeature>();
  for (const f of layers.find((l) => l.name === 'renewal')?.features ?? []) {
    if (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') zones.set(f.properties.id, f);
  }
  const known = `the id of a zone drawn as a polygon in the renewal layer (${[...zones.keys()].sort().join(', ') || 'none'})`;
  for (const layer of layers) {
    for (const f of layer.features) {
      const id = f.properties.zone;
      if (id === undefined) continue;
      const sink = new IssueSink(issues, layer.file, f.properties.id);
      const zone = zones.get(id);
      if (!zone) {
        sink.add('properties.zone', known, JSON.stringify(id));
        continue;
      }
      f.properties.geocode.anchors.forEach((a, i) => {
        const gap = Math.ceil(distanceTo([a.lon, a.lat], zone.geometry).distance);
        if (gap > PRECISION_TOLERANCE_M.area) {
          sink.add(
            fieldPath('properties', 'geocode', 'anchors', i),
            `inside the zone ${id} it is listed under (or touching it, ≤ ${PRECISION_TOLERANCE_M.area} m): redraw the zone, or drop "zone" and say why in the note`,
            `${a.name} lies ${gap} m outside ${id}`,
          );
        }
      });
    }
  }
  // Stryker disable next-line ArrayDeclaration: anything standing in for no list has no zone to check
  (unmapped ?? []).forEach((u, i) => {
    if (u.zone !== undefined && !zones.has(u.zone)) new IssueSink(issues, unmappedFile, u.id).add(`[${i}].zone`, known, JSON.stringify(u.zone));
  });
}
