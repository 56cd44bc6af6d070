import { CATEGORIES, STATUSES, YEARS } from '../schema/constants';
import type { Filters } from './filter';
import { CATEGORY_NAMES, type Lang, STATUS_NAMES, type Strings, textFor, YEAR_NAMES } from './i18n';

const HIDDEN = {
  lead: { zh: '筛选中,不显示', en: 'Filtered out' },
  categories: { zh: '图层', en: 'layers' },
  statuses: { zh: '状态', en: 'status' },
  years: { zh: '报告年份', en: 'report year' },
  list: { zh: '、', en: ', ' },
  parts: { zh: ';', en: '; ' },
} as const satisfies Strings;

/** Whether any filter is narrower than everything. */
export function filtersActive(f: Filters): boolean {
  return f.categories.length < CATEGORIES.length || f.statuses.length < STATUSES.length || f.years.length < YEARS.length;
}

/**
 * What the filters leave out, in words ("筛选中,不显示 图层:道路交通"),
 * or null when nothing is filtered out. One sentence for the panel, the
 * export and the print.
 */
export function describeFilters(f: Filters, lang: Lang): string | null {
  if (!filtersActive(f)) return null;
  const w = textFor(HIDDEN, lang);
  const parts = [
    [w('categories'), CATEGORIES.filter((c) => !f.categories.includes(c)).map((c) => CATEGORY_NAMES[c][lang])],
    [w('statuses'), STATUSES.filter((s) => !f.statuses.includes(s)).map((s) => STATUS_NAMES[s][lang])],
    [w('years'), YEARS.filter((y) => !f.years.includes(y)).map((y) => YEAR_NAMES[y][lang])],
  ] as const;
  const said = parts.filter(([, names]) => names.length > 0).map(([dim, names]) => `${dim}${lang === 'zh' ? ':' : ': '}${names.join(w('list'))}`);
  return `${w('lead')}${lang === 'zh' ? ' ' : ' — '}${said.join(w('parts'))}`;
}

/** A date as YYYY-MM-DD in the device's own time zone (what a resident calls today). */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** What an export or a print is of: the place and radius when near-me is on, the filters, the day. */
export interface ViewContext {
  lang: Lang;
  /** The place's name; null for the whole list. */
  place: string | null;
  radius: number | null;
  filters: Filters;
  date: string;
}

/** Characters no file system accepts in a name, and spaces. */
const UNSAFE = /[\\/:*?"<>|\s]+/g;

/**
 * A file name that says what the file holds:
 * 硚口-宗关-1km-2026-12-06.csv, 硚口-列表-已筛选-2026-12-06.geojson.
 */
export function exportFileName(v: ViewContext, ext: 'csv' | 'geojson'): string {
  const zh = v.lang === 'zh';
  const place = v.place ? v.place.replace(UNSAFE, '_').slice(0, 40) : zh ? '列表' : 'list';
  const radius = v.place && v.radius ? (v.radius >= 1000 ? `${v.radius / 1000}km` : `${v.radius}m`) : null;
  const filtered = filtersActive(v.filters) ? (zh ? '已筛选' : 'filtered') : null;
  const name = [zh ? '硚口' : 'qiaokou', place, radius, filtered, v.date].filter(Boolean).join('-');
  return `${name}.${ext}`;
}
