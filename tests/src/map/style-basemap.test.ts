import { describe, expect, it } from 'vitest';
import { ARCHIVE_LAYERS, BASEMAP_STYLE_LAYERS as L, LAYER_LANDMARK, SOURCE_BASEMAP } from '../../../src/map/ids';
import { BASEMAP_COLORS, LANDMARK_LOOK } from '../../../src/map/palette';
import { buildStyle, textFields } from '../../../src/map/style';
import { basemapFeature, layer, layerFilter, options, paintOrLayout } from '../../helpers/style-eval';

const road = (kind: string, name_zh?: string) => basemapFeature({ kind, ...(name_zh ? { name_zh, name_en: 'Road' } : {}) });
const value = (id: string, part: 'paint' | 'layout', name: string, zoom: number, feature: ReturnType<typeof road>) => paintOrLayout(layer(id), part, name).evaluate({ zoom }, feature);
const colour = (hex: string) => paintOrLayout({ id: 'c', type: 'background', paint: { 'background-color': hex } }, 'paint', 'background-color').evaluate({ zoom: 0 }).toString();

describe('roads', () => {
  it('draw main roads (expressway, primary, bridge) in their own colour and casing, the rest white', () => {
    for (const kind of ['expressway', 'primary', 'bridge']) {
      expect(value(L.road, 'paint', 'line-color', 14, road(kind)).toString(), kind).toBe(colour(BASEMAP_COLORS.roadMajor));
      expect(value(L.roadCasing, 'paint', 'line-color', 14, road(kind)).toString(), kind).toBe(colour(BASEMAP_COLORS.roadMajorCasing));
    }
    for (const kind of ['secondary', 'residential']) {
      expect(value(L.road, 'paint', 'line-color', 14, road(kind)).toString(), kind).toBe(colour(BASEMAP_COLORS.road));
      expect(value(L.roadCasing, 'paint', 'line-color', 14, road(kind)).toString(), kind).toBe(colour(BASEMAP_COLORS.roadCasing));
    }
  });

  it('are wider by rank and with zoom, each inside a casing 1.5 px wider', () => {
    for (const zoom of [10, 13, 16]) {
      const width = (kind: string, id: string = L.road) => value(id, 'paint', 'line-width', zoom, road(kind));
      expect(width('primary'), `z${zoom}`).toBeGreaterThan(width('secondary'));
      expect(width('secondary'), `z${zoom}`).toBeGreaterThan(width('residential'));
      for (const kind of ['primary', 'secondary', 'residential']) expect(width(kind, L.roadCasing) - width(kind), `${kind} z${zoom}`).toBeCloseTo(1.5, 10);
    }
    expect(value(L.road, 'paint', 'line-width', 16, road('residential'))).toBeGreaterThan(value(L.road, 'paint', 'line-width', 10, road('primary')));
  });

  it('are named from zoom 13 if main, 14 if secondary, 15 otherwise, main names placed first', () => {
    const named = layerFilter(layer(L.roadLabel));
    for (const [kind, from] of [
      ['primary', 13],
      ['secondary', 14],
      ['residential', 15],
    ] as const) {
      expect(named.filter({ zoom: from - 0.1 }, road(kind, '路')), `${kind} below ${from}`).toBe(false);
      expect(named.filter({ zoom: from }, road(kind, '路')), `${kind} at ${from}`).toBe(true);
    }
    expect(named.filter({ zoom: 16 }, road('primary')), 'a road with no name').toBe(false);
    const sort = (kind: string) => value(L.roadLabel, 'layout', 'symbol-sort-key', 14, road(kind, '路'));
    expect(sort('primary')).toBeLessThan(sort('secondary'));
    expect(sort('secondary')).toBeLessThan(sort('residential'));
  });
});

