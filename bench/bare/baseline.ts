// The pinned baseline: the style and archives of bench/baseline/ (one tile layer per category, 53 style layers) in the app's map frame, no app.
import 'maplibre-gl/dist/maplibre-gl.css';
import './bare.css';
import type { StyleSpecification } from 'maplibre-gl';
import pinned from '../baseline/style.json';
import { createMapWithStyle } from '../../src/map/create';

/** The pinned style names its archives `pmtiles://baseline/…`; they are served beside this page. */
function located(style: StyleSpecification): StyleSpecification {
  const sources = Object.fromEntries(
    Object.entries(style.sources).map(([id, s]) => [id, 'url' in s && s.url?.startsWith('pmtiles://') ? { ...s, url: `pmtiles://${new URL(s.url.slice('pmtiles://'.length), document.baseURI).href}` } : s]),
  );
  return { ...style, sources } as StyleSpecification;
}

const container = document.getElementById('map');
if (!container) throw new Error('no #map');
// The earlier app faded symbols in over MapLibre's default 300 ms.
const map = createMapWithStyle(container, { view: null, near: null, radius: 0 }, located(pinned as StyleSpecification), 'zh', { fadeDuration: 300 });
const check = () => {
  if (!map.isSourceLoaded('project') || !map.isSourceLoaded('basemap')) return;
  window.__benchReady ??= performance.now();
  map.off('idle', check);
};
map.on('idle', check);
