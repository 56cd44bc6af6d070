import type { LandmarkKind } from '../../../src/schema/basemap';

/** A decision on one Wikidata item: what kind of place it is, or why it is left out. */
export type Verdict = { kind: LandmarkKind } | { drop: string };

/** Wikidata categories (the reference file's own) that are a kind of place as they stand. */
const BY_CATEGORY: Record<string, LandmarkKind> = {
  车站: 'station',
  桥梁: 'bridge',
  隧道: 'tunnel',
  高校: 'college',
  体育: 'stadium',
  文物古迹: 'heritage',
  宗教建筑: 'religious',
  塔: 'tower',
  公园游乐: 'park',
  湖泊: 'lake',
};

/** Categories that are not places a resident steers by. */
const NOT_PLACES: Record<string, string> = {
  行政区划: 'administrative area',
  历史街区: 'historical district (an area, not a point)',
  轨道交通: 'transport system, not a place',
  河流: 'river (a line, drawn by the water layer)',
  机场: 'airport (the one nearby, 王家墩, closed in 2007)',
  自然地形: 'natural feature with a coarse point',
};

const EVENT = /事件|会战|戰鬥|战斗|空难|空難|大水|疫情|封锁|封鎖|爆炸案|起义$|起義$|代表大会$|代表大會$/;
const VESSEL = /\b(destroyer|frigate|submarine)\b/i;
const HERITAGE = /旧址|故居|会址|建筑群|（汉口）|\(汉口\)|领事馆旧|水塔$/;

/** Names of the catch-all 其它 category, read by what they end in or contain. */
const BY_NAME: Array<[RegExp, LandmarkKind | { drop: string }]> = [
  [/总教区$|有限公司$/, { drop: 'organisation, not a place' }],
  [/[街路]$/, { drop: 'street (streets come from the road layer)' }],
  [/[府郡]$/, { drop: 'historical administrative area' }],
  [HERITAGE, 'heritage'],
  [/中学|小学|学校/, 'school'],
  [/医院|血液中心|疾病预防控制中心/, 'hospital'],
  [/大学|学院$/, 'college'],
  [/研究所|研究院|创新中心/, 'institute'],
  [/领事馆|办事处/, 'consulate'],
  [/美术馆|博物馆|纪念馆/, 'museum'],
  [/市场$/, 'market'],
  [/广场$/, 'mall'],
  [/大楼$|大厦$|中心$/, 'building'],
];

/**
 * What kind of landmark an item is, from its category and its (simplified)
 * Chinese and English names; events, vessels, areas and organisations are
 * dropped with the reason.
 */
export function classify(category: string, nameZh: string, nameEn: string): Verdict {
  const notPlace = NOT_PLACES[category];
  if (notPlace) return { drop: notPlace };
  if (EVENT.test(nameZh)) return { drop: 'event, not a place' };
  if (VESSEL.test(nameEn)) return { drop: 'vessel, not a fixed place' };
  const direct = BY_CATEGORY[category];
  if (direct) return { kind: direct };
  if (category === '文化场馆') return { kind: /美术馆|博物馆|纪念馆/.test(nameZh) ? 'museum' : 'culture' };
  if (category === '建筑') {
    if (HERITAGE.test(nameZh)) return { kind: 'heritage' };
    if (/\b(tower|center|centre|building)\b/i.test(nameEn)) return { kind: 'building' };
    return { kind: /广场$/.test(nameZh) ? 'mall' : 'building' };
  }
  for (const [pattern, verdict] of BY_NAME) if (pattern.test(nameZh)) return typeof verdict === 'string' ? { kind: verdict } : verdict;
  return { drop: `no kind of place could be read from category ${category} and the name` };
}

/** Label priority by kind (1 first): what people steer by wins the space. */
export const KIND_RANK: Record<LandmarkKind, number> = {
  station: 2,
  hospital: 2,
  stadium: 2,
  school: 3,
  college: 3,
  bridge: 3,
  mall: 3,
  park: 3,
  tower: 4,
  religious: 4,
  museum: 4,
  culture: 4,
  lake: 4,
  heritage: 5,
  building: 5,
  market: 5,
  institute: 6,
  consulate: 6,
  tunnel: 7,
};