describe('basemap layers by kind', () => {
  it('keep each metro kind and label kind on its own layer', () => {
    const owners: Array<[string, string]> = [
      [L.metro, 'line'],
      [L.metroPlanned, 'line-planned'],
      [L.station, 'station'],
      [L.stationLabel, 'station'],
      [L.riverLabel, 'river-label'],
      [L.subdistrict, 'subdistrict'],
      [L.neighbour, 'neighbour'],
    ];
    const kinds = ['line', 'line-planned', 'station', 'river-label', 'subdistrict', 'neighbour'];
    for (const [id, own] of owners) {
      const filter = layerFilter(layer(id));
      for (const k of kinds) expect(filter.filter({ zoom: 14 }, basemapFeature({ kind: k, name_zh: '名' })), `${id} ${k}`).toBe(k === own);
    }
  });

  it('labels only named water', () => {
    const filter = layerFilter(layer(L.waterLabel));
    expect(filter.filter({ zoom: 14 }, basemapFeature({ name_zh: '汉江' }, 'Polygon'))).toBe(true);
    expect(filter.filter({ zoom: 14 }, basemapFeature({ name_zh: '' }, 'Polygon'))).toBe(false);
  });

  it('names places in the chosen language on every basemap label layer', () => {
    const place = basemapFeature({ kind: 'station', name_zh: '宗关', name_en: 'Zongguan' }, 'Point');
    for (const lang of ['zh', 'en'] as const) {
      for (const id of [L.waterLabel, L.riverLabel, L.roadLabel, L.stationLabel, L.subdistrict, L.neighbour]) {
        expect(paintOrLayout(layer(id, lang), 'layout', 'text-field').evaluate({ zoom: 14 }, place).toString(), `${id} ${lang}`).toBe(lang === 'zh' ? '宗关' : 'Zongguan');
      }
    }
  });

  it('gives every symbol layer a text field in the language switch', () => {
    const ids = textFields(options()).map(([id]) => id);
    expect(ids).toContain(L.roadLabel);
    expect(ids).toContain(LAYER_LANDMARK);
    expect(ids).not.toContain(L.road);
  });
});

describe('landmarks', () => {
  const text = (zoom: number, properties: Record<string, unknown>, lang: 'zh' | 'en' = 'zh') =>
    paintOrLayout(layer(LAYER_LANDMARK, lang), 'layout', 'text-field').evaluate({ zoom }, basemapFeature(properties, 'Point')).toString();

  it('show the glyph alone below zoom 14, and the name under it from there', () => {
    const hospital = { kind: 'hospital', name_zh: '协和医院', name_en: 'Union Hospital' };
    expect(text(13.9, hospital)).toBe(LANDMARK_LOOK.hospital.glyph);
    expect(text(14, hospital)).toBe(`${LANDMARK_LOOK.hospital.glyph}\n协和医院`);
    expect(text(14, hospital, 'en')).toBe(`${LANDMARK_LOOK.hospital.glyph}\nUnion Hospital`);
    expect(text(14, { kind: 'hospital' }, 'en'), 'no name').toBe(`${LANDMARK_LOOK.hospital.glyph}\n`);
  });

  it('mark an unknown kind with a dot in the label colour', () => {
    expect(text(13, { kind: 'spaceport' })).toBe('·');
    const color = paintOrLayout(layer(LAYER_LANDMARK), 'paint', 'text-color');
    expect(color.evaluate({ zoom: 14 }, basemapFeature({ kind: 'spaceport' }, 'Point')).toString()).toBe(colour(BASEMAP_COLORS.label));
    expect(color.evaluate({ zoom: 14 }, basemapFeature({ kind: 'lake' }, 'Point')).toString()).toBe(colour(LANDMARK_LOOK.lake.color));
  });
});

