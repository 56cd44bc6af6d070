import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { type Filters, passesFilters } from '../../../src/lib/filter';
import { geometryFilter, projectFilter } from '../../../src/map/filters';
import { BASEMAP_STYLE_LAYERS, NEAR_LAYERS, PROJECT_LAYER_IDS, PROJECT_LAYERS, SOURCE_BASEMAP, SOURCE_NEAR, SOURCE_OSM, SOURCE_PROJECT } from '../../../src/map/ids';
import { CATEGORY_LOOK, NEAR_COLOR } from '../../../src/map/palette';
import { metresPerPixel } from '../../../src/map/scale';
import { ATTRIBUTION, buildStyle, OSM_LAYER, OSM_SOURCE, textFields } from '../../../src/map/style';
import { CATEGORIES, PRECISIONS, STATUSES } from '../../../src/schema/feature';
import { uncertaintyM } from '../../../src/schema/precision';
import { ALL, basemapFeature, layer, layerFilter, options, paintOrLayout, tileFeature } from '../../helpers/style-eval';


describe('style builder', () => {
  it('builds a style the MapLibre style spec accepts, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) expect(validateStyleMin(buildStyle(options(ALL, lang)))).toEqual([]);
  });

  it('accepts the online basemap source and layer', () => {
    const style = buildStyle(options());
    style.sources.osm = OSM_SOURCE;
    style.layers.push(OSM_LAYER);
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('has no glyph server, so labels render locally and offline', () => {
    expect(buildStyle(options()).glyphs).toBeUndefined();
  });

  it('has every project layer once, with ids written in one place', () => {
    const ids = buildStyle(options()).layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of PROJECT_LAYER_IDS) expect(ids).toContain(id);
  });

  it('gives each category a distinct colour and a distinct glyph', () => {
    const looks = Object.values(CATEGORY_LOOK);
    expect(new Set(looks.map((l) => l.color)).size).toBe(CATEGORIES.length);
    expect(new Set(looks.map((l) => l.glyph)).size).toBe(CATEGORIES.length);
  });

  it('draws the project with at most 6 layers, all reading the one project tile layer', () => {
    const project = projectStyleLayers();
    expect(project.length).toBeLessThanOrEqual(6);
    expect(project.map((l) => l.id)).toEqual([...PROJECT_LAYER_IDS]);
    expect(new Set(project.map((l) => ('source-layer' in l ? l['source-layer'] : undefined)))).toEqual(new Set(['project']));
  });

  it('shows every category by more than colour: its own glyph in the label, at every zoom, and a dash on lines', () => {
    const label = layer(PROJECT_LAYERS.label);
    const text = paintOrLayout(label, 'layout', 'text-field');
    for (const zoom of [10, 12, 15]) {
      const glyphs = CATEGORIES.map((c) => String(text.evaluate({ zoom }, tileFeature(c, 'planned', [2023]))).trim().charAt(0));
      expect(new Set(glyphs).size, `zoom ${zoom}: ${glyphs.join('')}`).toBe(CATEGORIES.length);
      expect(glyphs.every((g) => g !== ''), `zoom ${zoom}`).toBe(true);
    }
    const dash = paintOrLayout(layer(PROJECT_LAYERS.line), 'paint', 'line-dasharray');
    const dashes = CATEGORIES.map((c) => JSON.stringify(dash.evaluate({ zoom: 14 }, tileFeature(c, 'planned', [2023], 2))));
    expect(new Set(dashes).size, dashes.join(' ')).toBeGreaterThanOrEqual(CATEGORIES.length - 1);
  });
  it('uses no legacy stops functions', () => {
    expect(JSON.stringify(buildStyle(options()))).not.toContain('"stops"');
  });

  it('switches label text to English names', () => {
    const fields = JSON.stringify(textFields(options(ALL, 'en')));
    expect(fields).toContain('name_en');
    expect(fields).not.toContain('name_zh');
  });
});

function projectStyleLayers(): LayerSpecification[] {
  return buildStyle(options()).layers.filter((l) => 'source' in l && l.source === SOURCE_PROJECT);
}

