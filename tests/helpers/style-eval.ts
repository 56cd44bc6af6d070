import { createPropertyExpression, featureFilter, latest } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import type { Filters } from '../../src/lib/filter';
import type { Lang } from '../../src/lib/i18n';
import { buildStyle } from '../../src/map/style';
import { CATEGORIES, type Category, type Precision, STATUSES, type Status, YEARS } from '../../src/schema/feature';
import { projectTileProperties } from '../../src/schema/tile';

/** Every category, status and year: nothing filtered out. */
export const ALL: Filters = { categories: CATEGORIES, statuses: STATUSES, years: YEARS };

/** What `buildStyle` needs, with archive URLs of a local server. */
export const options = (filters: Filters = ALL, lang: Lang = 'zh') => ({ projectUrl: 'pmtiles://http://localhost/tiles/project.pmtiles', basemapUrl: 'pmtiles://http://localhost/tiles/basemap.pmtiles', filters, lang });

/** A style layer by id, from the whole style for `lang`. */
export function layer(id: string, lang: Lang = 'zh', filters: Filters = ALL): LayerSpecification {
  const found = buildStyle(options(filters, lang)).layers.find((l) => l.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found;
}

/** A layer's paint or layout property compiled as MapLibre compiles it, to evaluate for a feature. */
export function paintOrLayout(l: LayerSpecification, kind: 'paint' | 'layout', name: string) {
  const value = (l as unknown as Record<string, Record<string, unknown> | undefined>)[kind]?.[name];
  const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`${kind}_${l.type}`]?.[name];
  const compiled = createPropertyExpression(value, name, spec as Parameters<typeof createPropertyExpression>[2]);
  if (compiled.result !== 'success') throw new Error(`${l.id} ${name}: ${JSON.stringify(compiled.value)}`);
  return compiled.value;
}

/** A layer's filter compiled as MapLibre compiles it. */
export const layerFilter = (l: LayerSpecification) => featureFilter('filter' in l ? l.filter : undefined, 'filter');

/** A tile feature as the filter and the style see it, its properties made by the tile contract. */
export function tileFeature(category: Category, status: Status, years: number[], type: 1 | 2 | 3 = 1, precision: Precision = 'street') {
  const properties = projectTileProperties({ id: 'x', fid: 1, name_zh: '名', name_en: 'Name', category, status, years, precision });
  return { type, id: 1, properties, geometry: [] };
}

/** A basemap feature with the given properties and geometry type (by name, so Multi* types can be given). */
export const basemapFeature = (properties: Record<string, unknown>, type = 'LineString') => ({ type, id: 1, properties, geometry: [] }) as unknown as ReturnType<typeof tileFeature>;
