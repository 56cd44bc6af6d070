import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../lib/i18n';
import { LANDMARK_KINDS } from '../schema/constants';
import { BASEMAP_STYLE_LAYERS as L, LAYER_LANDMARK, SOURCE_BASEMAP } from './ids';
import { BASEMAP_COLORS as C, LANDMARK_LOOK } from './palette';

const name = (lang: Lang): ExpressionSpecification => ['get', lang === 'zh' ? 'name_zh' : 'name_en'];
const kind = (...kinds: string[]): ExpressionSpecification => ['in', ['get', 'kind'], ['literal', kinds]];
const src = (layer: string) => ({ source: SOURCE_BASEMAP, 'source-layer': layer });
/** A value by road class: main roads (expressway, primary, bridge), secondary, the rest. */
const roadRank = <T extends number | string>(main: T, secondary: T, rest: T): ExpressionSpecification => ['match', ['get', 'kind'], ['expressway', 'primary', 'bridge'], main, 'secondary', secondary, rest];

/** Zoom from which landmark names join their glyphs: street level. */
const LANDMARK_NAME_ZOOM = 14;

const byKind = (value: (k: (typeof LANDMARK_KINDS)[number]) => string, fallback: string): ExpressionSpecification => [
  'match',
  ['get', 'kind'],
  ...LANDMARK_KINDS.flatMap((k) => [k, value(k)]),
  fallback,
] as unknown as ExpressionSpecification;

/**
 * Landmarks: a one-character glyph by kind from z13, with the name under it
 * at street zooms. A symbol layer below the project layers, so project
 * labels are placed first and win the space; among landmarks the lower rank
 * (stations, hospitals) is placed first.
 */
function landmarkLayer(lang: Lang): LayerSpecification {
  const glyph = byKind((k) => LANDMARK_LOOK[k].glyph, '·');
  const label: ExpressionSpecification = ['coalesce', ['get', lang === 'zh' ? 'name_zh' : 'name_en'], ''];
  return {
    ...src('landmarks'),
    id: LAYER_LANDMARK,
    type: 'symbol',
    minzoom: 13,
    layout: {
      'symbol-sort-key': ['get', 'rank'],
      'text-field': ['step', ['zoom'], ['format', glyph, {}], LANDMARK_NAME_ZOOM, ['format', glyph, { 'font-scale': 1.1 }, '\n', {}, label, { 'font-scale': 0.85 }]],
      'text-size': 12,
      'text-anchor': 'top',
      'text-offset': [0, -0.6],
      'text-max-width': 7,
      'text-padding': 4,
    },
    paint: { 'text-color': byKind((k) => LANDMARK_LOOK[k].color, C.label), 'text-halo-color': C.halo, 'text-halo-width': 1.5, 'text-opacity': 0.9 },
  };
}

