import type { Metric } from '../schema/feature';
import type { Lang } from './i18n';

/** A metric as a figure with its unit, as the report writes it: "10.8公里". */
export function formatMetric(m: Metric): string {
  return `${m.value}${m.unit}`;
}

/** A distance in metres, rounded the way people say it. */
export function formatDistance(metres: number, lang: Lang): string {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: under 5 m the line below rounds to 0 as well; this one says so plainly
  if (metres < 1) return lang === 'zh' ? '0 米' : '0 m';
  if (metres < 1000) return lang === 'zh' ? `${Math.round(metres / 10) * 10} 米` : `${Math.round(metres / 10) * 10} m`;
  const km = (metres / 1000).toFixed(metres < 10_000 ? 1 : 0);
  return lang === 'zh' ? `${km} 公里` : `${km} km`;
}

/** A near-me distance with the placement's uncertainty: "1.2 公里 ±800 米"; no "±" for exact places and areas. */
export function formatNearDistance(distance: number, uncertainty: number, lang: Lang): string {
  const d = formatDistance(distance, lang);
  return uncertainty > 0 ? `${d} ±${formatDistance(uncertainty, lang)}` : d;
}

/** The feature's name in the chosen language, with the other in brackets. */
export function bilingualName(f: { name_zh: string; name_en: string }, lang: Lang): { primary: string; secondary: string } {
  return lang === 'zh' ? { primary: f.name_zh, secondary: f.name_en } : { primary: f.name_en, secondary: f.name_zh };
}
