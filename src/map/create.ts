import { addProtocol, Map as MlMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { Protocol } from 'pmtiles';
import type { Filters } from '../lib/filter';
import type { Lang } from '../lib/i18n';
import type { MapViewState } from '../store/url';
import { addControls, MAP_LOCALE } from './controls';
import { DEFAULT_VIEW, DISTRICT_BOUNDS, TILE_PATHS, VIEW_LIMITS } from './ids';
import { buildStyle, type StyleOptions } from './style';

setWorkerUrl(workerUrl);
/** The one PMTiles protocol the map reads through; ./archive.ts registers the archives with it. */
export const protocol = new Protocol();
addProtocol('pmtiles', protocol.tile);

/** Whether this browser can draw the map at all. */
export function supportsWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

const absolute = (path: string) => new URL(path, document.baseURI).href;

export function styleOptions(filters: Filters, lang: Lang): StyleOptions {
  return { projectUrl: `pmtiles://${absolute(TILE_PATHS.project)}`, basemapUrl: `pmtiles://${absolute(TILE_PATHS.basemap)}`, filters, lang };
}

/** Creates the map, its controls labelled in `lang`; only MapView calls this. */
export function createMap(container: HTMLElement, view: MapViewState | null, filters: Filters, lang: Lang): MlMap {
  const map = new MlMap({
    container,
    style: buildStyle(styleOptions(filters, lang)),
    ...(view ? { center: [view.lon, view.lat], zoom: view.zoom } : { bounds: DISTRICT_BOUNDS, fitBoundsOptions: { padding: 20 }, center: [DEFAULT_VIEW.lon, DEFAULT_VIEW.lat] }),
    minZoom: VIEW_LIMITS.minZoom,
    maxZoom: VIEW_LIMITS.maxZoom,
    maxBounds: [
      [VIEW_LIMITS.west, VIEW_LIMITS.south],
      [VIEW_LIMITS.east, VIEW_LIMITS.north],
    ],
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    cooperativeGestures: false,
    locale: MAP_LOCALE[lang],
  });
  map.touchZoomRotate.disableRotation();
  addControls(map);
  return map;
}
