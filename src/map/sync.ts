import type { GeoJSONSource, LngLatBoundsLike, Map as MlMap } from 'maplibre-gl';
import { indexById } from '../lib/catalogue';
import { passesFilters } from '../lib/filter';
import { circlePolygon, radiusBounds } from '../lib/geometry';
import { nearby } from '../lib/near';
import type { Filters } from '../lib/filter';
import type { CatalogueFeature } from '../schema/records';
import type { AppState } from '../store';
import { useStore } from '../store';
import { projectFilter } from './filters';
import { flushSync } from 'react-dom';
import { PROJECT_TILE_LAYER } from '../schema/tile';
import { relabelControls } from './controls';
import { styleOptions } from './create';
import { framePadding } from './frame';
import { BASEMAP_STYLE_LAYERS, LAYER_OSM, PROJECT_LAYERS, SOURCE_NEAR, SOURCE_OSM, SOURCE_PROJECT } from './ids';
import { pictureOf } from './picture';
import type { PopupController } from './popup';
import { OSM_LAYER, OSM_SOURCE, textFields } from './style';

/** How long input must pause before the layer filters are rebuilt. */
const FILTER_SETTLE_MS = 400;

const filtersOf = (s: AppState): Filters => ({ categories: s.categories, statuses: s.statuses, years: s.years });

function catalogueFeatures(s: AppState): ReadonlyMap<string, CatalogueFeature> {
  return s.catalogue.status === 'ready' ? indexById(s.catalogue.value.features) : new Map();
}

function setState(map: MlMap, f: CatalogueFeature | undefined, key: string, value: boolean) {
  if (!f) return;
  map.setFeatureState({ source: SOURCE_PROJECT, sourceLayer: PROJECT_TILE_LAYER, id: f.fid }, { [key]: value });
}


/** Moves the map to a feature unless the user is already looking at it. */
function showFeature(map: MlMap, f: CatalogueFeature) {
  const [w, s, e, n] = f.bbox;
  const bounds: LngLatBoundsLike = [
    [w, s],
    [e, n],
  ];
  // On wide screens the popup opens below the feature, so the feature is framed in the upper part.
  const h = map.getContainer().clientHeight;
  const wide = { top: 50, left: 60, right: 60, bottom: Math.min(440, Math.round(h * 0.55)) };
  map.fitBounds(bounds, { padding: framePadding(map.getContainer(), wide), maxZoom: 15.5, duration: 600 });
}

/**
 * The only place that calls map setters in response to the store: filters,
 * language, selection, hover, basemap and a view restored from history.
 * Returns the unsubscribe.
 */
