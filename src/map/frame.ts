import type { LngLatBoundsLike, PaddingOptions } from 'maplibre-gl';
import { NARROW_QUERY } from '../lib/layout';
import { radiusBounds } from '../lib/geometry';
import { DISTRICT_BBOX } from '../schema/district';

/** The room a framed place keeps from the map's edges on a phone, above the sheet. */
const NARROW_MARGIN = { top: 30, side: 20, aboveSheet: 20 };

/** The share of the map an unfolded sheet may cover (its CSS max-height). */
const SHEET_MAX = 0.46;

/**
 * Padding that keeps what is framed clear of the bottom sheet on narrow
 * screens; `wide` elsewhere. An unfolded sheet is taken at its full height,
 * since a panel still loading grows to it a moment later.
 */
export function framePadding(container: HTMLElement, wide: number | PaddingOptions): number | PaddingOptions {
  if (!window.matchMedia(NARROW_QUERY).matches) return wide;
  const map = container.getBoundingClientRect();
  const panel = document.querySelector('.panel');
  const measured = panel ? Math.max(0, map.bottom - panel.getBoundingClientRect().top) : 0;
  const covered = panel?.classList.contains('folded') ? measured : Math.max(measured, Math.round(map.height * SHEET_MAX));
  return { top: NARROW_MARGIN.top, left: NARROW_MARGIN.side, right: NARROW_MARGIN.side, bottom: Math.min(map.height - 2 * NARROW_MARGIN.top, covered + NARROW_MARGIN.aboveSheet) };
}

/** What a map opens on: the near-me circle when a place is set, else the district. */
export function openingBounds(near: { lon: number; lat: number } | null, radius: number): LngLatBoundsLike {
  if (!near) return DISTRICT_BBOX;
  const [w, s, e, n] = radiusBounds([near.lon, near.lat], radius);
  return [
    [w, s],
    [e, n],
  ];
}
