import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { type Filters, passesFilters } from '../src/lib/filter';
import { geometryFilter, projectFilter } from '../src/map/filters';
import { PROJECT_LAYER_IDS } from '../src/map/ids';
import { CATEGORY_LOOK } from '../src/map/palette';
import { buildStyle, OSM_LAYER, OSM_SOURCE, textFields } from '../src/map/style';
import { CATEGORIES, type Category, STATUSES, type Status, YEARS } from '../src/schema/feature';

const ALL: Filters = { categories: CATEGORIES, statuses: STATUSES, years: YEARS };
const options = (filters: Filters = ALL, lang: 'zh' | 'en' = 'zh') => ({ projectUrl: 'pmtiles://http://localhost/tiles/project.pmtiles', basemapUrl: 'pmtiles://http://localhost/tiles/basemap.pmtiles', filters, lang });

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

  it('uses no legacy stops functions', () => {
    expect(JSON.stringify(buildStyle(options()))).not.toContain('"stops"');
  });

  it('switches label text to English names', () => {
    const fields = JSON.stringify(textFields(options(ALL, 'en')));
    expect(fields).toContain('name_en');
    expect(fields).not.toContain('name_zh');
  });
});

/** A tile feature as the filter sees it. */
function tileFeature(category: Category, status: Status, years: number[], type: 1 | 2 | 3 = 1) {
  return { type, id: 1, properties: { category, status, y2022: years.includes(2022), y2023: years.includes(2023) }, geometry: [] };
}

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
