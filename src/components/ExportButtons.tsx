import { download, type ExportRow, toCsv, toGeoJson } from '../lib/export';
import { representativePoint } from '../lib/geo';
import type { Lang } from '../lib/i18n';

const LABELS: Record<'csv' | 'geojson', Record<Lang, string>> = {
  csv: { zh: '导出 CSV', en: 'Export CSV' },
  geojson: { zh: '导出 GeoJSON', en: 'Export GeoJSON' },
};

/** Download what the list shows, as CSV and as GeoJSON; `name` goes into the file names. */
export function ExportButtons({ rows, name, lang }: { rows: readonly ExportRow[]; name: string; lang: Lang }) {
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <>
      <button type="button" className="action" disabled={rows.length === 0} onClick={() => download(`qiaokou-${name}-${stamp}.csv`, toCsv(rows, (f) => representativePoint(f.geometry)), 'text/csv;charset=utf-8')}>
        {LABELS.csv[lang]}
      </button>
      <button type="button" className="action" disabled={rows.length === 0} onClick={() => download(`qiaokou-${name}-${stamp}.geojson`, JSON.stringify(toGeoJson(rows), null, 1), 'application/geo+json')}>
        {LABELS.geojson[lang]}
      </button>
    </>
  );
}
