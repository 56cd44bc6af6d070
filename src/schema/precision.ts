import type { Precision } from './constants';

/**
 * What each precision promises, in metres: the farthest a placement may lie
 * from any of its anchors. `area` promises containment instead: the extent
 * contains or touches each anchor it cites as `within`, so its figure is the
 * slack allowed for touching an edge.
 */
export const PRECISION_TOLERANCE_M = {
  exact: 50,
  street: 300,
  approximate: 800,
  area: 25,
} as const satisfies Record<Precision, number>;

/** The uncertainty a point shows on the map and in near-me: none for `exact` and `area`. */
export function uncertaintyM(precision: Precision): number {
  return precision === 'street' || precision === 'approximate' ? PRECISION_TOLERANCE_M[precision] : 0;
}

/**
 * How far a feature may lie from one anchor. A point, line or sketched
 * extent must keep within its precision's tolerance; an `area` must contain
 * (or touch) what it cites as `within`, and keep anything it cites as
 * `beside` or `along` within street distance of its edge.
 */
export function anchorAllowanceM(precision: Precision, relation: 'at' | 'beside' | 'along' | 'within'): number {
  if (precision !== 'area') return PRECISION_TOLERANCE_M[precision];
  return relation === 'within' ? PRECISION_TOLERANCE_M.area : PRECISION_TOLERANCE_M.street;
}
