import type { Lang } from '../../lib/i18n';

export const NEAR_STRINGS = {
  tab: { zh: '附近', en: 'Near me' },
  intro: { zh: '选一个位置,看看周边在建、在拆、在改造什么,何时完成。', en: 'Pick a place to see what is being built, cleared or upgraded around it, and when.' },
  ways: { zh: '在顶部搜索地名,或:', en: 'Search a place name at the top, or:' },
  useLocation: { zh: '使用我的位置', en: 'Use my location' },
  locating: { zh: '正在定位…', en: 'Locating…' },
  pickOnMap: { zh: '在地图上点选位置', en: 'Tap the map to set my place' },
  picking: { zh: '请点击地图上的位置(按 Esc 取消)', en: 'Click a spot on the map (Esc to cancel)' },
  cancel: { zh: '取消', en: 'Cancel' },
  clear: { zh: '清除位置', en: 'Clear place' },
  rightClick: { zh: '提示:在地图上右键也可设置位置。', en: 'Tip: right-click the map to set the place too.' },
  myPlace: { zh: '我的位置', en: 'My place' },
  near: { zh: '附近', en: 'near' },
  radius: { zh: '范围', en: 'Radius' },
  countWithin: { zh: '{r}范围内', en: 'within {r}:' },
  inside: { zh: '你在此范围内', en: 'You are inside' },
  maybe: { zh: '可能在范围内', en: 'may be within' },
  maybeHint: { zh: '位置为大致位置,实际可能在范围内外', en: 'placed approximately: the real site may be inside or outside the radius' },
  nothing: { zh: '此范围内没有符合筛选条件的项目。试试扩大范围。', en: 'Nothing within this radius matches the filters. Try a larger radius.' },
  nothingAtMax: { zh: '此范围内没有符合筛选条件的项目。这已是最大范围,可以重置筛选或换一个位置。', en: 'Nothing within this radius matches the filters. This is the largest radius: reset the filters or pick another place.' },
  print: { zh: '打印一页清单', en: 'Print a one-page sheet' },
  copyLink: { zh: '复制链接', en: 'Copy link' },
  copied: { zh: '链接已复制', en: 'Link copied' },
  denied: { zh: '你拒绝了定位权限。可在浏览器设置中允许,或改用搜索、在地图上点选。', en: 'Location permission was denied. Allow it in browser settings, or search or tap the map instead.' },
  unavailable: { zh: '无法获取你的位置(定位不可用)。请改用搜索或在地图上点选。', en: 'Your position is unavailable. Search or tap the map instead.' },
  timeout: { zh: '定位超时。请重试,或改用搜索、在地图上点选。', en: 'Locating timed out. Try again, or search or tap the map instead.' },
  outside: { zh: '你的位置不在硚口区内。请搜索或在地图上点选区内的位置。', en: 'Your position is outside Qiaokou District. Search or tap a place inside it.' },
  unsupported: { zh: '此浏览器不支持定位。请改用搜索或在地图上点选。', en: 'This browser cannot locate you. Search or tap the map instead.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type NearString = keyof typeof NEAR_STRINGS;
export const nearText = (lang: Lang, key: NearString): string => NEAR_STRINGS[key][lang];

/** "This place is outside Qiaokou District, about 30 km from it", with what the map covers. */
export function outsideText(lang: Lang, distance: string): string {
  return lang === 'zh'
    ? `这个位置在硚口区以外,距区界约 ${distance}。地图只收录硚口区政府工作报告中的地点,请搜索或在地图上点选区内的位置。`
    : `This place is outside Qiaokou District, about ${distance} from it. The map holds only the places of the district's work report: search or tap a place inside the district.`;
}
