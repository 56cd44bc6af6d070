import { AttributionControl, addProtocol, type MapOptions, Map as MlMap, NavigationControl, prewarm, ScaleControl, type StyleSpecification, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { PMTiles, Protocol } from 'pmtiles';
import type { Filters } from '../lib/filter';
import type { Lang } from '../lib/i18n';
import type { MapViewState } from '../store/url';
import { DEFAULT_VIEW, DISTRICT_BOUNDS, TILE_PATHS } from './ids';
import { buildStyle, type StyleOptions } from './style';

setWorkerUrl(workerUrl);
const protocol = new Protocol();
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

/** A PMTiles reader's error, said with what to do about it. */
function explain(e: Error): string {
  const status = /Bad response code: (\d+)/.exec(e.message)?.[1];
  if (status) return `HTTP ${status}: check that tiles/ was deployed beside the app`;
  if (/magic number/.test(e.message)) return 'not a PMTiles archive (the server sent something else): redeploy tiles/';
  const version = /spec version (\d+)/.exec(e.message)?.[1];
  if (version) return `PMTiles version ${version}, expected 3: rebuild with npm run tiles:build`;
  return e.message;
}

/**
 * Registers an archive with the protocol, reads its header and checks that
 * the file is as long as the header says, so a broken, foreign or truncated
 * archive fails loudly and early rather than as missing tiles later.
 */
async function openArchive(path: string): Promise<void> {
  const url = absolute(path);
  const archive = new PMTiles(url);
  protocol.add(archive);
  try {
    const header = await archive.getHeader();
    if (header.specVersion !== 3) throw new Error(`spec version ${header.specVersion}`);
    const end = header.tileDataOffset + (header.tileDataLength ?? 0);
    // One byte is enough: Content-Range carries the whole file's size.
    const res = await fetch(url, { headers: { Range: 'bytes=0-0' } });
    await res.body?.cancel();
    const size = Number(res.headers.get('Content-Range')?.split('/')[1]);
    if (size < end) throw new Error(`truncated: ${size} bytes where the header says ${end}; upload the whole file again`);
  } catch (e) {
    throw new Error(`${path}: ${explain(e as Error)}`);
  }
}

let opening: Promise<void> | undefined;

/**
 * Opens both archives once: their headers and root directories are read
 * while the page still sets up React and the style, so MapLibre's first
 * requests find them cached. Rejects with the first archive's error.
 */
export function openArchives(): Promise<void> {
  opening ??= Promise.all([openArchive(TILE_PATHS.project), openArchive(TILE_PATHS.basemap)]).then(() => undefined);
  return opening;
}

/** Starts the map's workers and the archive reads as soon as this module loads, before any component mounts. */
export function startEarly(): void {
  if (!supportsWebGL()) return;
  prewarm();
  openArchives().catch(() => undefined);
}

export function styleOptions(filters: Filters, lang: Lang): StyleOptions {
  return { projectUrl: `pmtiles://${absolute(TILE_PATHS.project)}`, basemapUrl: `pmtiles://${absolute(TILE_PATHS.basemap)}`, filters, lang };
}

/**
 * A map of a style in the app's frame: its view or the district, its zoom
 * range and bounds, no rotation, its controls. Symbols appear without a fade:
 * fading keeps frames coming after the map could be idle.
 */
export function createMapWithStyle(container: HTMLElement, view: MapViewState | null, style: StyleSpecification, options: Partial<MapOptions> = {}): MlMap {
  const map = new MlMap({
    container,
    style,
    ...(view ? { center: [view.lon, view.lat], zoom: view.zoom } : { bounds: DISTRICT_BOUNDS, fitBoundsOptions: { padding: 20 }, center: [DEFAULT_VIEW.lon, DEFAULT_VIEW.lat] }),
    minZoom: 9,
    maxZoom: 18,
    maxBounds: [
      [113.9, 30.35],
      [114.6, 30.85],
    ],
    fadeDuration: 0,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    cooperativeGestures: false,
    ...options,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
  return map;
}

/** Creates the map; only MapView calls this. */
export function createMap(container: HTMLElement, view: MapViewState | null, filters: Filters, lang: Lang): MlMap {
  return createMapWithStyle(container, view, buildStyle(styleOptions(filters, lang)));
}
