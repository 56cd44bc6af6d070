import { describe, expect, it } from 'vitest';
import { BASEMAP_STYLE_LAYERS, PROJECT_LAYERS } from '../../../src/map/ids';
import { BASEMAP_COLORS, CATEGORY_LOOK } from '../../../src/map/palette';
import { categoryColor, categoryGlyph } from '../../../src/map/style-project';
import { CATEGORIES } from '../../../src/schema/feature';
import { basemapFeature, layer, layerFilter, paintOrLayout, tileFeature } from '../../helpers/style-eval';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';

const park = (type: 1 | 2 | 3 = 1) => tileFeature('park', 'planned', [2023], type);
const paint = (id: string, name: string) => paintOrLayout(layer(id), 'paint', name);
/** A paint value for `feature` at `zoom` with the given feature-state. */
const at = (id: string, name: string, zoom: number, state: Record<string, boolean> = {}, feature = park()) => paint(id, name).evaluate({ zoom }, feature, state);

/** A data expression evaluated on a feature's properties alone. */
function evaluate(expression: unknown, properties: Record<string, unknown>) {
  const parsed = createExpression(expression, 'layers[0].paint.test');
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 14 }, basemapFeature(properties, 'Point'));
}

describe('category look in the style', () => {
  const dash = (category: string) => paint(PROJECT_LAYERS.line, 'line-dasharray').evaluate({ zoom: 14 }, basemapFeature({ category }));

  it('colours, marks and dashes each category as the palette has it', () => {
    for (const c of CATEGORIES) {
      const look = CATEGORY_LOOK[c];
      expect(evaluate(categoryColor, { category: c }), c).toBe(look.color);
      expect(evaluate(categoryGlyph, { category: c }), c).toBe(look.glyph);
      expect(dash(c), c).toEqual(look.dash.length ? look.dash : [1, 0]);
    }
  });

  it('draws an unknown category quietly: the label colour, no glyph, a solid line', () => {
    expect(evaluate(categoryColor, { category: 'other' })).toBe(BASEMAP_COLORS.label);
    expect(evaluate(categoryGlyph, { category: 'other' })).toBe('');
    expect(dash('other')).toEqual([1, 0]);
  });
});

describe('feature states', () => {
  const sizes: Array<[string, string]> = [
    [PROJECT_LAYERS.point, 'circle-radius'],
    [PROJECT_LAYERS.line, 'line-width'],
    [PROJECT_LAYERS.outline, 'line-width'],
  ];

  it('draws a hovered feature larger and a selected one larger still, at every zoom', () => {
    for (const [id, name] of sizes) {
      for (const zoom of [10, 16]) {
        const plain = at(id, name, zoom);
        const hovered = at(id, name, zoom, { hovered: true });
        const selected = at(id, name, zoom, { selected: true });
        expect(hovered, `${id} z${zoom}`).toBeGreaterThan(plain);
        expect(selected, `${id} z${zoom}`).toBeGreaterThan(hovered);
        expect(selected - plain, `${id} z${zoom}: the selected boost is twice the hovered one`).toBeCloseTo(2 * (hovered - plain), 10);
      }
      expect(at(id, name, 16), `${id} grows with zoom`).toBeGreaterThan(at(id, name, 10));
    }
  });

  it('hides a feature a filter has hidden and fades one outside the near-me circle', () => {
    const opacities: Array<[string, string, 1 | 2 | 3]> = [
      [PROJECT_LAYERS.point, 'circle-opacity', 1],
      [PROJECT_LAYERS.point, 'circle-stroke-opacity', 1],
      [PROJECT_LAYERS.line, 'line-opacity', 2],
      [PROJECT_LAYERS.outline, 'line-opacity', 3],
      [PROJECT_LAYERS.fill, 'fill-opacity', 3],
      [PROJECT_LAYERS.label, 'text-opacity', 1],
      [PROJECT_LAYERS.uncertainty, 'circle-opacity', 1],
    ];
    for (const [id, name, type] of opacities) {
      const full = at(id, name, 14, {}, park(type));
      const dimmed = at(id, name, 14, { dimmed: true }, park(type));
      expect(full, id).toBeGreaterThan(0);
      expect(dimmed, `${id} ${name} dimmed`).toBeGreaterThan(0);
      expect(dimmed, `${id} ${name} dimmed`).toBeLessThan(full);
      expect(at(id, name, 14, { hidden: true, dimmed: true }, park(type)), `${id} ${name} hidden`).toBe(0);
      expect(at(id, name, 14, { hidden: true, selected: true }, park(type)), `${id} ${name} hidden though selected`).toBe(0);
    }
  });

  it('fills a selected area more than a hovered one, and a sketched area fainter than a surveyed one', () => {
    const fill = (state: Record<string, boolean>, precision: 'area' | 'exact' = 'exact') => at(PROJECT_LAYERS.fill, 'fill-opacity', 14, state, tileFeature('park', 'planned', [2023], 3, precision));
    expect(fill({ selected: true })).toBeGreaterThan(fill({ hovered: true }));
    expect(fill({ hovered: true })).toBeGreaterThan(fill({}));
    expect(fill({}, 'area')).toBeLessThan(fill({}));
    expect(fill({ dimmed: true }, 'area')).toBeLessThan(fill({}, 'area'));
    expect(fill({ dimmed: true }, 'area')).toBeGreaterThan(0);
    expect(fill({ selected: true }, 'area')).toBe(fill({ selected: true }));
  });

  it('outlines a selected line or area in the highlight colour, others in their category colour', () => {
    const highlight = evaluate(['to-color', BASEMAP_COLORS.highlight], {}).toString();
    const parkColour = evaluate(['to-color', CATEGORY_LOOK.park.color], {}).toString();
    for (const id of [PROJECT_LAYERS.line, PROJECT_LAYERS.outline]) {
      expect(at(id, 'line-color', 14, { selected: true }).toString(), id).toBe(highlight);
      expect(at(id, 'line-color', 14, { hovered: true }).toString(), id).toBe(parkColour);
    }
    expect(at(PROJECT_LAYERS.point, 'circle-stroke-color', 14, { selected: true }).toString()).toBe(highlight);
    expect(at(PROJECT_LAYERS.point, 'circle-stroke-color', 14).toString()).toBe(evaluate(['to-color', '#ffffff'], {}).toString());
    expect(at(PROJECT_LAYERS.point, 'circle-stroke-width', 14, { selected: true })).toBeGreaterThan(at(PROJECT_LAYERS.point, 'circle-stroke-width', 14));
  });
});

