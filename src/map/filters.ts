import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { Filters } from '../lib/filter';
import { yearField } from '../schema/tile';

/** The style-expression twin of `passesFilters`: category, status and report year. */
export function projectFilter(f: Filters): ExpressionSpecification {
  return [
    'all',
    ['in', ['get', 'category'], ['literal', [...f.categories]]],
    ['in', ['get', 'status'], ['literal', [...f.statuses]]],
    ['any', false, ...f.years.map((y): ExpressionSpecification => ['==', ['get', yearField(y)], true])],
  ];
}

export type GeometryKind = 'polygon' | 'line' | 'point';

const GEOMETRY: Record<GeometryKind, ExpressionSpecification> = {
  polygon: ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]],
  line: ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]],
  point: ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]],
};

/**
 * A shape layer's filter: its geometry kind only. The user's filters hide
 * shapes through feature-state (see map/sync.ts), which shows in the next
 * frame instead of after a re-layout of every tile.
 */
export function geometryFilter(kind: GeometryKind): FilterSpecification {
  return GEOMETRY[kind];
}
