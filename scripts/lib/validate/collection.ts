import { type IssueSink, show } from './issues';
import { parseJson } from './json';

/** One raw feature of a collection, with the id its errors go under. */
export interface RawFeature {
  index: number;
  properties: unknown;
  geometry: unknown;
}

/** Parses a GeoJSON FeatureCollection file into its raw features, reporting what keeps it from being one. */
export function readFeatureCollection(text: string, sink: IssueSink): RawFeature[] | undefined {
  const parsed = parseJson(text, sink, 'a GeoJSON FeatureCollection');
  if (!parsed.ok) return undefined;
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    sink.add('type', 'a GeoJSON FeatureCollection object', Array.isArray(value) ? 'an array' : show(value));
    return undefined;
  }
  const type: unknown = 'type' in value ? value.type : undefined;
  if (type !== 'FeatureCollection') {
    sink.add('type', '"FeatureCollection"', type === undefined ? 'no "type" member' : show(type));
    return undefined;
  }
  const features: unknown = 'features' in value ? value.features : undefined;
  if (!Array.isArray(features)) {
    sink.add('features', 'an array of features', show(features));
    return undefined;
  }
  const out: RawFeature[] = [];
  features.forEach((feature: unknown, index) => {
    const isObject = feature !== null && typeof feature === 'object' && !Array.isArray(feature);
    const featureType: unknown = isObject && 'type' in feature ? feature.type : undefined;
    if (!isObject || featureType !== 'Feature') {
      sink.forRecord(`features[${index}]`).add('type', '"Feature"', show(isObject ? featureType : feature));
      return;
    }
    out.push({
      index,
      properties: 'properties' in feature ? feature.properties : undefined,
      geometry: 'geometry' in feature ? feature.geometry : undefined,
    });
  });
  return out;
}

/** The id a feature's errors go under: its own id when it has a usable one, else its place in the file. */
export function recordLabel(properties: unknown, index: number, key = 'id'): string {
  if (properties !== null && typeof properties === 'object' && key in properties) {
    const id: unknown = (properties as Record<string, unknown>)[key];
    if (typeof id === 'string' && id.trim() !== '') return id;
  }
  return `features[${index}]`;
}
