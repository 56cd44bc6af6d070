import type { Category, PlanTarget, Precision, Status } from '../schema/feature';
import { PRECISION_TOLERANCE_M as TOL } from '../schema/precision';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** Whether a text is written in Chinese (holds a Han character), to mark it `lang="zh-CN"`. */
export const isChinese = (text: string): boolean => /[\u4e00-\u9fff]/.test(text);

/**
 * The one shape of a table of UI strings: each key in every language.
 * Declare tables `as const satisfies Strings`, so a missing language fails the type check.
 */
export type Strings = Record<string, Record<Lang, string>>;

/** Values for a string's `{name}` slots. */
export type Slots = Record<string, string | number>;

/** A table read in one language: the string for `key`, its slots filled. */
export type Text<T extends Strings> = (key: keyof T & string, slots?: Slots) => string;

/** Fills `{name}` slots in a UI string; a slot with no value stays as written. */
export function fill(template: string, slots: Slots): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in slots ? String(slots[k]) : m));
}

/** Reads `table` in `lang`: the one way UI strings are looked up, in React (`useText`) and out of it. */
export function textFor<T extends Strings>(table: T, lang: Lang): Text<T> {
  const rows: Record<keyof T, Record<Lang, string>> = table;
  return (key, slots) => (slots ? fill(rows[key][lang], slots) : rows[key][lang]);
}

export const CATEGORY_NAMES: Record<Category, Record<Lang, string>> = {
  renewal: { zh: '城市更新片区', en: 'Renewal zones' },
  road: { zh: '道路交通', en: 'Roads & transit' },
  park: { zh: '公园绿地与水体', en: 'Parks, green & water' },
  community: { zh: '老旧小区与社区', en: 'Old communities' },
  project: { zh: '重点项目与楼宇', en: 'Key projects & buildings' },
  facility: { zh: '公共服务设施', en: 'Public facilities' },
  heritage: { zh: '历史文化', en: 'Heritage' },
};

export const STATUS_NAMES: Record<Status, Record<Lang, string>> = {
  completed: { zh: '已完成', en: 'Completed' },
  underway: { zh: '推进中', en: 'Underway' },
  planned: { zh: '计划', en: 'Planned' },
  context: { zh: '提及', en: 'Mentioned' },
};

export const YEAR_NAMES: Record<2022 | 2023, Record<Lang, string>> = {
  2022: { zh: '2022年回顾', en: '2022 review' },
  2023: { zh: '2023年计划', en: '2023 plan' },
};

/** Each precision as a promise in words and metres: the label before the colon, the promise after it. */
export const PRECISION_NAMES: Record<Precision, Record<Lang, string>> = {
  exact: { zh: `位置精确:对照地标放置,误差约${TOL.exact}米以内`, en: `Exact: placed on a landmark, within about ${TOL.exact} m` },
  street: { zh: `沿街道:位置误差约${TOL.street}米以内`, en: `Along a street: within about ${TOL.street} m` },
  approximate: { zh: `大致位置:位置误差约${TOL.approximate}米以内`, en: `Approximate: within about ${TOL.approximate} m` },
  area: { zh: '范围示意:按描述勾绘,包含其参照点', en: 'Sketched extent: drawn from the description, containing its anchors' },
};

/** Where an anchor's fact comes from. */
export const ANCHOR_SOURCE_NAMES: Record<'wikidata' | 'osm' | 'metro' | 'bridge' | 'district-outline', Record<Lang, string>> = {
  wikidata: { zh: '维基数据', en: 'Wikidata' },
  osm: { zh: 'OpenStreetMap 道路', en: 'OpenStreetMap road' },
  metro: { zh: '地铁站', en: 'Metro station' },
  bridge: { zh: '桥梁', en: 'Bridge' },
  'district-outline': { zh: '区界', en: 'District outline' },
};

/** How a place stands to its anchor. */
export const ANCHOR_RELATION_NAMES: Record<'at' | 'beside' | 'along' | 'within', Record<Lang, string>> = {
  at: { zh: '位于', en: 'at' },
  beside: { zh: '邻近', en: 'beside' },
  along: { zh: '沿', en: 'along' },
  within: { zh: '范围内含', en: 'contains' },
};

