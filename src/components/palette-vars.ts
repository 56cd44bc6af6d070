import { STATUS_COLOR } from '../map/palette';
import { STATUSES } from '../schema/constants';

/** The palette's status colours as CSS custom properties (`--status-planned` …): stylesheets use the map's colours, not copies. */
export function paletteVars(): Record<`--status-${string}`, string> {
  return Object.fromEntries(STATUSES.map((s) => [`--status-${s}`, STATUS_COLOR[s]]));
}

/** Sets the palette's custom properties on `el` (the document root), before anything is drawn. */
export function applyPaletteVars(el: HTMLElement): void {
  for (const [name, value] of Object.entries(paletteVars())) el.style.setProperty(name, value);
}
