import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_COLORS, BASEMAP_COLORS, CATEGORY_LOOK, LANDMARK_LOOK, NEAR_COLOR, ON_CATEGORY, STATUS_COLOR } from '../../../src/map/palette';
import { LANDMARK_KINDS } from '../../../src/schema/constants';
import { STATUSES } from '../../../src/schema/feature';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const HEX = /^#[0-9a-f]{6}$/;

describe('palette', () => {
  it('gives every colour as #rrggbb, which both MapLibre and the CSS read', () => {
    const all = [
      ...Object.values(CATEGORY_LOOK).map((l) => l.color),
      ...Object.values(STATUS_COLOR),
      ...Object.values(BASEMAP_COLORS),
      ...Object.values(LANDMARK_LOOK).map((l) => l.color),
      ...Object.values(APP_COLORS),
      ON_CATEGORY,
      NEAR_COLOR,
    ];
    for (const c of all) expect(c).toMatch(HEX);
  });

  it('keeps white labels readable on every category colour (WCAG AA, 4.5:1)', () => {
    expect(ON_CATEGORY).toBe('#ffffff');
    for (const [c, look] of Object.entries(CATEGORY_LOOK)) expect(contrast(look.color, ON_CATEGORY), c).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps status dots, landmark glyphs and basemap labels readable on the paper (4.5:1)', () => {
    for (const s of STATUSES) expect(contrast(STATUS_COLOR[s], BASEMAP_COLORS.halo), s).toBeGreaterThanOrEqual(4.5);
    for (const k of LANDMARK_KINDS) expect(contrast(LANDMARK_LOOK[k].color, BASEMAP_COLORS.halo), k).toBeGreaterThanOrEqual(4.5);
    for (const k of ['waterLabel', 'roadLabel', 'label', 'metro'] as const) expect(contrast(BASEMAP_COLORS[k], BASEMAP_COLORS.halo), k).toBeGreaterThanOrEqual(4.5);
  });

  it('tells the four statuses apart by colour', () => {
    expect(new Set(STATUSES.map((s) => STATUS_COLOR[s])).size).toBe(STATUSES.length);
  });

  it('draws the district lighter than what lies outside it, and road casings darker than roads', () => {
    expect(luminance(BASEMAP_COLORS.district)).toBeGreaterThan(luminance(BASEMAP_COLORS.outside));
    expect(luminance(BASEMAP_COLORS.road)).toBeGreaterThan(luminance(BASEMAP_COLORS.roadCasing));
    expect(luminance(BASEMAP_COLORS.roadMajor)).toBeGreaterThan(luminance(BASEMAP_COLORS.roadMajorCasing));
    expect(BASEMAP_COLORS.roadMajor).not.toBe(BASEMAP_COLORS.road);
    expect(BASEMAP_COLORS.metroPlanned).not.toBe(BASEMAP_COLORS.metro);
  });

  it('highlights a selection in a colour no category uses', () => {
    for (const look of Object.values(CATEGORY_LOOK)) expect(look.color).not.toBe(BASEMAP_COLORS.highlight);
  });

  it('gives each category its own single-character glyph and its own dash, solid only for renewal and roads', () => {
    const looks = Object.values(CATEGORY_LOOK);
    for (const look of looks) expect([...look.glyph], look.glyph).toHaveLength(1);
    expect(new Set(looks.map((l) => l.glyph)).size).toBe(looks.length);
    for (const [c, look] of Object.entries(CATEGORY_LOOK)) {
      expect(look.dash.length % 2, `${c}: dash and gap in pairs`).toBe(0);
      for (const n of look.dash) expect(n, c).toBeGreaterThan(0);
    }
    const solid = Object.entries(CATEGORY_LOOK).filter(([, l]) => l.dash.length === 0).map(([c]) => c);
    expect(solid.sort()).toEqual(['renewal', 'road']);
    const dashed = looks.filter((l) => l.dash.length > 0).map((l) => l.dash.join(' '));
    expect(new Set(dashed).size).toBe(dashed.length);
  });

  it('gives each landmark kind a single-character glyph', () => {
    for (const k of LANDMARK_KINDS) expect([...LANDMARK_LOOK[k].glyph], k).toHaveLength(1);
  });

  it("has the installed app's colours as the page's CSS has them", () => {
    const css = readFileSync('src/styles.css', 'utf8');
    expect(css).toContain(`--accent: ${APP_COLORS.theme};`);
    expect(css).toContain(`--paper: ${APP_COLORS.background};`);
  });
});