/** The quiet context map under the project layers. */
export function basemapLayers(lang: Lang): LayerSpecification[] {
  const roadWidth = (extra: number): ExpressionSpecification => [
    'interpolate',
    ['linear'],
    ['zoom'],
    10,
    roadRank(1.6 + extra, 1 + extra, 0.5 + extra),
    16,
    roadRank(12 + extra, 8 + extra, 5 + extra),
  ];
  return [
    { id: L.background, type: 'background', paint: { 'background-color': C.outside } },
    // No antialiased fill edges: each costs a second shader program and pass, and the district's edge is drawn by its line.
    { ...src('district'), id: L.districtFill, type: 'fill', paint: { 'fill-color': C.district, 'fill-antialias': false } },
    { ...src('water'), id: L.water, type: 'fill', paint: { 'fill-color': C.water, 'fill-antialias': false } },
    {
      ...src('roads'),
      id: L.roadCasing,
      type: 'line',
      minzoom: 11,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      // Main roads get a darker casing; coloured by kind like the roads, the two layers share one shader program.
      paint: { 'line-color': roadRank(C.roadMajorCasing, C.roadCasing, C.roadCasing), 'line-width': roadWidth(1.5) },
    },
    {
      ...src('roads'),
      id: L.road,
      type: 'line',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': roadRank(C.roadMajor, C.road, C.road), 'line-width': roadWidth(0) },
    },
    {
      ...src('district'),
      id: L.districtLine,
      type: 'line',
      paint: { 'line-color': C.districtLine, 'line-width': 2, 'line-dasharray': [4, 2] },
    },
    {
      ...src('metro'),
      id: L.metro,
      type: 'line',
      filter: kind('line'),
      paint: { 'line-color': C.metro, 'line-width': 2, 'line-opacity': 0.8 },
    },
    {
      ...src('metro'),
      id: L.metroPlanned,
      type: 'line',
      filter: kind('line-planned'),
      paint: { 'line-color': C.metroPlanned, 'line-width': 2, 'line-dasharray': [2, 2] },
    },
    {
      ...src('metro'),
      id: L.station,
      type: 'circle',
      filter: kind('station'),
      minzoom: 11,
      paint: { 'circle-color': C.station, 'circle-radius': 3.5, 'circle-stroke-color': C.metro, 'circle-stroke-width': 1.5 },
    },
    {
      ...src('water'),
      id: L.waterLabel,
      type: 'symbol',
      filter: ['!=', ['get', 'name_zh'], ''],
      layout: { 'text-field': name(lang), 'text-size': 12, 'symbol-placement': 'point' },
      paint: { 'text-color': C.waterLabel, 'text-halo-color': C.halo, 'text-halo-width': 1 },
    },
    {
      ...src('labels'),
      id: L.riverLabel,
      type: 'symbol',
      filter: kind('river-label'),
      layout: { 'text-field': name(lang), 'text-size': 14, 'text-letter-spacing': 0.3 },
      paint: { 'text-color': C.waterLabel, 'text-halo-color': C.halo, 'text-halo-width': 1 },
    },
    {
      ...src('roads'),
      id: L.roadLabel,
      type: 'symbol',
      minzoom: 13,
      // Main roads are named from zoom 13, secondary from 14, the rest from 15; larger roads win where names collide.
      filter: ['all', ['has', 'name_zh'], ['>=', ['zoom'], roadRank(13, 14, 15)]],
      layout: { 'text-field': name(lang), 'text-size': 11, 'symbol-placement': 'line', 'symbol-spacing': 400, 'symbol-sort-key': roadRank(0, 1, 2) },
      paint: { 'text-color': C.roadLabel, 'text-halo-color': C.halo, 'text-halo-width': 1.2 },
    },
    landmarkLayer(lang),
    {
      ...src('metro'),
      id: L.stationLabel,
      type: 'symbol',
      filter: kind('station'),
      minzoom: 13,
      layout: { 'text-field': name(lang), 'text-size': 11, 'text-offset': [0, 1.1], 'text-anchor': 'top' },
      paint: { 'text-color': C.metro, 'text-halo-color': C.halo, 'text-halo-width': 1.2 },
    },
    {
      ...src('labels'),
      id: L.subdistrict,
      type: 'symbol',
      filter: kind('subdistrict'),
      maxzoom: 15,
      layout: { 'text-field': name(lang), 'text-size': 13, 'text-letter-spacing': 0.2 },
      paint: { 'text-color': C.label, 'text-halo-color': C.halo, 'text-halo-width': 1.5, 'text-opacity': 0.85 },
    },
    {
      ...src('labels'),
      id: L.neighbour,
      type: 'symbol',
      filter: kind('neighbour'),
      // Neighbouring districts frame the district when zoomed out; closer in they only crowd the streets.
      maxzoom: 13,
      layout: { 'text-field': name(lang), 'text-size': 14 },
      paint: { 'text-color': C.neighbourLabel, 'text-halo-color': C.outside, 'text-halo-width': 1.5 },
    },
  ];
}
