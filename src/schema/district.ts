import type { Bbox } from './records';

/**
 * The district's box, [west, south, east, north]: the outline in
 * data/basemap/district.geojson to three decimals (a test holds the two
 * together). The map opens on it when a link names no view.
 */
export const DISTRICT_BBOX: Bbox = [114.146, 30.563, 114.279, 30.634];

/** A box grown by `margin` degrees on every side. */
export function grow([w, s, e, n]: Bbox, margin: number): Bbox {
  return [w - margin, s - margin, e + margin, n + margin];
}

/** Whether a point lies in a box, edges included. */
export function inBbox([w, s, e, n]: Bbox, lon: number, lat: number): boolean {
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

/** The district's middle, [lon, lat]: where metres become pixels for the whole map. */
export const DISTRICT_CENTRE: [number, number] = [(DISTRICT_BBOX[0] + DISTRICT_BBOX[2]) / 2, (DISTRICT_BBOX[1] + DISTRICT_BBOX[3]) / 2];

/**
 * Where a device's position counts as "in the district": its box and about
 * 800 m more, so a fix on a boundary street or with a wide error still counts.
 */
export const LOCATE_AREA: Bbox = grow(DISTRICT_BBOX, 0.008);

/**
 * How far the map zooms and pans, and where a shared view or near-me point
 * may lie: the district and the Wuhan around it. A link asking for more is
 * brought within these.
 */
export const VIEW_LIMITS = { minZoom: 9, maxZoom: 18, bbox: [113.9, 30.35, 114.6, 30.85] as Bbox } as const;

/**
 * Where any position in the data can plausibly lie (Wuhan and around): a
 * lon/lat pair written the wrong way round falls outside it, its swap inside.
 */
export const PLAUSIBLE_AREA: Bbox = [113.5, 29.5, 115.5, 31.5];