describe('the uncertainty ring', () => {
  // Built inside each test, so a mutant active only while tests run is seen.
  const ring = () => layer(PROJECT_LAYERS.uncertainty);

  it('is drawn only around points whose precision promises a tolerance, from street zooms', () => {
    const filter = layerFilter(ring());
    for (const precision of PRECISIONS) {
      expect(filter.filter({ zoom: 14 }, tileFeature('facility', 'planned', [2023], 1, precision)), precision).toBe(uncertaintyM(precision) > 0);
      expect(filter.filter({ zoom: 14 }, tileFeature('facility', 'planned', [2023], 3, precision)), `${precision} polygon`).toBe(false);
    }
    expect(ring().minzoom).toBeGreaterThanOrEqual(12);
    expect(ring().minzoom).toBeLessThanOrEqual(14);
  });

  it('has a radius of the tolerance in metres at the district latitude, at every zoom', () => {
    const radius = paintOrLayout(ring(), 'paint', 'circle-radius');
    for (const precision of ['street', 'approximate'] as const) {
      for (const zoom of [13, 13.5, 14.7, 16, 18]) {
        const px = radius.evaluate({ zoom }, tileFeature('park', 'planned', [2023], 1, precision));
        expect(px * metresPerPixel(30.59, zoom), `${precision} at z${zoom}`).toBeCloseTo(uncertaintyM(precision), -1);
      }
    }
  });

  it('is faint and vanishes with its feature when a filter hides it', () => {
    const stroke = paintOrLayout(ring(), 'paint', 'circle-stroke-opacity');
    const fill = paintOrLayout(ring(), 'paint', 'circle-opacity');
    const f = tileFeature('park', 'planned', [2023]);
    expect(stroke.evaluate({ zoom: 14 }, f, {})).toBeLessThanOrEqual(0.5);
    expect(fill.evaluate({ zoom: 14 }, f, {})).toBeLessThanOrEqual(0.05);
    expect(stroke.evaluate({ zoom: 14 }, f, { hidden: true })).toBe(0);
    expect(fill.evaluate({ zoom: 14 }, f, { hidden: true })).toBe(0);
  });
});

describe('filter expressions', () => {
  const samples = CATEGORIES.flatMap((c) => STATUSES.flatMap((s) => [[2022], [2023], [2022, 2023]].map((y) => ({ category: c, status: s, years: y }))));
  const filterSets: Filters[] = [
    ALL,
    { ...ALL, categories: ['road', 'park'] },
    { ...ALL, statuses: ['planned'] },
    { ...ALL, years: [2022] },
    { categories: ['renewal'], statuses: ['underway', 'completed'], years: [2023] },
    { ...ALL, categories: [] },
    { ...ALL, years: [] },
  ];

  it('agree with the list predicate for every category, status and year combination', () => {
    for (const filters of filterSets) {
      const compiled = featureFilter(projectFilter(filters), 'filter');
      for (const s of samples) {
        const onMap = compiled.filter({ zoom: 12 }, tileFeature(s.category, s.status, s.years));
        expect(onMap, `${JSON.stringify(filters)} ${JSON.stringify(s)}`).toBe(passesFilters(s, filters));
      }
    }
  });

  it('keep polygons, lines and points on their own layers', () => {
    const polygon = featureFilter(geometryFilter('polygon'), 'filter');
    const feature = (type: 1 | 2 | 3) => tileFeature('park', 'planned', [2023], type);
    expect(polygon.filter({ zoom: 12 }, feature(3))).toBe(true);
    expect(polygon.filter({ zoom: 12 }, feature(2))).toBe(false);
    const line = featureFilter(geometryFilter('line'), 'filter');
    expect(line.filter({ zoom: 12 }, feature(2))).toBe(true);
    expect(line.filter({ zoom: 12 }, feature(1))).toBe(false);
  });
});

