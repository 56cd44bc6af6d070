import { BASEMAP_KINDS, BASEMAP_LAYERS, type BasemapLayer, type BasemapProperties, basemapPropertiesSchema } from '../../../src/schema/basemap';
import { readFeatureCollection } from './collection';
import { PLAUSIBLE_AREA } from '../../../src/schema/district';
import { checkGeometry, type SimpleGeometry } from './geometry';
import { type Issue, IssueSink, show } from './issues';
import { reportZodIssues } from './zod-issues';

export interface ValidBasemapFeature {
  geometry: SimpleGeometry;
  properties: BasemapProperties;
}

export interface BasemapFile {
  layer: BasemapLayer;
  file: string;
  features: ValidBasemapFeature[];
}

function isBasemapLayer(value: string): value is BasemapLayer {
  return (BASEMAP_LAYERS as readonly string[]).includes(value);
}

/** Checks one data/basemap/<layer>.geojson: layer name, properties schema, kind for the layer, geometry. */
export function checkBasemapFile(name: string, file: string, text: string, issues: Issue[]): BasemapFile | undefined {
  const sink = new IssueSink(issues, file);
  if (!isBasemapLayer(name)) {
    sink.add('layer', `a file named after a basemap layer (${BASEMAP_LAYERS.map((l) => `${l}.geojson`).join(', ')})`, `${name}.geojson`);
    return undefined;
  }
  const kinds: readonly string[] = BASEMAP_KINDS[name];
  const out: BasemapFile = { layer: name, file, features: [] };
  const qids = new Set<string>();
  for (const feature of readFeatureCollection(text, sink) ?? []) {
    const before = issues.length;
    const record = sink.forRecord(labelOf(feature.properties, feature.index));
    const parsed = basemapPropertiesSchema.safeParse(feature.properties, { reportInput: true });
    if (!parsed.success) reportZodIssues(parsed.error.issues, record, ['properties']);
    else if (!kinds.includes(parsed.data.kind)) record.add('properties.kind', `one of ${kinds.join(', ')} for the ${name} layer`, show(parsed.data.kind));
    else if (name === 'landmarks') checkLandmark(parsed.data, qids, record);
    const checked = checkGeometry(feature.geometry, record, PLAUSIBLE_AREA);
    if (issues.length === before && parsed.success && checked) out.features.push({ geometry: checked.geometry, properties: parsed.data });
  }
  return out;
}

/** A landmark cites its Wikidata item, once per file, and has a Chinese name to show and search. */
function checkLandmark(p: BasemapProperties, qids: Set<string>, record: IssueSink): void {
  if (p.qid === undefined) record.add('properties.qid', 'the Wikidata id (Q…) the landmark comes from', 'none');
  else if (qids.has(p.qid)) record.add('properties.qid', 'each Wikidata item once', `${p.qid} again`);
  else qids.add(p.qid);
  if (p.name_zh.trim() === '') record.add('properties.name_zh', 'a Chinese name', '""');
}

/** Basemap features have no ids: name them by place in the file, and by name where they have one. */
function labelOf(properties: unknown, index: number): string {
  const name: unknown = properties !== null && typeof properties === 'object' && 'name_zh' in properties ? properties.name_zh : undefined;
  return typeof name === 'string' && name !== '' ? `features[${index}] (${name})` : `features[${index}]`;
}
