import type { Lang, Strings } from '../../lib/i18n';
import type { Place } from '../../schema/records';

/** The search box's strings. */
export const SEARCH_STRINGS = {
  label: { zh: '搜索地点、项目、地标、街道或地铁站', en: 'Search places, projects, landmarks, streets or stations' },
  placeholder: { zh: '搜索:宗关、zongguan、武汉体育馆…', en: 'Search: Zongguan, 宗关, Wuhan Gymnasium…' },
  results: { zh: '个结果', en: 'results' },
} as const satisfies Strings;

/** What kind of place a result is, in words. */
export const PLACE_KIND_NAMES: Record<Place['kind'], Record<Lang, string>> = {
  landmark: { zh: '地标', en: 'Landmark' },
  street: { zh: '街道', en: 'Street' },
  station: { zh: '地铁站', en: 'Metro station' },
  subdistrict: { zh: '街道办', en: 'Sub-district' },
  water: { zh: '水体', en: 'Water' },
  district: { zh: '行政区', en: 'District' },
};
