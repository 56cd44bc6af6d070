import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { Filters } from '../lib/filter';

/** The style-expression twin of `passesFilters`: category, status and report year. */
export function projectFilter(f: Filters): ExpressionSpecification {
  return [
    'all',
    ['in', ['get', 'category'], ['literal', [...f.categories]]],
    ['in', ['get', 'status'], ['literal', [...f.statuses]]],
    ['any', false, ...f.years.map((y): ExpressionSpecification => ['==', ['get', `y${y}`], true])],
  ];
}

export type GeometryKind = 'polygon' | 'line' | 'point' | 'any';

const GEOMETRY: Record<Exclude<GeometryKind, 'any'>, ExpressionSpecification> = {
  polygon: ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]],
  line: ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]],
  point: ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]],
};

/** A layer's full filter: its geometry kind and the user's filters. */
export function layerFilter(kind: GeometryKind, f: Filters): FilterSpecification {
  return kind === 'any' ? projectFilter(f) : ['all', GEOMETRY[kind], projectFilter(f)];
}
