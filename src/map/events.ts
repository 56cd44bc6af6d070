import type { MapGeoJSONFeature, MapLayerMouseEvent, Map as MlMap } from 'maplibre-gl';
import { useStore } from '../store';
import { INTERACTIVE_LAYER_IDS } from './ids';

/** The id of a hit, unless a filter has hidden it (hidden shapes stay in the layout until the filters settle). */
function featureId(f: MapGeoJSONFeature | undefined): string | null {
  const id = f?.properties?.id;
  return typeof id === 'string' && !f?.state?.hidden ? id : null;
}

/** Map input → store actions: click selects (or sets the place in pick mode), right-click or long-press sets the place, hover highlights, moves are remembered. */
export function bindEvents(map: MlMap): () => void {
  const layers = [...INTERACTIVE_LAYER_IDS];
  const onClick = (e: MapLayerMouseEvent) => {
    if (useStore.getState().picking) {
      useStore.getState().setNear({ lon: e.lngLat.lng, lat: e.lngLat.lat });
      return;
    }
    const hits = map.queryRenderedFeatures(e.point, { layers });
    const ids = [...new Set(hits.map(featureId).filter((x): x is string => x !== null))];
    const [first = null, ...rest] = ids;
    useStore.getState().select(first, 'map', rest);
  };
  const onMove = (e: MapLayerMouseEvent) => {
    const hits = map.queryRenderedFeatures(e.point, { layers });
    const id = featureId(hits[0]);
    if (!useStore.getState().picking) map.getCanvas().style.cursor = id ? 'pointer' : '';
    if (useStore.getState().hovered !== id) useStore.getState().hover(id);
  };
  // Every move is recorded, the map's own flights too, so a history entry holds the view it ended on.
  const onMoveEnd = () => {
    const c = map.getCenter();
    useStore.getState().setView({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
  };
  const onContextMenu = (e: MapLayerMouseEvent) => {
    const { setNear, setPanel } = useStore.getState();
    setNear({ lon: e.lngLat.lng, lat: e.lngLat.lat });
    setPanel('near');
  };
  map.on('click', onClick);
  map.on('contextmenu', onContextMenu);
  map.on('mousemove', onMove);
  map.on('moveend', onMoveEnd);
  return () => {
    map.off('click', onClick);
    map.off('contextmenu', onContextMenu);
    map.off('mousemove', onMove);
    map.off('moveend', onMoveEnd);
  };
}
