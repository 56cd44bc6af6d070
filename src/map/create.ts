import { AttributionControl, addProtocol, Map as MlMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { PMTiles, Protocol } from 'pmtiles';
import type { Filters } from '../lib/filter';
import type { Lang } from '../lib/i18n';
import type { MapViewState } from '../store/url';
import { framePadding, openingBounds } from './frame';
import { TILE_PATHS } from './ids';
import { ATTRIBUTION, buildStyle, type StyleOptions } from './style';

setWorkerUrl(workerUrl);
const protocol = new Protocol();
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
export async function openArchive(path: string): Promise<void> {
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

export function styleOptions(filters: Filters, lang: Lang): StyleOptions {
  return { projectUrl: `pmtiles://${absolute(TILE_PATHS.project)}`, basemapUrl: `pmtiles://${absolute(TILE_PATHS.basemap)}`, filters, lang };
}

/** Where a link opens the map: a near-me link frames its place and radius, else its view, else the district; all clear of a phone's sheet. */
export interface Opening {
  view: MapViewState | null;
  near: { lon: number; lat: number } | null;
  radius: number;
}

/** Creates the map; only MapView calls this. */
export function createMap(container: HTMLElement, opening: Opening, filters: Filters, lang: Lang): MlMap {
  const { view, near, radius } = opening;
  const framed = near || !view;
  const map = new MlMap({
    container,
    style: buildStyle(styleOptions(filters, lang)),
    ...(framed ? { bounds: openingBounds(near, radius), fitBoundsOptions: { padding: framePadding(container, near ? 40 : 20) } } : { center: [view.lon, view.lat], zoom: view.zoom }),
    minZoom: 9,
    maxZoom: 18,
    maxBounds: [
      [113.9, 30.35],
      [114.6, 30.85],
    ],
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    cooperativeGestures: false,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  setAttribution(map, lang);
  return map;
}

const attributions = new WeakMap<MlMap, AttributionControl>();

/** Puts the credit line in one language (MapLibre has no setter for it, so the control is replaced). */
export function setAttribution(map: MlMap, lang: Lang): void {
  const old = attributions.get(map);
  if (old) map.removeControl(old);
  const control = new AttributionControl({ compact: true, customAttribution: ATTRIBUTION[lang] });
  map.addControl(control, 'bottom-right');
  attributions.set(map, control);
}
