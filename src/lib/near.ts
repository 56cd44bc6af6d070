import type { Precision, Status } from '../schema/constants';
import { uncertaintyM } from '../schema/precision';
import type { Bbox, CatalogueFeature } from '../schema/records';
import { distanceTo, type LonLat, radiusBounds } from './geometry';

/** Whether two bboxes share any point. */
function overlaps(a: Bbox, b: Bbox): boolean {
  return a[2] >= b[0] && a[0] <= b[2] && a[3] >= b[1] && a[1] <= b[3];
}

export interface NearItem<F extends NearFeature = CatalogueFeature> {
  feature: F;
  /** Metres to the nearest point, edge or area; 0 inside an area. */
  distance: number;
  inside: boolean;
  /** How far off the drawn place may be from the real one (its precision's tolerance), in metres; 0 when exact or an area. */
  uncertainty: number;
  /** The real place may lie on either side of the radius: drawn within it but possibly beyond, or the reverse. */
  maybe: boolean;
}

export type NearFeature = Pick<CatalogueFeature, 'id' | 'name_zh' | 'status' | 'bbox' | 'geometry'> & { geocode?: { precision: Precision } };

/**
 * Features that are, or may be, within `radius` metres of a point, nearest
 * first (ties by name). A placement with an uncertainty u counts when its
 * drawn distance d has d − u ≤ radius; it is `maybe` when d + u > radius as
 * well, so an uncertain place near the edge is neither silently in nor out.
 */
export function nearby<F extends NearFeature>(features: readonly F[], point: LonLat, radius: number): NearItem<F>[] {
  const items: NearItem<F>[] = [];
  // The cheap bbox test first, its bounds computed once per reach (there are only a few uncertainties).
  const bounds = new Map<number, Bbox>();
  for (const feature of features) {
    const uncertainty = feature.geocode ? uncertaintyM(feature.geocode.precision) : 0;
    const reach = bounds.get(uncertainty) ?? radiusBounds(point, radius + uncertainty);
    bounds.set(uncertainty, reach);
    if (!overlaps(feature.bbox, reach)) continue;
    const { distance, inside } = distanceTo(point, feature.geometry, feature.bbox);
    if (distance - uncertainty > radius) continue;
    items.push({ feature, distance, inside, uncertainty, maybe: distance + uncertainty > radius });
  }
  return items.sort((a, b) => a.distance - b.distance || a.feature.name_zh.localeCompare(b.feature.name_zh, 'zh-CN'));
}

/** The order a resident reads the groups in: what is coming, what is going on, what is done. */
export const NEAR_GROUP_ORDER: readonly Status[] = ['planned', 'underway', 'completed', 'context'];

/** Items grouped by status, groups in `NEAR_GROUP_ORDER`, each still nearest first; empty groups left out. */
export function groupByStatus<F extends NearFeature>(items: readonly NearItem<F>[]): Array<{ status: Status; items: NearItem<F>[] }> {
  return NEAR_GROUP_ORDER.map((status) => ({ status, items: items.filter((i) => i.feature.status === status) })).filter((g) => g.items.length > 0);
}
