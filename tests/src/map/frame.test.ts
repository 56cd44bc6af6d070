import distance from '@turf/distance';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NARROW_QUERY } from '../../../src/lib/layout';
import { framePadding, openingBounds } from '../../../src/map/frame';

/** A map container `height` px tall from the top of the page. */
const container = (height: number) => ({ getBoundingClientRect: () => ({ top: 0, bottom: height, height }) }) as unknown as HTMLElement;

/** A narrow (phone) or wide screen, with a sheet whose top is at `panelTop`, folded or not, or no sheet. */
function screen(narrow: boolean, panel?: { top: number; folded: boolean }) {
  const matchMedia = vi.fn((query: string) => ({ matches: narrow && query === NARROW_QUERY }));
  vi.stubGlobal('window', { matchMedia });
  const element = panel && { getBoundingClientRect: () => ({ top: panel.top }), classList: { contains: (c: string) => c === 'folded' && panel.folded } };
  vi.stubGlobal('document', { querySelector: (q: string) => (q === '.panel' ? element : null) });
  return matchMedia;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('framePadding', () => {
  it('keeps the wide padding on a wide screen', () => {
    const media = screen(false, { top: 100, folded: false });
    expect(framePadding(container(800), 40)).toBe(40);
    expect(media).toHaveBeenCalledWith(NARROW_QUERY);
  });

  it('on a phone, keeps clear of an unfolded sheet at its full height even while it is still short', () => {
    screen(true, { top: 700, folded: false });
    // 46% of 800 px is 368 px, plus 20 px above the sheet.
    expect(framePadding(container(800), 40)).toEqual({ top: 30, left: 20, right: 20, bottom: 388 });
  });

  it('keeps clear of an unfolded sheet taller than its usual height', () => {
    screen(true, { top: 300, folded: false });
    expect(framePadding(container(800), 40)).toEqual({ top: 30, left: 20, right: 20, bottom: 520 });
  });

  it('keeps clear of a folded sheet only as far as it reaches', () => {
    screen(true, { top: 740, folded: true });
    expect(framePadding(container(800), 40)).toEqual({ top: 30, left: 20, right: 20, bottom: 80 });
  });

  it('takes a folded sheet below the map as covering nothing', () => {
    screen(true, { top: 900, folded: true });
    expect(framePadding(container(800), 40)).toEqual({ top: 30, left: 20, right: 20, bottom: 20 });
  });

  it('takes no sheet as an unfolded one', () => {
    screen(true);
    expect(framePadding(container(500), 40)).toEqual({ top: 30, left: 20, right: 20, bottom: 250 });
  });

  it('leaves some map to frame on when the sheet covers almost all of it', () => {
    screen(true, { top: 10, folded: true });
    expect(framePadding(container(800), 40)).toEqual({ top: 30, left: 20, right: 20, bottom: 740 });
  });
});

describe('openingBounds', () => {
  it('opens on the district when no place is set', () => {
    expect(openingBounds(null, 1000)).toEqual([114.146, 30.563, 114.279, 30.634]);
  });

  it('opens on the near-me circle, as west-south and east-north corners a radius from the place', () => {
    const place = { lon: 114.2, lat: 30.58 };
    const [[w, s], [e, n]] = openingBounds(place, 1000) as [[number, number], [number, number]];
    expect(distance([place.lon, place.lat], [e, place.lat], { units: 'meters' })).toBeCloseTo(1000, -1);
    expect(distance([place.lon, place.lat], [w, place.lat], { units: 'meters' })).toBeCloseTo(1000, -1);
    expect(distance([place.lon, place.lat], [place.lon, n], { units: 'meters' })).toBeCloseTo(1000, -1);
    expect(distance([place.lon, place.lat], [place.lon, s], { units: 'meters' })).toBeCloseTo(1000, -1);
    expect(w).toBeLessThan(e);
    expect(s).toBeLessThan(n);
  });
});