describe('project labels', () => {
  const text = (zoom: number, lang: 'zh' | 'en' = 'zh') => paintOrLayout(layer(PROJECT_LAYERS.label, lang), 'layout', 'text-field').evaluate({ zoom }, park()).toString();

  it('shows the glyph alone when zoomed out, and glyph and name from zoom 14 in the chosen language', () => {
    expect(text(13.9)).toBe('园');
    expect(text(14)).toBe('园 名');
    expect(text(14, 'en')).toBe('园 Name');
  });

  it('writes white on a point, and the category colour haloed in white on lines and areas', () => {
    const white = evaluate(['to-color', '#ffffff'], {}).toString();
    const parkColour = evaluate(['to-color', CATEGORY_LOOK.park.color], {}).toString();
    const label = layer(PROJECT_LAYERS.label);
    const color = paintOrLayout(label, 'paint', 'text-color');
    const halo = paintOrLayout(label, 'paint', 'text-halo-color');
    for (const type of ['Point', 'MultiPoint']) {
      const f = basemapFeature({ category: 'park' }, type);
      expect(color.evaluate({ zoom: 14 }, f).toString(), type).toBe(white);
      expect(halo.evaluate({ zoom: 14 }, f).toString(), type).toBe(parkColour);
    }
    const line = basemapFeature({ category: 'park' }, 'LineString');
    expect(color.evaluate({ zoom: 14 }, line).toString()).toBe(parkColour);
    expect(halo.evaluate({ zoom: 14 }, line).toString()).toBe(white);
  });

  it('leaves out the labels of places the filters drop', () => {
    const filtered = layerFilter(layer(PROJECT_LAYERS.label, 'zh', { categories: ['road'], statuses: ['planned'], years: [2023] }));
    expect(filtered.filter({ zoom: 14 }, tileFeature('road', 'planned', [2023]))).toBe(true);
    expect(filtered.filter({ zoom: 14 }, park())).toBe(false);
  });
});

describe('shape layers', () => {
  it('draw points, multipoints, lines and areas each on their own layer', () => {
    const kinds: Array<[string, string[]]> = [
      [PROJECT_LAYERS.point, ['Point', 'MultiPoint']],
      [PROJECT_LAYERS.line, ['LineString', 'MultiLineString']],
      [PROJECT_LAYERS.fill, ['Polygon', 'MultiPolygon']],
      [PROJECT_LAYERS.outline, ['Polygon', 'MultiPolygon']],
    ];
    const types = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'];
    for (const [id, own] of kinds) {
      const filter = layerFilter(layer(id));
      for (const t of types) expect(filter.filter({ zoom: 14 }, basemapFeature({ category: 'park' }, t)), `${id} ${t}`).toBe(own.includes(t));
    }
  });
});

describe('line and label layout', () => {
  it('rounds the ends and joins of project lines and of roads', () => {
    for (const id of [PROJECT_LAYERS.line, BASEMAP_STYLE_LAYERS.road, BASEMAP_STYLE_LAYERS.roadCasing]) {
      const l = layer(id) as { layout?: Record<string, unknown> };
      expect(l.layout?.['line-cap'], id).toBe('round');
      expect(l.layout?.['line-join'], id).toBe('round');
    }
  });

  it('lets project labels give way to each other instead of overlapping', () => {
    const l = layer(PROJECT_LAYERS.label) as { layout?: Record<string, unknown> };
    expect(l.layout?.['text-allow-overlap']).toBe(false);
  });
});
