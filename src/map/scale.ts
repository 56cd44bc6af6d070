import type { ExpressionSpecification } from 'maplibre-gl';
// The earth the validator measured on, so a drawn 300 m is the 300 m it checked.
import { EARTH_RADIUS_M } from '../lib/geometry';

/** MapLibre's world is 512 pixels wide at zoom 0. */
const WORLD_PX_AT_Z0 = 512;

/** Ground metres one CSS pixel covers at a latitude and zoom (web mercator). */
export function metresPerPixel(lat: number, zoom: number): number {
  return (2 * Math.PI * EARTH_RADIUS_M * Math.cos((lat * Math.PI) / 180)) / (WORLD_PX_AT_Z0 * 2 ** zoom);
}

/**
 * A zoom expression giving, in pixels, a ground distance at a latitude: the
 * pixels per metre double with each zoom, so an exponential base-2
 * interpolation between two stops is exact at every zoom between them.
 * @param metres a number or a feature expression (e.g. a `match` on a property)
 */
export function metresToPixels(metres: ExpressionSpecification | number, lat: number, zooms: readonly [number, number]): ExpressionSpecification {
  const stop = (zoom: number): ExpressionSpecification => ['*', 1 / metresPerPixel(lat, zoom), metres];
  return ['interpolate', ['exponential', 2], ['zoom'], zooms[0], stop(zooms[0]), zooms[1], stop(zooms[1])];
}
