import type { ExportRow } from '../lib/export';
import type { Lang } from '../lib/i18n';
import { exportFileName, localDate, type ViewContext } from '../lib/view-summary';

type Format = 'csv' | 'geojson';

const LABELS: Record<Format, Record<Lang, string>> = {
  csv: { zh: '导出 CSV', en: 'Export CSV' },
  geojson: { zh: '导出 GeoJSON', en: 'Export GeoJSON' },
};

const TYPES: Record<Format, string> = { csv: 'text/csv;charset=utf-8', geojson: 'application/geo+json' };

/** Writes and downloads one file; the writers load with the first export, not with the page. */
async function save(format: Format, rows: readonly ExportRow[], view: Omit<ViewContext, 'date'>): Promise<void> {
  const [{ download, toCsv, toGeoJson }, { representativePoint }] = await Promise.all([import('../lib/export'), import('../lib/geometry')]);
  // The date is taken at the click: a page left open overnight exports with the day it is.
  const v: ViewContext = { ...view, date: localDate(new Date()) };
  const text = format === 'csv' ? toCsv(rows, (f) => representativePoint(f.geometry), v) : JSON.stringify(toGeoJson(rows, v), null, 1);
  download(exportFileName(v, format), text, TYPES[format]);
}

/** Download what the list shows, as CSV and as GeoJSON; the file names and contents say what view they are of. */
export function ExportButtons({ rows, view }: { rows: readonly ExportRow[]; view: Omit<ViewContext, 'date'> }) {
  return (
    <>
      {(['csv', 'geojson'] as const).map((format) => (
        <button key={format} type="button" className="action" disabled={rows.length === 0} onClick={() => void save(format, rows, view)}>
          {LABELS[format][view.lang]}
        </button>
      ))}
    </>
  );
}