/** The app's own strings: header, list, card, notices. */
export const UI_STRINGS = {
  title: { zh: '硚口城市更新地图', en: 'Qiaokou Renewal Map' },
  subtitle: { zh: '硚口区2022年政府工作报告', en: 'Qiaokou District 2022 Government Work Report' },
  language: { zh: 'English', en: '中文' },
  languageLabel: { zh: 'Switch to English', en: '切换到中文' },
  layers: { zh: '图层', en: 'Layers' },
  status: { zh: '状态', en: 'Status' },
  year: { zh: '报告年份', en: 'Report year' },
  list: { zh: '列表', en: 'List' },
  items: { zh: '项', en: 'items' },
  noMatch: { zh: '没有符合筛选条件的项目。', en: 'Nothing matches these filters.' },
  resetFilters: { zh: '重置筛选', en: 'Reset filters' },
  close: { zh: '关闭', en: 'Close' },
  skipToList: { zh: '跳到项目列表', en: 'Skip to the list' },
  reportSays: { zh: '报告原文', en: 'The report says' },
  location: { zh: '位置', en: 'Location' },
  method: { zh: '方法', en: 'Method' },
  reference: { zh: '参照', en: 'Placed against' },
  measured: { zh: '实测相距', en: 'measured' },
  allowed: { zh: '允许', en: 'allowed' },
  loading: { zh: '正在加载…', en: 'Loading…' },
  catalogueError: { zh: '无法加载项目目录', en: 'Could not load the project catalogue' },
  mapError: { zh: '地图数据加载失败,列表仍可使用', en: 'Map data failed to load; the list still works' },
  noWebgl: { zh: '此浏览器无法显示地图(不支持 WebGL),以下为列表模式。', en: 'This browser cannot show the map (no WebGL); showing the list only.' },
  urlNotice: { zh: '链接中的部分参数无法识别,已恢复默认值', en: 'Parts of the link were not understood and were reset to defaults' },
  basemap: { zh: '底图', en: 'Basemap' },
  basemapLocal: { zh: '内置示意底图', en: 'Built-in schematic map' },
  basemapOsm: { zh: '在线街道图 (OpenStreetMap)', en: 'Online street map (OpenStreetMap)' },
  basemapNote: { zh: '示意底图,手工描绘,非测绘成果', en: 'Schematic basemap, hand-traced, not a survey' },
  section: { zh: '章节', en: 'Section' },
  figures: { zh: '数据', en: 'Figures' },
  select: { zh: '在地图上查看', en: 'Show on map' },
  filters: { zh: '筛选', en: 'Filters' },
  legend: { zh: '图例', en: 'Legend' },
  dismiss: { zh: '知道了', en: 'Dismiss' },
  views: { zh: '视图', en: 'Views' },
  report: { zh: '报告', en: 'Report' },
  indicators: { zh: '指标', en: 'Figures' },
  quality: { zh: '数据质量', en: 'Data' },
  nearMe: { zh: '附近', en: 'Near me' },
  alsoHere: { zh: '此处还有', en: 'Also here' },
  osmUnreachable: { zh: '在线街道图无法加载(可能已离线),内置示意底图和全部内容仍可使用。', en: 'The online street map cannot be reached (offline?); the built-in map and everything else still work.' },
  basemapOffline: { zh: '在线街道图需要网络,当前离线。', en: 'The online street map needs the network; you are offline.' },
  offline: { zh: '离线 · 使用本机保存的数据', en: 'Offline · using the copy saved on this device' },
  updateData: { zh: '有新数据,刷新', en: 'New data, reload' },
  updateApp: { zh: '有新版本,刷新', en: 'New version, reload' },
  fold: { zh: '收起面板,查看地图', en: 'Fold the panel to see the map' },
  unfold: { zh: '展开面板', en: 'Unfold the panel' },
  statusHint: {
    zh: '状态为报告所述该地点已达到的最远阶段:2023年的计划不会让已开工或已建成的地点倒退为“计划”,计划作为目标另行标出(如“2023年计划建成”)。',
    en: 'A place shows the furthest stage the report says it has reached: a 2023 plan never moves a place that is underway or completed back to “planned”; the plan shows as its target (e.g. “2023 plan: complete”).',
  },
  targetCompleted: { zh: '2023年计划建成', en: '2023 plan: complete' },
  targetUnderway: { zh: '2023年计划推进', en: '2023 plan: start or continue' },
  metres: { zh: '米', en: 'm' },
  nearPlace: { zh: '{name}附近', en: 'near {name}' },
  mapLabel: { zh: '硚口区项目地图', en: 'Qiaokou project map' },
  errorTitle: { zh: '【数据纠错】', en: '[Data error] ' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof UI_STRINGS;

/** The 2023 plan's target in words: "2023年计划建成". */
export function targetName(target: PlanTarget, lang: Lang): string {
  return UI_STRINGS[target === 'completed' ? 'targetCompleted' : 'targetUnderway'][lang];
}

/** The app's string for `key` in `lang`, for code outside React (the map, the URL notice). */
export function translate(lang: Lang, key: StringKey, slots?: Slots): string {
  return textFor(UI_STRINGS, lang)(key, slots);
}
