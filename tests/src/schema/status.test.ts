import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Status, Year } from '../../../src/schema/feature';
import { STATUS_RULES, statusFromQuote } from '../../../src/schema/status';

/** The report every sentence below is copied from; each is checked to stand in it verbatim. */
const REPORT = readFileSync(new URL('../../../data/report/qiaokou-2022-government-work-report.txt', import.meta.url), 'utf8');

interface Case {
  /** What the table should do, as a sentence. */
  behaviour: string;
  quote: string;
  year: Year;
  status: Status;
  /** The verb that decides, or null when none of the table's verbs stands in the quote. */
  verb: string | null;
}

const CASES: readonly Case[] = [
  // 2022 review: results
  { behaviour: 'reads 竣工 in the 2022 review as completed', quote: '恒隆府等12个项目竣工', year: 2022, status: 'completed', verb: '竣工' },
  { behaviour: 'reads 主体完工 in the 2022 review as completed', quote: '张毕湖、竹叶海公园主体完工', year: 2022, status: 'completed', verb: '主体完工' },
  { behaviour: 'reads 建成开放 as completed by the longer verb, not by 建成 alone', quote: '首个新就业群体党群活动中心汉江湾驿站建成开放', year: 2022, status: 'completed', verb: '建成开放' },
  { behaviour: 'reads 建成通车 of roads in the 2022 review as completed', quote: '12条道路建成通车', year: 2022, status: 'completed', verb: '建成通车' },
  { behaviour: 'reads 投入使用 in the 2022 review as completed', quote: '全市首个大件家具处理中心投入使用', year: 2022, status: 'completed', verb: '投入使用' },
  { behaviour: 'reads old compounds that 蝶变 (were transformed) in 2022 as completed', quote: '营北社区、荣东小区等一批小区蝶变幸福家园', year: 2022, status: 'completed', verb: '蝶变' },
  // 2022 review: work going on
  { behaviour: 'reads 开工建设 in 2022 as underway: 开工 outranks the later 建设', quote: '古田一路北段开工建设', year: 2022, status: 'underway', verb: '开工' },
  { behaviour: 'reads 有序推进 of a road rebuild in 2022 as underway', quote: '南泥湾大道、额头湾立交改造有序推进', year: 2022, status: 'underway', verb: '有序推进' },
  { behaviour: 'reads a metro line that 交付施工断面 (handed over work sites) as underway', quote: '地铁12号线率先交付施工断面', year: 2022, status: 'underway', verb: '交付施工断面' },
  { behaviour: 'reads a parcel that 达到挂牌条件 (is ready for sale) as underway, not as started only', quote: '轻机公客厂片启动9个月达到挂牌条件', year: 2022, status: 'underway', verb: '达到挂牌条件' },
  { behaviour: 'reads land sales that 触发熔断 (hit the price cap) as underway', quote: '中南军需片等2个项目触发熔断', year: 2022, status: 'underway', verb: '触发熔断' },
  { behaviour: 'reads 拿地 (land bought) in 2022 as underway', quote: '常码头片是全市唯一外资拿地项目', year: 2022, status: 'underway', verb: '拿地' },
  { behaviour: 'reads 封顶 (topped out) in 2022 as underway', quote: '区级医院结构封顶', year: 2022, status: 'underway', verb: '封顶' },
  { behaviour: 'reads 加快实施 in 2022 as underway', quote: '汉江湾生态综合治理PPP项目加快实施', year: 2022, status: 'underway', verb: '加快实施' },
  // 2023 plan: promises
  { behaviour: 'reads 完成 in the 2023 plan as planned: a promise, not a result', quote: '完成古田一路北段高架征收', year: 2023, status: 'planned', verb: '完成' },
  { behaviour: 'reads 建成 in the 2023 plan as planned', quote: '建成宝庆街、丰采路等11条道路', year: 2023, status: 'planned', verb: '建成' },
  { behaviour: 'reads 开工 promised with 确保 in 2023 as planned', quote: '确保汉正街东片扩大片、地大校内片等开工', year: 2023, status: 'planned', verb: '开工' },
  { behaviour: 'reads 启动 in the 2023 plan as planned', quote: '启动宝丰小路、田正街等11条道路', year: 2023, status: 'planned', verb: '启动' },
  { behaviour: 'reads 推动 … 挂牌供地 in 2023 as planned by 推动, the verb listed first', quote: '推动利北社区片挂牌供地', year: 2023, status: 'planned', verb: '推动' },
  { behaviour: 'reads 新建 in the 2023 plan as planned', quote: '新建汉西消防救援站', year: 2023, status: 'planned', verb: '新建' },
  { behaviour: 'reads 编制 of a plan in 2023 as planned', quote: '高水平编制汉江湾城市活力区城市规划', year: 2023, status: 'planned', verb: '编制' },
  // 2023 plan: work already going on
  { behaviour: 'reads 全力配合 city works in 2023 as underway', quote: '全力配合地铁12号线硚口段、南泥湾大道改造、汉正阳台等市级工程建设', year: 2023, status: 'underway', verb: '全力配合' },
  { behaviour: 'reads 加快 … 建设 with words in between as underway by 加快', quote: '加快全新街、丰茂路等8条道路建设', year: 2023, status: 'underway', verb: '加快' },
  { behaviour: 'reads 加快 in the 2023 plan as underway, ahead of 迁建', quote: '加快崇仁医院迁建', year: 2023, status: 'underway', verb: '加快' },
  { behaviour: 'reads 加快推进 in the 2023 plan as underway', quote: '进一步优化汉正街城市核心区城市规划,加快推进专项规划编制、研判和论证', year: 2023, status: 'underway', verb: '加快推进' },
  // context: named, no action on the place
  { behaviour: 'gives context when a 2022 sentence only reports an award', quote: '汉江江滩硚口段获评省级水利风景区', year: 2022, status: 'context', verb: null },
  { behaviour: 'gives context when a 2022 sentence only reports a ranking', quote: '武汉英中牛剑录取数全国第2', year: 2022, status: 'context', verb: null },
  { behaviour: 'gives context when a 2023 sentence names partners without a verb of the table', quote: '强化同济医学院、同济医院等优势资源与产业联动', year: 2023, status: 'context', verb: null },
  { behaviour: 'gives context for a 2023 clause that frames a zone without acting on it', quote: '汉江经济带,统筹好水面-岸线-腹地资源', year: 2023, status: 'context', verb: null },
];

