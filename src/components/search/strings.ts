import type { Lang } from '../../lib/i18n';

export const SEARCH_STRINGS = {
  label: { zh: '搜索地点、项目、地标、街道或地铁站', en: 'Search places, projects, landmarks, streets or stations' },
  placeholder: { zh: '搜索:宗关、zongguan、武汉体育馆…', en: 'Search: Zongguan, 宗关, Wuhan Gymnasium…' },
  results: { zh: '个结果', en: 'results' },
  noMatch: { zh: '没有找到', en: 'No match for' },
  canSearch: {
    zh: '可搜索报告中的地点和项目、地标(学校、医院、车站、桥梁、场馆…)、地铁站、街道和街道办,可用中文、拼音、首字母或英文。',
    en: 'You can search the report’s places and projects, landmarks (schools, hospitals, stations, bridges, venues…), metro stations, streets and sub-districts, in Chinese, pinyin, initials or English.',
  },
  tryThese: { zh: '试试', en: 'Try' },
  otherWays: { zh: '或者:', en: 'Or:' },
  pickOnMap: { zh: '在地图上点选位置', en: 'Tap the map' },
  useLocation: { zh: '使用我的位置', en: 'Use my location' },
  kind: {
    zh: { feature: '项目', landmark: '地标', street: '街道', station: '地铁站', subdistrict: '街道办', water: '水体', district: '行政区' },
    en: { feature: 'Project', landmark: 'Landmark', street: 'Street', station: 'Metro station', subdistrict: 'Sub-district', water: 'Water', district: 'District' },
  },
} as const;

export type SearchString = Exclude<keyof typeof SEARCH_STRINGS, 'kind'>;
export const searchText = (lang: Lang, key: SearchString): string => SEARCH_STRINGS[key][lang];
