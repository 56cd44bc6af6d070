import { describe, expect, it } from 'vitest';
import { LAYER_LANDMARK, SOURCE_PROJECT } from '../../../src/map/ids';
import { LANDMARK_LOOK } from '../../../src/map/palette';
import { ATTRIBUTION, buildStyle } from '../../../src/map/style';
import { LANDMARK_KINDS } from '../../../src/schema/basemap';
import { CATEGORIES, STATUSES, YEARS } from '../../../src/schema/feature';

const style = (lang: 'zh' | 'en' = 'zh') =>
  buildStyle({
    projectUrl: 'pmtiles://http://localhost/tiles/project.pmtiles',
    basemapUrl: 'pmtiles://http://localhost/tiles/basemap.pmtiles',
    filters: { categories: CATEGORIES, statuses: STATUSES, years: YEARS },
    lang,
  });

describe('landmark layer', () => {
  it('lies below every project layer, so project labels are placed first and win the space', () => {
    const layers = style().layers;
    const at = layers.findIndex((l) => l.id === LAYER_LANDMARK);
    const firstProject = layers.findIndex((l) => 'source' in l && l.source === SOURCE_PROJECT);
    expect(at).toBeGreaterThan(-1);
    expect(firstProject).toBeGreaterThan(at);
  });

  it('is a quiet symbol from street zooms, thinned by collision in rank order', () => {
    const layer = style().layers.find((l) => l.id === LAYER_LANDMARK);
    expect(layer?.type).toBe('symbol');
    if (layer?.type !== 'symbol') return;
    expect(layer.minzoom).toBeGreaterThanOrEqual(13);
    expect(layer.layout?.['symbol-sort-key']).toEqual(['get', 'rank']);
    expect(layer.layout?.['text-allow-overlap']).not.toBe(true);
    expect(layer.layout?.['text-ignore-placement']).not.toBe(true);
  });

  it('gives each kind of landmark its own glyph', () => {
    const glyphs = LANDMARK_KINDS.map((k) => LANDMARK_LOOK[k].glyph);
    expect(new Set(glyphs).size).toBe(LANDMARK_KINDS.length);
    const field = JSON.stringify(style().layers.find((l) => l.id === LAYER_LANDMARK));
    for (const g of glyphs) expect(field).toContain(`"${g}"`);
  });

  it('names Wikidata (CC0) beside OpenStreetMap in the attribution', () => {
    for (const line of Object.values(ATTRIBUTION)) {
      expect(line).toMatch(/OpenStreetMap/);
      expect(line).toMatch(/(Wikidata|维基数据).*CC0/);
    }
  });
});
