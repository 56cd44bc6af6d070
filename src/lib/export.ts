import type { CatalogueFeature } from '../schema/records';
import { formatMetric } from './format';

/** One exported row: a feature, and its distance when the list is a near-me list. */
export interface ExportRow {
  feature: CatalogueFeature;
  distance?: number;
  /** How far the real site may be from the drawn one, for a near-me list. */
  uncertainty?: number;
}

const COLUMNS = ['id', 'name_zh', 'name_en', 'category', 'status', 'years', 'distance_m', 'uncertainty_m', 'precision', 'lon', 'lat', 'quote_2022', 'quote_2023', 'metrics'] as const;

/** RFC 4180 field: quoted when it holds a comma, quote or line break; a leading =+-@ is defused for spreadsheets. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const quoteOf = (f: CatalogueFeature, year: number) =>
  f.mentions
    .filter((m) => m.year === year)
    .map((m) => m.quote)
    .join(' / ');

/** The list as CSV (UTF-8 with BOM so spreadsheet programs read the Chinese). */
export function toCsv(rows: readonly ExportRow[], point: (f: CatalogueFeature) => [number, number]): string {
  const lines = [COLUMNS.join(',')];
  for (const { feature: f, distance, uncertainty } of rows) {
    const [lon, lat] = point(f);
    const metrics = f.mentions.flatMap((m) => m.metrics.map((x) => `${m.year} ${x.label} ${formatMetric(x)}`)).join('; ');
    const cells = [f.id, f.name_zh, f.name_en, f.category, f.status, f.years.join(' '), distance === undefined ? '' : String(Math.round(distance)), uncertainty === undefined ? '' : String(uncertainty), f.geocode.precision, lon.toFixed(6), lat.toFixed(6), quoteOf(f, 2022), quoteOf(f, 2023), metrics];
    lines.push(cells.map(csvField).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The list as a GeoJSON FeatureCollection with the catalogue's properties. */
export function toGeoJson(rows: readonly ExportRow[]): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: rows.map(({ feature: f, distance, uncertainty }) => {
      const { geometry, bbox: _bbox, ...properties } = f;
      const near = distance === undefined ? {} : { distance_m: Math.round(distance), uncertainty_m: uncertainty ?? 0 };
      return { type: 'Feature', id: f.fid, geometry, properties: { ...properties, ...near } };
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
