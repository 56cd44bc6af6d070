import type { Map as MlMap } from 'maplibre-gl';
import { closestPoint, representativePoint } from '../lib/geometry';
import type { CatalogueFeature } from '../schema/records';
import type { MapPicture } from '../store';

/**
 * The map as a PNG, and where each feature lies on it in per cent (only
 * those in view), so a printed list can number them.
 * A synchronous redraw first: without preserveDrawingBuffer the canvas is
 * readable only in the task that drew it.
 */
export function pictureOf(map: MlMap, features: Iterable<CatalogueFeature>): MapPicture {
  map.redraw();
  const canvas = map.getCanvas();
  // The drawing buffer's size, not the element's: a print already under way may have hidden the map.
  const width = canvas.width / map.getPixelRatio();
  const height = canvas.height / map.getPixelRatio();
  const at: Record<string, readonly [number, number]> = {};
  const centre = map.getCenter();
  const inside = (p: { x: number; y: number }) => p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
  for (const f of features) {
    // A place's usual point, or else the part of it nearest the middle of the picture (an area reaching into view).
    let p = map.project(representativePoint(f.geometry));
    if (!inside(p)) p = map.project(closestPoint([centre.lng, centre.lat], f.geometry));
    if (inside(p)) at[f.id] = [(p.x / width) * 100, (p.y / height) * 100];
  }
  return { url: canvas.toDataURL('image/png'), width, height, at };
}