describe('the whole style', () => {
  const style = (lang: 'zh' | 'en' = 'zh') => buildStyle(options(ALL, lang));
  const ids = () => style().layers.map((l) => l.id);

  it('puts the near-me circle under the project layers and its outline and centre over them', () => {
    const at = (id: string) => ids().indexOf(id);
    const project = PROJECT_LAYER_IDS.map(at);
    expect(at(NEAR_LAYERS.fill)).toBeGreaterThan(at(BASEMAP_STYLE_LAYERS.neighbour));
    expect(at(NEAR_LAYERS.fill)).toBeLessThan(Math.min(...project));
    expect(at(NEAR_LAYERS.line)).toBeGreaterThan(Math.max(...project));
    expect(at(NEAR_LAYERS.point)).toBeGreaterThan(at(NEAR_LAYERS.line));
    expect(ids()[0]).toBe(BASEMAP_STYLE_LAYERS.background);
  });

  it('draws the near-me circle as an area and its centre as a point, in the near-me colour', () => {
    const fill = layer(NEAR_LAYERS.fill);
    const line = layer(NEAR_LAYERS.line);
    const point = layer(NEAR_LAYERS.point);
    const circle = basemapFeature({}, 'Polygon');
    const centre = basemapFeature({}, 'Point');
    expect(layerFilter(fill).filter({ zoom: 14 }, circle)).toBe(true);
    expect(layerFilter(fill).filter({ zoom: 14 }, centre)).toBe(false);
    expect(layerFilter(line).filter({ zoom: 14 }, circle)).toBe(true);
    expect(layerFilter(line).filter({ zoom: 14 }, centre)).toBe(false);
    expect(layerFilter(point).filter({ zoom: 14 }, centre)).toBe(true);
    expect(layerFilter(point).filter({ zoom: 14 }, circle)).toBe(false);
    const near = paintOrLayout(fill, 'paint', 'fill-color').evaluate({ zoom: 14 }).toString();
    expect(paintOrLayout(line, 'paint', 'line-color').evaluate({ zoom: 14 }).toString()).toBe(near);
    expect(paintOrLayout(point, 'paint', 'circle-color').evaluate({ zoom: 14 }).toString()).toBe(near);
    expect(paintOrLayout(fill, 'paint', 'fill-color').evaluate({ zoom: 14 }).toString()).toBe(paintOrLayout({ id: 'c', type: 'background', paint: { 'background-color': NEAR_COLOR } }, 'paint', 'background-color').evaluate({ zoom: 0 }).toString());
  });

  it('reads the two archives at the URLs given, crediting them only through the map credit line', () => {
    const s = style();
    expect(s.sources[SOURCE_PROJECT]).toEqual({ type: 'vector', url: 'pmtiles://http://localhost/tiles/project.pmtiles', attribution: '' });
    expect(s.sources[SOURCE_BASEMAP]).toEqual({ type: 'vector', url: 'pmtiles://http://localhost/tiles/basemap.pmtiles', attribution: '' });
    expect(s.sources[SOURCE_NEAR]).toEqual({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  });

  it('credits the map in Chinese and in English', () => {
    expect(ATTRIBUTION.zh).toMatch(/^示意底图:硚口城市更新地图/);
    expect(ATTRIBUTION.zh).toContain('硚口区人民政府');
    expect(ATTRIBUTION.en).toMatch(/^Schematic basemap: Qiaokou Renewal Map/);
    expect(ATTRIBUTION.en).toContain("Qiaokou District People's Government");
    expect(ATTRIBUTION.en).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('takes the online street map from the OpenStreetMap tile server, faded under the project, with its credit linked', () => {
    expect(OSM_SOURCE.tiles).toEqual(['https://tile.openstreetmap.org/{z}/{x}/{y}.png']);
    expect(OSM_SOURCE.attribution).toContain('<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>');
    expect('source' in OSM_LAYER && OSM_LAYER.source).toBe(SOURCE_OSM);
    expect(OSM_LAYER.type).toBe('raster');
  });

  it('fades and greys the online street map so the project stays on top', () => {
    const paint = OSM_LAYER.paint as Record<string, number> | undefined;
    expect(paint?.['raster-opacity']).toBeLessThan(1);
    expect(paint?.['raster-saturation']).toBeLessThan(0);
  });

  it('draws the near-me circle dashed', () => {
    const dash = (layer(NEAR_LAYERS.line) as { paint: { 'line-dasharray': number[] } }).paint['line-dasharray'];
    expect(dash.length).toBeGreaterThanOrEqual(2);
  });

  it('fills areas without an antialiasing pass: their edges are drawn by line layers', () => {
    const fills = style().layers.filter((l) => l.type === 'fill');
    expect(fills.length).toBeGreaterThanOrEqual(4);
    for (const l of fills) expect((l.paint as { 'fill-antialias'?: unknown } | undefined)?.['fill-antialias'], l.id).toBe(false);
  });

  it('gives the language switch the text field of every symbol layer and of nothing else', () => {
    const fields = textFields(options(ALL, 'en'));
    const symbols = style('en').layers.filter((l) => l.type === 'symbol');
    expect(fields.map(([id]) => id)).toEqual(symbols.map((l) => l.id));
    for (const [id, field] of fields) expect(field, id).toEqual((symbols.find((l) => l.id === id) as { layout: { 'text-field': unknown } }).layout['text-field']);
  });
});
