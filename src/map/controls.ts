import { AttributionControl, type IControl, type Map as MlMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import type { Lang } from '../lib/i18n';
import { ATTRIBUTION } from './style';

/** MapLibre's own UI strings (control titles and labels) in each UI language. */
export const MAP_LOCALE: Record<Lang, Record<string, string>> = {
  zh: {
    'AttributionControl.ToggleAttribution': '显示或隐藏数据来源',
    'AttributionControl.MapFeedback': '地图反馈',
    'Map.Title': '地图',
    'NavigationControl.ResetBearing': '拖动旋转地图,点击恢复正北',
    'NavigationControl.ZoomIn': '放大',
    'NavigationControl.ZoomOut': '缩小',
    'Popup.Close': '关闭',
    'ScaleControl.Meters': '米',
    'ScaleControl.Kilometers': '公里',
  },
  en: {
    'AttributionControl.ToggleAttribution': 'Show or hide the data sources',
    'AttributionControl.MapFeedback': 'Map feedback',
    'Map.Title': 'Map',
    'NavigationControl.ResetBearing': 'Drag to rotate map, click to reset north',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'Popup.Close': 'Close',
    'ScaleControl.Meters': 'm',
    'ScaleControl.Kilometers': 'km',
  },
};

type Placed = Array<[IControl, 'top-right' | 'bottom-left' | 'bottom-right']>;
const placed = new WeakMap<MlMap, Placed>();

/**
 * Adds the map's controls (zoom, scale, attribution), labelled in the
 * language of the map's `locale`, with the credit line in `lang`. MapLibre
 * reads its UI strings when a control is added, and the attribution has no
 * setter, so relabelling adds them again.
 */
export function addControls(map: MlMap, lang: Lang): void {
  const controls: Placed = [
    [new NavigationControl({ showCompass: false }), 'top-right'],
    [new ScaleControl({ unit: 'metric' }), 'bottom-left'],
    [new AttributionControl({ compact: true, customAttribution: ATTRIBUTION[lang] }), 'bottom-right'],
  ];
  for (const [control, position] of controls) map.addControl(control, position);
  placed.set(map, controls);
}

/** Labels MapLibre's own controls, the canvas and an open popup's close button in `lang`. */
export function relabelControls(map: MlMap, lang: Lang): void {
  map._locale = { ...map._locale, ...MAP_LOCALE[lang] };
  for (const [control] of placed.get(map) ?? []) map.removeControl(control);
  addControls(map, lang);
  map.getCanvas().setAttribute('aria-label', MAP_LOCALE[lang]['Map.Title'] ?? '');
  map.getContainer().querySelector('.maplibregl-popup-close-button')?.setAttribute('aria-label', MAP_LOCALE[lang]['Popup.Close'] ?? '');
}
