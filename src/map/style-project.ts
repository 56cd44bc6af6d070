import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Filters } from '../lib/filter';
import type { Lang } from '../lib/i18n';
import { CATEGORIES, type Category } from '../schema/constants';
import { geometryFilter, projectFilter } from './filters';
import { projectLayerId, SOURCE_PROJECT } from './ids';
import { BASEMAP_COLORS, CATEGORY_LOOK } from './palette';

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hovered'], false];
const dimmed: ExpressionSpecification = ['boolean', ['feature-state', 'dimmed'], false];

const hidden: ExpressionSpecification = ['boolean', ['feature-state', 'hidden'], false];

/**
 * Opacity that is 0 for features a filter has just hidden (feature-state, so
 * the very next frame shows the change; the layer filter catches up after)
 * and drops for features outside the near-me circle.
 */
const fade = (full: number, dim: number): ExpressionSpecification => ['case', hidden, 0, dimmed, dim, full];

/** A size that grows with zoom, larger when hovered and larger still when selected. */
const sized = (atZ10: number, atZ16: number, boost: number): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  10,
  ['case', selected, atZ10 + boost * 2, hovered, atZ10 + boost, atZ10],
  16,
  ['case', selected, atZ16 + boost * 2, hovered, atZ16 + boost, atZ16],
];

/** Label text: the category glyph alone when zoomed out, glyph and name when in. */
export function labelText(category: Category, lang: Lang): ExpressionSpecification {
  const glyph = CATEGORY_LOOK[category].glyph;
  return ['step', ['zoom'], glyph, 14, ['concat', glyph, ' ', ['get', lang === 'zh' ? 'name_zh' : 'name_en']]];
}

function categoryLayers(category: Category, filters: Filters, lang: Lang): LayerSpecification[] {
  const { color, dash } = CATEGORY_LOOK[category];
  const base = { source: SOURCE_PROJECT, 'source-layer': category };
  return [
    {
      ...base,
      id: projectLayerId(category, 'fill'),
      type: 'fill',
      filter: geometryFilter('polygon'),
      // Sketched extents ("area") are fainter: several can cover one zone, and the streets must show through.
      paint: { 'fill-color': color, 'fill-opacity': ['case', hidden, 0, selected, 0.4, hovered, 0.3, ['==', ['get', 'precision'], 'area'], fade(0.1, 0.03), fade(0.2, 0.05)] },
    },
    {
      ...base,
      id: projectLayerId(category, 'outline'),
      type: 'line',
      filter: geometryFilter('polygon'),
      paint: {
        'line-color': ['case', selected, BASEMAP_COLORS.highlight, color],
        'line-width': ['case', selected, 3.5, hovered, 2.5, 1.5],
        'line-opacity': fade(0.95, 0.25),
        ...(dash.length ? { 'line-dasharray': ['literal', dash] as ExpressionSpecification } : {}),
      },
    },
    {
      ...base,
      id: projectLayerId(category, 'line'),
      type: 'line',
      filter: geometryFilter('line'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': ['case', selected, BASEMAP_COLORS.highlight, color],
        'line-width': sized(2.5, 5, 1.5),
        'line-opacity': fade(0.95, 0.25),
        ...(dash.length ? { 'line-dasharray': ['literal', dash] as ExpressionSpecification } : {}),
      },
    },
    {
      ...base,
      id: projectLayerId(category, 'point'),
      type: 'circle',
      filter: geometryFilter('point'),
      paint: {
        'circle-color': color,
        'circle-radius': sized(8, 11, 1.5),
        'circle-stroke-color': ['case', selected, BASEMAP_COLORS.highlight, '#ffffff'],
        'circle-stroke-width': ['case', selected, 3, 1.5],
        'circle-opacity': fade(0.95, 0.3),
        'circle-stroke-opacity': fade(1, 0.3),
      },
    },
    {
      ...base,
      id: projectLayerId(category, 'label'),
      type: 'symbol',
      // Labels are filtered in the layout too, so a hidden place's label leaves room for others.
      filter: projectFilter(filters),
      layout: {
        'text-field': labelText(category, lang),
        'text-size': ['interpolate', ['linear'], ['zoom'], 10, 11, 16, 14],
        'text-allow-overlap': false,
        'text-padding': 1,
        'symbol-placement': 'point',
        'text-max-width': 8,
      },
      paint: {
        'text-color': ['match', ['geometry-type'], ['Point', 'MultiPoint'], '#ffffff', color],
        'text-halo-color': ['match', ['geometry-type'], ['Point', 'MultiPoint'], color, '#ffffff'],
        'text-halo-width': 1.5,
        'text-opacity': fade(1, 0.3),
      },
    },
  ];
}

/** Every project layer, grouped by kind so areas sit under lines under points. */
export function projectLayers(filters: Filters, lang: Lang): LayerSpecification[] {
  const all = CATEGORIES.map((c) => categoryLayers(c, filters, lang));
  return [0, 1, 2, 3, 4].flatMap((i) => all.map((layers) => layers[i] as LayerSpecification));
}
