import type { MapGeoJSONFeature, MapLayerMouseEvent, Map as MlMap, PointLike } from 'maplibre-gl';
import { type Landmark, landmarkFromPlaces } from '../lib/landmarks';
import { LANDMARK_KINDS, type LandmarkKind } from '../schema/constants';
import { tileFeatureId } from '../schema/tile';
import { useStore } from '../store';
import { INTERACTIVE_LAYER_IDS, LAYER_LANDMARK } from './ids';

/** The id of a hit, unless a filter has hidden it (hidden shapes stay in the layout until the filters settle). */
function featureId(f: MapGeoJSONFeature | undefined): string | null {
  return f && !f.state?.hidden ? tileFeatureId(f.properties) : null;
}

const isKind = (k: unknown): k is LandmarkKind => (LANDMARK_KINDS as readonly unknown[]).includes(k);

/** The landmark drawn at a point, as the catalogue knows it (its exact point), else as the tile has it. */
function landmarkAt(map: MlMap, point: PointLike): Landmark | null {
  if (!map.getLayer(LAYER_LANDMARK)) return null;
  const hit = map.queryRenderedFeatures(point, { layers: [LAYER_LANDMARK] })[0];
  const p = hit?.properties ?? {};
  if (!hit || typeof p.qid !== 'string' || !isKind(p.kind) || hit.geometry.type !== 'Point') return null;
  const { catalogue } = useStore.getState();
  const known = catalogue.status === 'ready' ? landmarkFromPlaces(catalogue.value.places, p.qid) : undefined;
  const [lon, lat] = hit.geometry.coordinates as [number, number];
  return known ?? { qid: p.qid, kind: p.kind, name_zh: String(p.name_zh ?? ''), name_en: String(p.name_en ?? ''), point: [lon, lat] };
}

/** Map input → store actions: click selects (or sets the place in pick mode, or opens a landmark), right-click or long-press sets the place, hover highlights, moves are remembered. */
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
    // A report place wins; a click beside every place may still land on a landmark.
    const landmark = first === null ? landmarkAt(map, e.point) : null;
    useStore.getState().showLandmark(landmark);
    if (!landmark) useStore.getState().select(first, 'map', rest);
  };
  const onMove = (e: MapLayerMouseEvent) => {
    const hits = map.queryRenderedFeatures(e.point, { layers });
    const id = featureId(hits[0]);
    if (!useStore.getState().picking) map.getCanvas().style.cursor = id || landmarkAt(map, e.point) ? 'pointer' : '';
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
