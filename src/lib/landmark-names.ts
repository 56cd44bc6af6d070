import type { LandmarkKind } from '../schema/constants';
import type { Lang } from './i18n';

/** What each kind of landmark is called, for search results and the landmark popup. */
export const LANDMARK_NAMES: Record<LandmarkKind, Record<Lang, string>> = {
  station: { zh: '火车站', en: 'Railway station' },
  hospital: { zh: '医疗机构', en: 'Health care' },
  stadium: { zh: '体育场馆', en: 'Stadium' },
  school: { zh: '中小学', en: 'School' },
  college: { zh: '高校', en: 'College' },
  bridge: { zh: '桥梁', en: 'Bridge' },
  mall: { zh: '商业广场', en: 'Shopping centre' },
  park: { zh: '公园', en: 'Park' },
  tower: { zh: '塔', en: 'Tower' },
  religious: { zh: '宗教场所', en: 'Place of worship' },
  museum: { zh: '博物馆/美术馆', en: 'Museum' },
  culture: { zh: '文化场馆', en: 'Cultural venue' },
  heritage: { zh: '文物古迹', en: 'Heritage site' },
  building: { zh: '楼宇', en: 'Building' },
  market: { zh: '市场', en: 'Market' },
  institute: { zh: '研究机构', en: 'Institute' },
  consulate: { zh: '领事机构', en: 'Consulate' },
  lake: { zh: '湖泊', en: 'Lake' },
  tunnel: { zh: '隧道', en: 'Tunnel' },
};
