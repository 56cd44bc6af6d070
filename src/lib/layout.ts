/**
 * The one layout breakpoint. At or below it the panel is a bottom sheet and a
 * selection's card opens in it, not in a map popup. The stylesheets' width
 * media queries use the same 700px (tests/src/lib/layout.test.ts holds them to it).
 */
export const NARROW_WIDTH_PX = 700;

/** The media query for the narrow layout, for `matchMedia`. */
export const NARROW_QUERY = `(max-width: ${NARROW_WIDTH_PX}px)`;
