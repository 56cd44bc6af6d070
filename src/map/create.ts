import { addProtocol, type MapOptions, Map as MlMap, prewarm, type StyleSpecification, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { Protocol } from 'pmtiles';
import type { Filters } from '../lib/filter';
import type { Lang } from '../lib/i18n';
import type { MapViewState } from '../store/url';
import { VIEW_LIMITS } from '../schema/district';
import type { Catalogue } from '../schema/records';
import { openArchives } from './archive';
import { addControls, MAP_LOCALE } from './controls';
import { framePadding, openingBounds } from './frame';
import { TILE_PATHS } from './ids';
import { buildStyle, type StyleOptions } from './style';

setWorkerUrl(workerUrl);
/** The one PMTiles protocol the map reads through; ./archive.ts registers the archives with it. */
export const protocol = new Protocol();
addProtocol('pmtiles', protocol.tile);

let webgl: boolean | undefined;

/** Whether this browser can draw the map at all (asked once: each probe makes a GL context). */
export function supportsWebGL(): boolean {
  if (webgl === undefined) {
    try {
      const canvas = document.createElement('canvas');
      webgl = Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
    } catch {
      webgl = false;
    }
  }
  return webgl;
}

const absolute = (path: string) => new URL(path, document.baseURI).href;

/**
 * Starts the map's workers and the archive reads as soon as the page loads,
 * before any component mounts, so MapLibre's first requests find the
 * archives' headers and root directories cached. Returns the archive checks,
 * or nothing where the browser cannot draw the map.
 */
export function startEarly(catalogue: Promise<Catalogue | null> = Promise.resolve(null)): ReturnType<typeof openArchives> | undefined {
  if (!supportsWebGL()) return undefined;
  prewarm();
  return openArchives(protocol, catalogue);
}

export function styleOptions(filters: Filters, lang: Lang): StyleOptions {
  return { projectUrl: `pmtiles://${absolute(TILE_PATHS.project)}`, basemapUrl: `pmtiles://${absolute(TILE_PATHS.basemap)}`, filters, lang };
}

/** Where a link opens the map: a near-me link frames its place and radius, else its view, else the district; all clear of a phone's sheet. */
export interface Opening {
  view: MapViewState | null;
  near: { lon: number; lat: number } | null;
  radius: number;
}

/**
 * A map of a style in the app's frame: its opening, its zoom range and
 * bounds, no rotation, its controls. Symbols appear without a fade: fading
 * keeps frames coming after the map could be idle.
 */
export function createMapWithStyle(container: HTMLElement, opening: Opening, style: StyleSpecification, lang: Lang, options: Partial<MapOptions> = {}): MlMap {
  const { view, near, radius } = opening;
  const framed = near || !view;
  const map = new MlMap({
    container,
    style,
    ...(framed ? { bounds: openingBounds(near, radius), fitBoundsOptions: { padding: framePadding(container, near ? 40 : 20) } } : { center: [view.lon, view.lat], zoom: view.zoom }),
    minZoom: VIEW_LIMITS.minZoom,
    maxZoom: VIEW_LIMITS.maxZoom,
    maxBounds: VIEW_LIMITS.bbox,
    fadeDuration: 0,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    cooperativeGestures: false,
    locale: MAP_LOCALE[lang],
    ...options,
  });
  map.touchZoomRotate.disableRotation();
  addControls(map, lang);
  return map;
}

/** Creates the map, its controls and credit line in `lang`; only MapView calls this. */
export function createMap(container: HTMLElement, opening: Opening, filters: Filters, lang: Lang): MlMap {
  return createMapWithStyle(container, opening, buildStyle(styleOptions(filters, lang)), lang);
}
