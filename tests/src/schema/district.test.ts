import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DISTRICT_BBOX, DISTRICT_CENTRE, grow, inBbox, LOCATE_AREA, PLAUSIBLE_AREA, VIEW_LIMITS } from '../../../src/schema/district';
import type { Bbox } from '../../../src/schema/records';

const contains = (outer: Bbox, [w, s, e, n]: Bbox) => inBbox(outer, w, s) && inBbox(outer, e, n);

function outlineBox(): Bbox {
  const outline = JSON.parse(readFileSync('data/basemap/district.geojson', 'utf8')) as GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
  const points = outline.features.flatMap((f) => (f.geometry.type === 'Polygon' ? f.geometry.coordinates.flat() : f.geometry.coordinates.flat(2)));
  const lons = points.map((p) => p[0] ?? Number.NaN);
  const lats = points.map((p) => p[1] ?? Number.NaN);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

describe('the district and the areas around it', () => {
  it("is the box of the district's outline in the basemap data, to three decimals", () => {
    const box = outlineBox();
    for (const [i, edge] of DISTRICT_BBOX.entries()) expect(edge, `edge ${i}`).toBeCloseTo(box[i] ?? Number.NaN, 3);
  });

  it('counts a device a little beyond the district as located in it, and one across the river in Hanyang as outside', () => {
    expect(inBbox(LOCATE_AREA, 114.25, 30.58)).toBe(true);
    expect(inBbox(LOCATE_AREA, 114.143, 30.6)).toBe(true);
    expect(inBbox(LOCATE_AREA, 114.25, 30.545)).toBe(false);
  });

  it('nests each area in the next: district, located, map view, plausible data', () => {
    expect(contains(LOCATE_AREA, DISTRICT_BBOX)).toBe(true);
    expect(contains(VIEW_LIMITS.bbox, LOCATE_AREA)).toBe(true);
    expect(contains(PLAUSIBLE_AREA, VIEW_LIMITS.bbox)).toBe(true);
  });

  it('puts the centre inside the district', () => {
    expect(inBbox(DISTRICT_BBOX, ...DISTRICT_CENTRE)).toBe(true);
  });

  it('grows a box by the margin on every side and counts its edges as inside', () => {
    expect(grow([1, 2, 3, 4], 0.5)).toEqual([0.5, 1.5, 3.5, 4.5]);
    expect(inBbox([1, 2, 3, 4], 1, 4)).toBe(true);
    expect(inBbox([1, 2, 3, 4], 0.999, 3)).toBe(false);
  });

  it('counts every edge of a box as inside and anything past one as outside', () => {
    expect([[1, 3], [3, 3], [2, 2], [2, 4]].map(([x, y]) => inBbox([1, 2, 3, 4], x ?? 0, y ?? 0))).toEqual([true, true, true, true]);
    expect([[0.999, 3], [3.001, 3], [2, 1.999], [2, 4.001]].map(([x, y]) => inBbox([1, 2, 3, 4], x ?? 0, y ?? 0))).toEqual([false, false, false, false]);
  });
});
