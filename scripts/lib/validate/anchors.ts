import type { Anchor, Geocode } from '../../../src/schema/feature';
import { anchorAllowanceM } from '../../../src/schema/precision';
import type { MeasuredAnchor } from '../../../src/schema/records';
import { distanceTo } from '../../../src/lib/geometry';
import { fieldPath, type IssueSink } from './issues';

/**
 * Each anchor with the measured distance from the feature's geometry (0 when
 * an area contains it) and what the precision allows; metres, rounded up so
 * a displayed figure never understates the gap.
 */
export function measureAnchors(geometry: GeoJSON.Geometry, geocode: Geocode): MeasuredAnchor[] {
  return geocode.anchors.map((anchor: Anchor) => ({
    ...anchor,
    distance_m: Math.ceil(distanceTo([anchor.lon, anchor.lat], geometry).distance),
    allowed_m: anchorAllowanceM(geocode.precision, anchor.relation),
  }));
}

/** Reports every anchor the feature lies farther from than its precision promises. */
export function checkAnchors(geometry: GeoJSON.Geometry, geocode: Geocode, sink: IssueSink): void {
  measureAnchors(geometry, geocode).forEach((a, i) => {
    if (a.distance_m <= a.allowed_m) return;
    const promise = geocode.precision === 'area' && a.relation === 'within' ? 'an area that contains or touches its "within" anchor' : `${/^[aeiou]/.test(geocode.precision) ? 'an' : 'a'} ${geocode.precision} placement`;
    sink.add(
      fieldPath('properties', 'geocode', 'anchors', i),
      `${promise}: at most ${a.allowed_m} m from ${a.name} (${a.ref}, ${a.lon}, ${a.lat})`,
      `${a.distance_m} m; move the geometry, cite a nearer anchor, or claim a coarser precision`,
    );
  });
}
