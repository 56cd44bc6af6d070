import type { Strings } from '../../lib/i18n';

/** The print sheet's strings. */
export const PRINT_STRINGS = {
  titleNear: { zh: '硚口城市更新地图 · 附近项目清单', en: 'Qiaokou Renewal Map · What is planned near a place' },
  titleList: { zh: '硚口城市更新地图 · 项目清单', en: 'Qiaokou Renewal Map · List of places' },
  printed: { zh: '打印日期', en: 'Printed' },
  place: { zh: '位置', en: 'Place' },
  radius: { zh: '范围', en: 'Radius' },
  filters: { zh: '筛选', en: 'Filters' },
  noFilters: { zh: '无(全部显示)', en: 'none (everything shown)' },
  count: { zh: '共 {n} 项;地图上的编号与清单编号一致。', en: '{n} items; the numbers on the map match the list.' },
  legend: { zh: '图例', en: 'Legend' },
  layers: { zh: '图层', en: 'Layers' },
  status: { zh: '状态', en: 'Status' },
  precisionNote: { zh: '除标注“精确”外,位置均为示意。', en: 'Locations are schematic unless marked exact.' },
  noMap: { zh: '(地图图像不可用)', en: '(no map picture available)' },
  source: { zh: '来源:硚口区2022年政府工作报告(硚口区人民政府,2022-12-29)。', en: 'Source: Qiaokou District 2022 Government Work Report (Qiaokou District People’s Government, 2022-12-29).' },
  link: { zh: '在线查看', en: 'Online' },
} as const satisfies Strings;
