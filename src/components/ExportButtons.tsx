import { download, type ExportRow, toCsv, toGeoJson } from '../lib/export';
import { representativePoint } from '../lib/geo';
import type { Lang } from '../lib/i18n';
import { exportFileName, localDate, type ViewContext } from '../lib/view-summary';

type Format = 'csv' | 'geojson';

const LABELS: Record<Format, Record<Lang, string>> = {
  csv: { zh: '导出 CSV', en: 'Export CSV' },
  geojson: { zh: '导出 GeoJSON', en: 'Export GeoJSON' },
};

const WRITE: Record<Format, { type: string; text: (rows: readonly ExportRow[], v: ViewContext) => string }> = {
  csv: { type: 'text/csv;charset=utf-8', text: (rows, v) => toCsv(rows, (f) => representativePoint(f.geometry), v) },
  geojson: { type: 'application/geo+json', text: (rows, v) => JSON.stringify(toGeoJson(rows, v), null, 1) },
};

/** Download what the list shows, as CSV and as GeoJSON; the file names and contents say what view they are of. */
export function ExportButtons({ rows, view }: { rows: readonly ExportRow[]; view: Omit<ViewContext, 'date'> }) {
  const save = (format: Format) => {
    // The date is taken at the click: a page left open overnight exports with the day it is.
    const v: ViewContext = { ...view, date: localDate(new Date()) };
    download(exportFileName(v, format), WRITE[format].text(rows, v), WRITE[format].type);
  };
  return (
    <>
      {(['csv', 'geojson'] as const).map((format) => (
        <button key={format} type="button" className="action" disabled={rows.length === 0} onClick={() => save(format)}>
          {LABELS[format][view.lang]}
        </button>
      ))}
    </>
  );
}
