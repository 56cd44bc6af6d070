// The floor for the app: its own map (style, archives, protocol, early archive reads) with no React, store, catalogue or panels.
import 'maplibre-gl/dist/maplibre-gl.css';
import './bare.css';
import { createMap, startEarly } from '../../src/map/create';
import { CATEGORIES, STATUSES, YEARS } from '../../src/schema/constants';

startEarly();
const container = document.getElementById('map');
if (!container) throw new Error('no #map');
const map = createMap(container, { view: null, near: null, radius: 1000 }, { categories: CATEGORIES, statuses: STATUSES, years: YEARS }, 'zh');
const check = () => {
  if (!map.isSourceLoaded('project') || !map.isSourceLoaded('basemap')) return;
  window.__benchReady ??= performance.now();
  map.off('idle', check);
};
map.on('idle', check);
