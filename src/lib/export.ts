import { uncertaintyM } from '../schema/precision';
import type { CatalogueFeature } from '../schema/records';
import { formatMetric } from './format';
import { CATEGORY_NAMES, type Lang, PRECISION_NAMES, STATUS_NAMES, targetName } from './i18n';
import { describeFilters, type ViewContext } from './view-summary';

/** One exported row: a feature, and its distance when the list is a near-me list. */
export interface ExportRow {
  feature: CatalogueFeature;
  distance?: number;
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break; a leading =+-@ is defused for spreadsheets. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const ofYear = (f: CatalogueFeature, year: number, pick: (m: CatalogueFeature['mentions'][number]) => string) =>
  f.mentions
    .filter((m) => m.year === year)
    .map(pick)
    .join(' / ');

/**
 * A feature's public fields, flat (one scalar per field), with category,
 * status and precision in `lang` beside their codes. No tile ids, bboxes
 * or search keys: what a spreadsheet or a GIS reads.
 */
export function publicFields(f: CatalogueFeature, lang: Lang, distance?: number): Record<(typeof PUBLIC_FIELDS)[number], string | number> {
  return {
    id: f.id,
    name_zh: f.name_zh,
    name_en: f.name_en,
    category: f.category,
    category_name: CATEGORY_NAMES[f.category][lang],
    status: f.status,
    status_name: STATUS_NAMES[f.status][lang],
    plan_2023: f.target ? targetName(f.target, lang) : '',
    years: f.years.join(' '),
    distance_m: distance === undefined ? '' : Math.round(distance),
    precision: f.geocode.precision,
    precision_name: PRECISION_NAMES[f.geocode.precision][lang],
    uncertainty_m: uncertaintyM(f.geocode.precision),
    quote_2022: ofYear(f, 2022, (m) => m.quote),
    quote_2023: ofYear(f, 2023, (m) => m.quote),
    metrics: f.mentions.flatMap((m) => m.metrics.map((x) => `${m.year} ${x.label} ${formatMetric(x)}`)).join('; '),
    responsible: f.responsible ? f.responsible[lang] : '',
  };
}

const PUBLIC_FIELDS = ['id', 'name_zh', 'name_en', 'category', 'category_name', 'status', 'status_name', 'plan_2023', 'years', 'distance_m', 'precision', 'precision_name', 'uncertainty_m', 'quote_2022', 'quote_2023', 'metrics', 'responsible'] as const;
const VIEW_FIELDS = ['view_place', 'view_radius_m', 'view_filters', 'exported_on'] as const;
/** The CSV's columns, in order: the feature's public fields, its point, then what the file is of. */
export const CSV_COLUMNS = [...PUBLIC_FIELDS, 'lon', 'lat', ...VIEW_FIELDS] as const;

/** What the whole file is of, repeated on each row so a spreadsheet keeps it with every line. */
function viewFields(v: ViewContext): Record<(typeof VIEW_FIELDS)[number], string | number> {
  return { view_place: v.place ?? '', view_radius_m: v.place && v.radius ? v.radius : '', view_filters: describeFilters(v.filters, v.lang) ?? '', exported_on: v.date };
}

/** The list as CSV (UTF-8 with BOM so spreadsheet programs read the Chinese). */
export function toCsv(rows: readonly ExportRow[], point: (f: CatalogueFeature) => [number, number], view: ViewContext): string {
  const records = rows.map(({ feature: f, distance }) => {
    const [lon, lat] = point(f);
    return { ...publicFields(f, view.lang, distance), lon: lon.toFixed(6), lat: lat.toFixed(6), ...viewFields(view) };
  });
  const lines = [CSV_COLUMNS.join(','), ...records.map((r) => CSV_COLUMNS.map((c) => csvField(String(r[c] ?? ''))).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The list as a GeoJSON FeatureCollection of public, flat properties; what it is of goes in a `view` member. */
export function toGeoJson(rows: readonly ExportRow[], view: ViewContext): GeoJSON.FeatureCollection & { view: ReturnType<typeof viewFields> } {
  return {
    type: 'FeatureCollection',
    view: viewFields(view),
    features: rows.map(({ feature: f, distance }) => {
      const { distance_m, ...rest } = publicFields(f, view.lang, distance);
      const properties = distance === undefined ? rest : { ...rest, distance_m };
      return { type: 'Feature', id: f.id, geometry: f.geometry, properties };
    }),
  };
}

/** Offers text as a file download. */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