describe('basemap sources', () => {
  it('reads every layer of the basemap archive, and only those', () => {
    const read = buildStyle(options())
      .layers.filter((l) => 'source' in l && l.source === SOURCE_BASEMAP)
      .map((l) => ('source-layer' in l ? l['source-layer'] : undefined));
    for (const sourceLayer of read) expect(ARCHIVE_LAYERS.basemap, String(sourceLayer)).toContain(sourceLayer);
    expect(new Set(read)).toEqual(new Set(ARCHIVE_LAYERS.basemap));
  });

  it('reads roads, water and metro from their own archive layers', () => {
    const sourceLayer = (id: string) => (layer(id) as { 'source-layer'?: string })['source-layer'];
    expect(sourceLayer(L.road)).toBe('roads');
    expect(sourceLayer(L.roadCasing)).toBe('roads');
    expect(sourceLayer(L.roadLabel)).toBe('roads');
    expect(sourceLayer(L.water)).toBe('water');
    expect(sourceLayer(L.waterLabel)).toBe('water');
    expect(sourceLayer(L.districtFill)).toBe('district');
    expect(sourceLayer(L.districtLine)).toBe('district');
    expect(sourceLayer(L.station)).toBe('metro');
    expect(sourceLayer(L.subdistrict)).toBe('labels');
    expect(sourceLayer(LAYER_LANDMARK)).toBe('landmarks');
  });

  it('sets a landmark glyph larger than its name at street zooms', () => {
    const text = paintOrLayout(layer(LAYER_LANDMARK), 'layout', 'text-field').evaluate({ zoom: 15 }, basemapFeature({ kind: 'museum', name_zh: '博物馆' }, 'Point')) as { sections: Array<{ text: string; scale: number | null }> };
    const glyph = text.sections.find((x) => x.text === LANDMARK_LOOK.museum.glyph);
    const name = text.sections.find((x) => x.text === '博物馆');
    expect(glyph?.scale ?? 1).toBeGreaterThan(1);
    expect(name?.scale ?? 1).toBeLessThan(1);
  });

  it('sets a landmark glyph on its point, its name below, and a station name below the station', () => {
    const layout = (id: string) => (layer(id) as { layout?: Record<string, unknown> }).layout;
    expect(layout(LAYER_LANDMARK)?.['text-anchor']).toBe('top');
    const [lx, ly] = (layout(LAYER_LANDMARK)?.['text-offset'] ?? []) as [number, number];
    expect(lx).toBe(0);
    expect(ly).toBeLessThan(0);
    expect(layout(L.stationLabel)?.['text-anchor']).toBe('top');
    const [sx, sy] = (layout(L.stationLabel)?.['text-offset'] ?? []) as [number, number];
    expect(sx).toBe(0);
    expect(sy).toBeGreaterThan(0);
  });

  it('places road names along the road', () => {
    expect((layer(L.roadLabel) as { layout?: Record<string, unknown> }).layout?.['symbol-placement']).toBe('line');
  });
});

describe('basemap colours', () => {
  const C = BASEMAP_COLORS;
  const anywhere = basemapFeature({ kind: 'station', name_zh: '名' }, 'Point');
  const paintOf = (id: string, name: string) => value(id, 'paint', name, 14, anywhere).toString();

  it('paints each layer in its palette colour', () => {
    const expected: Array<[string, string, string]> = [
      [L.background, 'background-color', C.outside],
      [L.districtFill, 'fill-color', C.district],
      [L.water, 'fill-color', C.water],
      [L.districtLine, 'line-color', C.districtLine],
      [L.metro, 'line-color', C.metro],
      [L.metroPlanned, 'line-color', C.metroPlanned],
      [L.station, 'circle-color', C.station],
      [L.station, 'circle-stroke-color', C.metro],
      [L.waterLabel, 'text-color', C.waterLabel],
      [L.riverLabel, 'text-color', C.waterLabel],
      [L.roadLabel, 'text-color', C.roadLabel],
      [L.stationLabel, 'text-color', C.metro],
      [L.subdistrict, 'text-color', C.label],
      [L.neighbour, 'text-color', C.neighbourLabel],
      [L.neighbour, 'text-halo-color', C.outside],
    ];
    for (const [id, name, hex] of expected) expect(paintOf(id, name), `${id} ${name}`).toBe(colour(hex));
  });

  it('haloes every label but the neighbours in the paper colour', () => {
    for (const id of [L.waterLabel, L.riverLabel, L.roadLabel, L.stationLabel, L.subdistrict, LAYER_LANDMARK]) {
      expect(paintOf(id, 'text-halo-color'), id).toBe(colour(C.halo));
      expect(value(id, 'paint', 'text-halo-width', 14, anywhere), id).toBeGreaterThan(0);
    }
  });

  it('dashes the district line and planned metro lines, not built ones', () => {
    const dash = (id: string) => (layer(id) as { paint?: Record<string, unknown> }).paint?.['line-dasharray'];
    expect(dash(L.districtLine)).toEqual(expect.arrayContaining([expect.any(Number)]));
    expect(dash(L.metroPlanned)).toEqual(expect.arrayContaining([expect.any(Number)]));
    expect(dash(L.metro)).toBeUndefined();
  });
});