describe('statusFromQuote on sentences of the 2022 report', () => {
  it('is tested on sentences that stand verbatim in the report', () => {
    const missing = CASES.filter((c) => !REPORT.includes(c.quote)).map((c) => c.quote);
    expect(missing).toEqual([]);
  });

  it('is tested on every status in both report years', () => {
    const seen = new Set(CASES.map((c) => `${c.year} ${c.status}`));
    for (const want of ['2022 completed', '2022 underway', '2022 context', '2023 planned', '2023 underway', '2023 context']) {
      expect(seen).toContain(want);
    }
  });

  for (const c of CASES) {
    it(c.behaviour, () => {
      expect(statusFromQuote(c.quote, c.year)).toEqual({ status: c.status, verb: c.verb });
    });
  }
});

describe('the verb table', () => {
  it('reads 加快 alone as underway in a 2022 result as in the 2023 plan', () => {
    expect(statusFromQuote('加快崇仁医院迁建', 2022)).toEqual({ status: 'underway', verb: '加快' });
  });

  it('maps the same 建成 to completed in the 2022 review and to planned in the 2023 plan', () => {
    expect(statusFromQuote('汉江湾全民健身中心开工建设', 2022).status).toBe('underway');
    expect(statusFromQuote('建成汉江湾全民健身中心、马拉松赛道', 2023).status).toBe('planned');
    expect(statusFromQuote('建成汉江湾、太平洋2双百示范片区', 2022).status).toBe('completed');
  });

  it('lets the first rule with a verb in the quote decide, whatever the order of words in the quote', () => {
    // 完成 (a result) comes after 改造 in the sentence but is listed before it in the table.
    expect(statusFromQuote('K11广场完成改造升级', 2022)).toEqual({ status: 'completed', verb: '完成' });
  });

  it('lists each verb once, so no verb is shadowed by a second entry', () => {
    const verbs = STATUS_RULES.flatMap((r) => r.verbs);
    expect(new Set(verbs).size).toBe(verbs.length);
  });

  it('lists a longer verb before any shorter verb it contains, so the longer one decides', () => {
    const listed = STATUS_RULES.flatMap((rule) => rule.verbs.map((verb) => ({ verb, status: rule.status })));
    const shadowed = listed.flatMap(({ verb, status }, i) =>
      listed
        .slice(0, i)
        .filter((earlier) => verb !== earlier.verb && verb.includes(earlier.verb) && JSON.stringify(earlier.status) !== JSON.stringify(status))
        .map((earlier) => `${verb} (after ${earlier.verb})`),
    );
    expect(shadowed).toEqual([]);
  });

  it('gives context and no verb for text with none of the table’s verbs', () => {
    expect(statusFromQuote('各位代表', 2023)).toEqual({ status: 'context', verb: null });
  });
});