export function startSync(map: MlMap, popup: PopupController): () => void {
  let byId = catalogueFeatures(useStore.getState());

  // A filter change shows in the next frame through feature-state; the label
  // filters follow once input settles, since setFilter re-lays out every tile.
  const hidden = new Map<string, boolean>();
  let filterTimer: ReturnType<typeof setTimeout> | undefined;
  const applyFilterStates = (s: AppState) => {
    const filters = filtersOf(s);
    for (const f of byId.values()) {
      const hide = !passesFilters(f, filters);
      if ((hidden.get(f.id) ?? false) === hide) continue;
      setState(map, f, 'hidden', hide);
      hidden.set(f.id, hide);
    }
  };
  const applyFilters = (s: AppState) => {
    applyFilterStates(s);
    clearTimeout(filterTimer);
    filterTimer = setTimeout(() => {
      map.setFilter(PROJECT_LAYERS.label, projectFilter(filtersOf(useStore.getState())));
    }, FILTER_SETTLE_MS);
  };
  const applyLang = (s: AppState) => {
    for (const [id, field] of textFields(styleOptions(filtersOf(s), s.lang))) map.setLayoutProperty(id, 'text-field', field);
    relabelControls(map, s.lang);
  };
  // A source can be added only once the style has loaded; a shared link asks for the online basemap before that.
  let styleLoaded = false;
  const applyBasemap = (s: AppState) => {
    if (!styleLoaded) return;
    const has = Boolean(map.getSource(SOURCE_OSM));
    if (s.basemap === 'osm' && !has) {
      map.addSource(SOURCE_OSM, OSM_SOURCE);
      map.addLayer(OSM_LAYER, BASEMAP_STYLE_LAYERS.districtLine);
    } else if (s.basemap === 'local' && has) {
      map.removeLayer(LAYER_OSM);
      map.removeSource(SOURCE_OSM);
    }
  };
  /** `fly`: bring the feature into view (not when it was clicked on the map, or a link or history step brings its own framing). */
  const applySelection = (s: AppState, prev: AppState | null, fly: boolean) => {
    if (prev?.selected) setState(map, byId.get(prev.selected), 'selected', false);
    const f = s.selected ? byId.get(s.selected) : undefined;
    setState(map, f, 'selected', true);
    if (!f) {
      if (!s.landmark) popup.hide();
      return;
    }
    if (fly) showFeature(map, f);
    popup.show(f);
  };
  const applyLandmark = (s: AppState) => {
    if (s.landmark) popup.showLandmark(s.landmark);
    else if (!s.selected) popup.hide();
  };
  /** A history step restores its entry's view; the map's own moves, recorded as they end, match it already. */
  const restoresView = (s: AppState, prev: AppState): boolean => {
    if (s.view === prev.view || !s.view) return false;
    const c = map.getCenter();
    return Math.abs(c.lng - s.view.lon) > 1e-5 || Math.abs(c.lat - s.view.lat) > 1e-5 || Math.abs(map.getZoom() - s.view.zoom) > 0.01;
  };
  const applyHover = (s: AppState, prev: AppState) => {
    if (prev.hovered) setState(map, byId.get(prev.hovered), 'hovered', false);
    if (s.hovered) setState(map, byId.get(s.hovered), 'hovered', true);
  };

  const applyNear = (s: AppState, fit: boolean) => {
    const source = map.getSource<GeoJSONSource>(SOURCE_NEAR);
    const point: [number, number] | null = s.near ? [s.near.lon, s.near.lat] : null;
    source?.setData({
      type: 'FeatureCollection',
      features: point
        ? [
            { type: 'Feature', properties: {}, geometry: circlePolygon(point, s.radius) },
            { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: point } },
          ]
        : [],
    });
    const inside = point ? new Set(nearby([...byId.values()], point, s.radius).map((i) => i.feature.id)) : null;
    for (const f of byId.values()) setState(map, f, 'dimmed', inside !== null && !inside.has(f.id));
    if (point && fit) {
      const [w, so, e, n] = radiusBounds(point, s.radius);
      map.fitBounds(
        [
          [w, so],
          [e, n],
        ],
        { padding: framePadding(map.getContainer(), 40), duration: 500 },
      );
    }
  };
  // Any print (the sheet's button, Ctrl+P, the browser menu) pictures the map as it is; the sheet renders before the page is laid out.
  const onBeforePrint = () => flushSync(() => useStore.getState().setMapPicture(pictureOf(map, byId.values())));
  window.addEventListener('beforeprint', onBeforePrint);

  map.once('style.load', () => {
    styleLoaded = true;
    applyBasemap(useStore.getState());
  });
  // A near-me link opens framed on its circle (see createMap), so its selection does not move the map.
  applySelection(useStore.getState(), null, useStore.getState().near === null);

  const unsubscribe = useStore.subscribe((s, prev) => {
    if (s.catalogue !== prev.catalogue) {
      byId = catalogueFeatures(s);
      hidden.clear();
      applyFilterStates(s);
      applySelection(s, null, s.near === null);
      if (s.near) applyNear(s, false);
    }
    const restored = restoresView(s, prev);
    // A history step brings its own view; a new place or radius shows the whole circle.
    if (s.near !== prev.near || s.radius !== prev.radius) applyNear(s, s.near !== null && !restored);
    if (s.picking !== prev.picking) map.getCanvas().style.cursor = s.picking ? 'crosshair' : '';
    if (s.categories !== prev.categories || s.statuses !== prev.statuses || s.years !== prev.years) applyFilters(s);
    if (s.lang !== prev.lang) applyLang(s);
    if (s.basemap !== prev.basemap) applyBasemap(s);
    if (s.selected !== prev.selected) applySelection(s, prev, s.selectOrigin !== 'map' && !restored);
    if (s.landmark !== prev.landmark) applyLandmark(s);
    if (s.hovered !== prev.hovered) applyHover(s, prev);
    if (restored && s.view) map.jumpTo({ center: [s.view.lon, s.view.lat], zoom: s.view.zoom });
  });
  return () => {
    clearTimeout(filterTimer);
    window.removeEventListener('beforeprint', onBeforePrint);
    unsubscribe();
  };
}
