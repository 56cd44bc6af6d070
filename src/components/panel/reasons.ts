import type { Lang } from '../../lib/i18n';
import type { Unmapped } from '../../schema/records';

/** Why something the report names is not on the map, in words. */
export const REASON_NAMES: Record<Unmapped['reason'], Record<Lang, string>> = {
  'location-unverified': { zh: '位置无法核实,未画在地图上', en: 'Site not verified, so not drawn' },
  'no-location': { zh: '报告未给出位置,也无法核实', en: 'No location given or verifiable' },
  'district-wide': { zh: '全区范围,无单一地点', en: 'District-wide, no single place' },
  organisation: { zh: '机构或企业,不是地点', en: 'An organisation, not a place' },
  event: { zh: '活动或事件', en: 'An event' },
  'outside-district': { zh: '位于硚口区外', en: 'Outside the district' },
  programme: { zh: '政策、规划或工作机制', en: 'A programme, plan or policy' },
};
