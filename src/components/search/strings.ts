import type { Lang } from '../../lib/i18n';

export const SEARCH_STRINGS = {
  label: { zh: '搜索地点、项目、地标、街道或地铁站', en: 'Search places, projects, landmarks, streets or stations' },
  placeholder: { zh: '搜索:宗关、zongguan、武汉体育馆…', en: 'Search: Zongguan, 宗关, Wuhan Gymnasium…' },
  results: { zh: '个结果', en: 'results' },
  kind: {
    zh: { feature: '项目', landmark: '地标', street: '街道', station: '地铁站', subdistrict: '街道办', water: '水体', district: '行政区' },
    en: { feature: 'Project', landmark: 'Landmark', street: 'Street', station: 'Metro station', subdistrict: 'Sub-district', water: 'Water', district: 'District' },
  },
} as const;

export type SearchString = Exclude<keyof typeof SEARCH_STRINGS, 'kind'>;
export const searchText = (lang: Lang, key: SearchString): string => SEARCH_STRINGS[key][lang];
