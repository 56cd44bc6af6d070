import type { Lang } from './i18n';

/**
 * The report's headings in English: its two parts, their numbered
 * headings and the lead phrases of paragraphs that sections cite. A heading
 * missing here shows in Chinese, as written.
 */
export const SECTION_EN: Readonly<Record<string, string>> = {
  二〇二二年工作回顾: 'Review of work in 2022',
  二〇二三年工作意见: 'Work plan for 2023',
  '2023年全区发展的主要预期目标': "Main targets for the district's development in 2023",
  '一、经济大盘保持总体平稳': '1. The economy held broadly steady',
  '二、动能转换取得积极进展': '2. Progress in shifting growth drivers',
  '三、城市建管水平持续提升': '3. Better urban construction and management',
  '四、民生底线切实兜牢兜实': "4. People's basic needs firmly secured",
  '五、政府自身建设全面从严': '5. Strict self-discipline of the government',
  '一、在加快城市更新上持续用力': '1. Keep pushing urban renewal',
  '二、在提高发展质效上持续用力': '2. Keep raising the quality of growth',
  '三、在深化改革创新上持续用力': '3. Keep deepening reform and innovation',
  '四、在打造美好环境上持续用力': '4. Keep building a better environment',
  '五、在缔造幸福生活上持续用力': '5. Keep creating a happier life',
  '六、在加强自身建设上持续用力': "6. Keep strengthening the government's own work",
  经济保持合理区间: 'The economy stayed within a reasonable range',
  项目建设加快推进: 'Project construction sped up',
  市场主体平稳发展: 'Market entities grew steadily',
  产业转型持续加速: 'Industrial transformation kept accelerating',
  双招双引深入推进: 'Attracting investment and talent went deeper',
  城市更新先行先试: 'Urban renewal led the way',
  城市功能不断优化: 'Urban functions kept improving',
  城市管理更加精细: 'City management grew more meticulous',
  生态环境持续改善: 'The environment kept improving',
  保障体系更加完备: 'Social safety nets were completed',
  社会事业稳步发展: 'Social services developed steadily',
  基层治理深入推进: 'Grassroots governance went deeper',
  安全底线守稳守牢: 'Safety was firmly kept',
  政治建设全面加强: 'Political discipline was strengthened',
  法治建设扎实推进: 'Rule of law was advanced',
  效能建设持续强化: 'Efficiency kept improving',
  作风建设不断深化: 'Working style kept improving',
  坚持规划引领: 'Let planning lead',
  推进片区更新: 'Renew whole areas',
  实施分类改造: 'Renovate by type',
  做强西部城市功能: "Strengthen the west's urban functions",
  加大产业转型力度: 'Push industrial transformation harder',
  激发市场主体活力: 'Energise market entities',
  提高招商引资效益: 'Make investment promotion pay',
  全面提升创新能力: 'Raise innovation capacity across the board',
  大力引进培育人才: 'Attract and grow talent',
  强化要素保障: 'Secure land, funds and other inputs',
  持续深化改革攻坚: 'Keep deepening reform',
  加快基础设施建设: 'Speed up infrastructure',
  加大环境保护力度: 'Protect the environment harder',
  加强城市精细管理: 'Manage the city more finely',
  加大民生保障力度: "Do more for people's livelihoods",
  加快社会事业发展: 'Speed up social services',
  创新推进基层治理: 'Innovate in grassroots governance',
  防范化解风险: 'Prevent and defuse risks',
};

/** The source record's Chinese values in English, for the data-quality panel. */
export const SOURCE_EN: Readonly<Record<string, string>> = {
  '2022年政府工作报告': '2022 Government Work Report',
  硚口区政府办: 'Qiaokou District Government Office',
  区长苏海峰: 'Su Haifeng, District Mayor',
};

/** A section path in the reader's language; Chinese stays as written. */
export function sectionPath(section: readonly string[], lang: Lang): string {
  return section.map((part) => (lang === 'en' ? (SECTION_EN[part] ?? part) : part)).join(' › ');
}
