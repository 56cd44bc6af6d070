import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Filters } from '../lib/filter';
import type { Lang } from '../lib/i18n';
import { CATEGORIES, PRECISIONS, type Precision } from '../schema/constants';
import { DISTRICT_CENTRE, VIEW_LIMITS } from '../schema/district';
import { uncertaintyM } from '../schema/precision';
import { PROJECT_TILE_LAYER } from '../schema/tile';
import { geometryFilter, projectFilter } from './filters';
import { PROJECT_LAYERS, SOURCE_PROJECT } from './ids';
import { BASEMAP_COLORS, CATEGORY_LOOK, type CategoryLook, ON_CATEGORY } from './palette';
import { metresToPixels } from './scale';

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hovered'], false];
const dimmed: ExpressionSpecification = ['boolean', ['feature-state', 'dimmed'], false];
const hidden: ExpressionSpecification = ['boolean', ['feature-state', 'hidden'], false];
const isPoint: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];

/**
 * Opacity that is 0 for features a filter has just hidden (feature-state, so
 * the very next frame shows the change; the label filter catches up after)
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

type Output = string | number | ExpressionSpecification;

/** `['match', ['get', field], k1, v1, k2, v2, …, fallback]`; the spec's tuple type cannot spell a variable number of cases. */
function matchOn(field: string, cases: ReadonlyArray<readonly [string, Output]>, fallback: Output): ExpressionSpecification {
  return ['match', ['get', field], ...cases.flat(), fallback] as unknown as ExpressionSpecification;
}

/** A value per category, read from the palette by the feature's `category`. */
const byCategory = (pick: (look: CategoryLook) => Output, fallback: Output) => matchOn('category', CATEGORIES.map((c) => [c, pick(CATEGORY_LOOK[c])]), fallback);

export const categoryColor = byCategory((l) => l.color, BASEMAP_COLORS.label);
export const categoryGlyph = byCategory((l) => l.glyph, '');
/** Solid is a dash with no gap: a data-driven dasharray needs an array for every feature. */
export const categoryDash = byCategory((l) => ['literal', l.dash.length ? l.dash : [1, 0]], ['literal', [1, 0]]);

/** Label text: the category glyph alone when zoomed out, glyph and name when in. */
export function labelText(lang: Lang): ExpressionSpecification {
  return ['step', ['zoom'], categoryGlyph, 14, ['concat', categoryGlyph, ' ', ['get', lang === 'zh' ? 'name_zh' : 'name_en']]];
}

/** Precisions whose points draw an uncertainty ring, and the ring's radius in metres by the feature's `precision`. */
const UNCERTAIN: Precision[] = PRECISIONS.filter((p) => uncertaintyM(p) > 0);
export const uncertaintyMetres = matchOn('precision', UNCERTAIN.map((p) => [p, uncertaintyM(p)]), 0);

/** From this zoom a street's or a vicinity's tolerance is larger than the point itself. */
export const UNCERTAINTY_MIN_ZOOM = 13;

const base = { source: SOURCE_PROJECT, 'source-layer': PROJECT_TILE_LAYER };

/**
 * The whole project in six data-driven layers reading one tile layer: a faint
 * uncertainty ring around points placed to a street or a vicinity, area
 * fills, their outlines, lines, points, and one label layer. Category shows
 * by colour, by glyph and, on lines and outlines, by dash.
 */
export function projectLayers(filters: Filters, lang: Lang): LayerSpecification[] {
  return [
    {
      ...base,
      id: PROJECT_LAYERS.uncertainty,
      type: 'circle',
      minzoom: UNCERTAINTY_MIN_ZOOM,
      filter: ['all', geometryFilter('point'), ['in', ['get', 'precision'], ['literal', UNCERTAIN]]] as FilterSpecification,
      paint: {
        'circle-radius': metresToPixels(uncertaintyMetres, DISTRICT_CENTRE[1], [UNCERTAINTY_MIN_ZOOM, VIEW_LIMITS.maxZoom]),
        'circle-color': categoryColor,
        // Rings of neighbouring places overlap: a fill this faint stays faint where several stack.
        'circle-opacity': fade(0.025, 0.01),
        'circle-stroke-color': categoryColor,
        'circle-stroke-width': 1,
        'circle-stroke-opacity': fade(0.5, 0.15),
        'circle-pitch-alignment': 'map',
      },
    },
    {
      ...base,
      id: PROJECT_LAYERS.fill,
      type: 'fill',
      filter: geometryFilter('polygon'),
      // Sketched extents ("area") are fainter: several can cover one zone, and the streets must show through.
      // The outline layer draws the edge, so the fill needs no antialiasing pass of its own.
      paint: { 'fill-antialias': false, 'fill-color': categoryColor, 'fill-opacity': ['case', hidden, 0, selected, 0.4, hovered, 0.3, ['==', ['get', 'precision'], 'area'], fade(0.1, 0.03), fade(0.2, 0.05)] },
    },
    {
      ...base,
      id: PROJECT_LAYERS.outline,
      type: 'line',
      filter: geometryFilter('polygon'),
      paint: {
        'line-color': ['case', selected, BASEMAP_COLORS.highlight, categoryColor],
        // Widths by zoom like the line layer's, so both draw with one shader program.
        'line-width': sized(1.5, 2, 1),
        'line-opacity': fade(0.95, 0.25),
        'line-dasharray': categoryDash,
      },
    },
    {
      ...base,
      id: PROJECT_LAYERS.line,
      type: 'line',
      filter: geometryFilter('line'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': ['case', selected, BASEMAP_COLORS.highlight, categoryColor],
        'line-width': sized(2.5, 5, 1.5),
        'line-opacity': fade(0.95, 0.25),
        'line-dasharray': categoryDash,
      },
    },
    {
      ...base,
      id: PROJECT_LAYERS.point,
      type: 'circle',
      filter: geometryFilter('point'),
      paint: {
        'circle-color': categoryColor,
        'circle-radius': sized(8, 11, 1.5),
        'circle-stroke-color': ['case', selected, BASEMAP_COLORS.highlight, ON_CATEGORY],
        'circle-stroke-width': ['case', selected, 3, 1.5],
        'circle-opacity': fade(0.95, 0.3),
        'circle-stroke-opacity': fade(1, 0.3),
      },
    },
    {
      ...base,
      id: PROJECT_LAYERS.label,
      type: 'symbol',
      // Labels are filtered in the layout too, so a hidden place's label leaves room for others.
      filter: projectFilter(filters),
      layout: {
        'text-field': labelText(lang),
        'text-size': ['interpolate', ['linear'], ['zoom'], 10, 11, 16, 14],
        'text-allow-overlap': false,
        'text-padding': 1,
        'symbol-placement': 'point',
        'text-max-width': 8,
      },
      paint: {
        'text-color': ['case', isPoint, ON_CATEGORY, categoryColor],
        'text-halo-color': ['case', isPoint, categoryColor, ON_CATEGORY],
        'text-halo-width': 1.5,
        'text-opacity': fade(1, 0.3),
      },
    },
  ];
}
