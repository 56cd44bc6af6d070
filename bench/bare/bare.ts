// The baseline for "map ready": MapLibre alone, an empty style, the same worker setup and viewport as the app.
import 'maplibre-gl/dist/maplibre-gl.css';
import './bare.css';
import { Map as MlMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { DISTRICT_CENTRE } from '../../src/schema/district';

declare global {
  interface Window {
    /** performance.now() at the first idle, read by bench/ready.ts. */
    __benchReady?: number;
  }
}

setWorkerUrl(workerUrl);
const map = new MlMap({ container: 'map', style: { version: 8, sources: {}, layers: [] }, center: DISTRICT_CENTRE, zoom: 12.2 });
map.once('idle', () => {
  window.__benchReady = performance.now();
});
