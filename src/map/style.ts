import type { LayerSpecification, RasterSourceSpecification, StyleSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { Filters } from '../lib/filter';
import type { Lang } from '../lib/i18n';
import { LAYER_OSM, NEAR_LAYERS, SOURCE_BASEMAP, SOURCE_NEAR, SOURCE_OSM, SOURCE_PROJECT } from './ids';
import { BASEMAP_COLORS, NEAR_COLOR } from './palette';
import { basemapLayers } from './style-basemap';
import { projectLayers } from './style-project';

/** The map's credit line in each language; the archives' own (mixed-language) credits are left out of the style for it. */
export const ATTRIBUTION: Record<Lang, string> = {
  zh: '示意底图:硚口城市更新地图,参照 © OpenStreetMap 贡献者描绘(ODbL)· 地标:维基数据(CC0)· 报告:硚口区人民政府',
  en: "Schematic basemap: Qiaokou Renewal Map, traced against © OpenStreetMap contributors (ODbL) · Landmarks: Wikidata (CC0) · Report: Qiaokou District People's Government",
};
export const OSM_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

export interface StyleOptions {
  /** Absolute URLs of the two archives, as `pmtiles://…`. */
  projectUrl: string;
  basemapUrl: string;
  filters: Filters;
  lang: Lang;
}

/** The online street map, added only when the user picks it. */
export const OSM_SOURCE: RasterSourceSpecification = {
  type: 'raster',
  tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
  tileSize: 256,
  maxzoom: 19,
  attribution: OSM_ATTRIBUTION,
};

export const OSM_LAYER: LayerSpecification = {
  id: LAYER_OSM,
  type: 'raster',
  source: SOURCE_OSM,
  paint: { 'raster-opacity': 0.85, 'raster-saturation': -0.6 },
};

/** The near-me circle (under the project layers) and its outline and centre (over them). */
const nearLayers: [LayerSpecification, ...LayerSpecification[]] = [
  { id: NEAR_LAYERS.fill, type: 'fill', source: SOURCE_NEAR, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': NEAR_COLOR, 'fill-opacity': 0.06, 'fill-antialias': false } },
  { id: NEAR_LAYERS.line, type: 'line', source: SOURCE_NEAR, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'line-color': NEAR_COLOR, 'line-width': 2, 'line-dasharray': [3, 2] } },
  {
    id: NEAR_LAYERS.point,
    type: 'circle',
    source: SOURCE_NEAR,
    filter: ['==', ['geometry-type'], 'Point'],
    paint: { 'circle-radius': 8, 'circle-color': NEAR_COLOR, 'circle-stroke-color': BASEMAP_COLORS.halo, 'circle-stroke-width': 3 },
  },
];

/** The whole style, built from the palette: embedded basemap below, project layers above. */
export function buildStyle(o: StyleOptions): StyleSpecification {
  return {
    version: 8,
    // Stryker disable next-line StringLiteral: the style's name is metadata that neither MapLibre nor the app reads
    name: 'qiaokou-renewal',
    sources: {
      [SOURCE_BASEMAP]: { type: 'vector', url: o.basemapUrl, attribution: '' },
      [SOURCE_PROJECT]: { type: 'vector', url: o.projectUrl, attribution: '' },
      [SOURCE_NEAR]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [...basemapLayers(o.lang), nearLayers[0], ...projectLayers(o.filters, o.lang), ...nearLayers.slice(1)],
  };
}

/** The text-field of every symbol layer for a language, for the language switch. */
export function textFields(o: StyleOptions): Array<[string, NonNullable<SymbolLayerSpecification['layout']>['text-field']]> {
  return buildStyle(o)
    .layers.filter((l): l is SymbolLayerSpecification => l.type === 'symbol')
    // Stryker disable next-line OptionalChaining: every symbol layer of the style has a layout
    .map((l) => [l.id, l.layout?.['text-field']]);
}
