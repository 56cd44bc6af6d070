import type { Status, Year } from './feature';

/**
 * The report's verbs and what they mean for a place's status, in priority
 * order: the first rule with a verb found in a quote decides. A 2022 verb
 * reports a result; the same verb in the 2023 plan is a promise, so it maps
 * to `planned` unless it says work is already going on (加快…, 全力配合…).
 */
export interface StatusRule {
  readonly verbs: readonly string[];
  readonly status: Readonly<Record<Year, Status>>;
}

export const STATUS_RULES: readonly StatusRule[] = [
  { verbs: ['交付施工断面', '加快推进', '加快实施', '加快建设', '有序推进', '触发熔断', '达到挂牌条件'], status: { 2022: 'underway', 2023: 'underway' } },
  { verbs: ['加快', '全力配合'], status: { 2022: 'underway', 2023: 'underway' } },
  {
    verbs: ['建成通车', '建成开放', '建成投用', '投入使用', '主体完工', '竣工', '建成', '完成', '通车', '投用', '完工', '蝶变', '开业'],
    status: { 2022: 'completed', 2023: 'planned' },
  },
  { verbs: ['开工', '启动', '拿地', '摘牌', '封顶', '实施'], status: { 2022: 'underway', 2023: 'planned' } },
  {
    verbs: ['推动', '推进', '新改扩建', '新建', '建设', '谋划', '升级改造', '改造', '挂牌', '打造', '编制', '修缮', '筹备', '支持', '保障', '丰富', '迁建'],
    status: { 2022: 'underway', 2023: 'planned' },
  },
];

/** The first verb of the table found in the quote, with the status it gives; `context` when none is. */
export function statusFromQuote(quote: string, year: Year): { status: Status; verb: string | null } {
  for (const rule of STATUS_RULES) {
    for (const verb of rule.verbs) {
      if (quote.includes(verb)) return { status: rule.status[year], verb };
    }
  }
  return { status: 'context', verb: null };
}
