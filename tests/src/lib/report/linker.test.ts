import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type LinkableFeature, linkMentions, type MarkableUnmapped, nameInQuote, quoteOccurrences } from '../../../../src/lib/report/linker';
import { blockAt, leadsOf, parseReport } from '../../../../src/lib/report/structure';

const REPORT = readFileSync('data/report/qiaokou-2022-government-work-report.txt', 'utf8');
const slice = (r: { start: number; end: number }, text = REPORT) => text.slice(r.start, r.end);

/** The real features, read from data/features/ (the catalogue is built from the same files). */
function realFeatures(): LinkableFeature[] {
  const dir = 'data/features';
  return readdirSync(dir)
    .filter((n) => n.endsWith('.geojson'))
    .flatMap((n) => (JSON.parse(readFileSync(`${dir}/${n}`, 'utf8')) as { features: { properties: LinkableFeature }[] }).features.map((f) => f.properties));
}

const readJson = <T>(file: string): T[] => JSON.parse(readFileSync(file, 'utf8')) as T[];
const realUnmapped = () => readJson<MarkableUnmapped>('data/unmapped.json');
const realIndicators = () => readJson<{ id: string; quote: string; section: string[] }>('data/indicators.json');

const sec = (lead: string, heading = '四、在打造美好环境上持续用力', part = '二〇二三年工作意见') => [part, heading, lead];
const ROADS = '建成宝庆街、丰采路等11条道路';
const feature = (id: string, name_zh: string, quote: string, section: string[]): LinkableFeature => ({ id, name_zh, mentions: [{ quote, section }] });

describe('where a name stands in its quote', () => {
  it('finds the whole name, else its longest prefix, else a shared run of three', () => {
    expect(nameInQuote('宝庆街', ROADS)).toEqual({ start: 2, end: 5 });
    expect(nameInQuote('恒隆广场', '支持恒隆、宜家等打造线上线下一体营运的数字商圈')).toEqual({ start: 2, end: 4 });
    expect(nameInQuote('顺道街变电站', '顺道街、古词路变电站主体完工')).toEqual({ start: 0, end: 3 });
    expect(nameInQuote('硚口区体育中心', '谋划区体育中心建设')).toEqual({ start: 2, end: 7 });
    expect(nameInQuote('宗关站', '12条道路建成通车')).toBeNull();
  });
});

describe('the mention linker', () => {
  const doc = parseReport(REPORT);

  it('links one name per feature inside a quote that names several', () => {
    const linked = linkMentions(doc, [feature('baoqing', '宝庆街', ROADS, sec('加快基础设施建设')), feature('fengcai', '丰采路', ROADS, sec('加快基础设施建设'))]);
    expect(linked.anchors.map((a) => [slice(a), a.ids])).toEqual([
      ['宝庆街', ['baoqing']],
      ['丰采路', ['fengcai']],
    ]);
    expect(linked.missing).toEqual([]);
  });

  it('links the whole quote where the name is not in it, and a quote shared by several features offers them all', () => {
    const section = sec('城市功能不断优化', '三、城市建管水平持续提升', '二〇二二年工作回顾');
    const linked = linkMentions(doc, [feature('zongguan', '宗关站', '12条道路建成通车', section), feature('changfeng', '长丰大道', '12条道路建成通车', section)]);
    expect(linked.anchors.map((a) => [slice(a), a.ids])).toEqual([['12条道路建成通车', ['changfeng', 'zongguan']]]);
  });

  it('gives a named link precedence over a whole-quote link that contains it', () => {
    const section = sec('城市功能不断优化', '三、城市建管水平持续提升', '二〇二二年工作回顾');
    const quote = '顺道街、古词路变电站主体完工';
    const linked = linkMentions(doc, [feature('zz', '某某站', quote, section), feature('guci', '古词路变电站', quote, section)]);
    expect(linked.anchors.map((a) => [slice(a), a.ids])).toEqual([
      ['顺道街、', ['zz']],
      ['古词路变电站', ['guci']],
      ['主体完工', ['zz']],
    ]);
  });

  it('links a clause the report writes in both years once per mention, by the mention’s section', () => {
    const quote = '创建无违建小区20个';
    expect(REPORT.split(quote).length - 1).toBe(2);
    const f2023 = feature('x', '无违建小区', quote, sec('加强城市精细管理'));
    const hits = quoteOccurrences(doc, quote, f2023.mentions[0]?.section ?? []);
    expect(hits.length).toBe(1);
    expect(hits[0]?.block.section).toEqual(sec('加强城市精细管理'));
    const both = quoteOccurrences(doc, quote, ['某个不存在的章节']);
    expect(both.length).toBe(2);
  });

  it('marks unmapped items below links, and names quotes it cannot find', () => {
    const linked = linkMentions(
      doc,
      [feature('baoqing', '宝庆街', ROADS, sec('加快基础设施建设'))],
      [
        { id: 'plan', name_zh: '城市更新专项规划', quote: '推动实施城市更新专项规划', section: sec('坚持规划引领', '一、在加快城市更新上持续用力') },
        { id: 'roads', name_zh: '11条道路', quote: ROADS, section: sec('加快基础设施建设') },
        { id: 'ghost', name_zh: '火星', quote: '建设火星基地', section: ['二〇二三年工作意见'] },
      ],
    );
    expect(linked.anchors.map((a) => [a.kind, slice(a)])).toEqual([
      ['unmapped', '城市更新专项规划'],
      ['feature', '宝庆街'],
      ['unmapped', '11条道路'],
    ]);
    expect(linked.missing).toEqual([{ id: 'ghost', quote: '建设火星基地' }]);
    expect(linked.unmappedAt.get('plan')?.map((r) => slice(r))).toEqual(['推动实施城市更新专项规划']);
  });

  it('gives each feature the sentences holding its quotes', () => {
    const linked = linkMentions(doc, [feature('baoqing', '宝庆街', ROADS, sec('加快基础设施建设'))]);
    const s = linked.sentencesOf.get('baoqing') ?? [];
    expect(s.map((r) => slice(r))).toEqual(['建成宝庆街、丰采路等11条道路,加快全新街、丰茂路等8条道路建设,启动宝丰小路、田正街等11条道路,消除断头路3条。']);
  });
});

describe('the linker on the real data', () => {
  const features = realFeatures();
  const unmapped = realUnmapped();
  const indicators = realIndicators();
  const doc = parseReport(REPORT, { leads: leadsOf([...features.flatMap((f) => f.mentions.map((m) => m.section)), ...unmapped.map((u) => u.section), ...indicators.map((i) => i.section)]) });
  const linked = linkMentions(doc, features, unmapped);

  it('finds every mapped feature’s quotes in the reader’s text', () => {
    expect(features.length).toBeGreaterThan(0);
    expect(linked.missing).toEqual([]);
    for (const f of features) expect(linked.sentencesOf.get(f.id)?.length ?? 0, f.id).toBeGreaterThan(0);
  });

  it('gives every feature a link whose text is its name, a prefix of it, or its quote, inside one shown block', () => {
    for (const f of features) {
      const own = linked.anchors.filter((a) => a.kind === 'feature' && a.ids.includes(f.id));
      expect(own.length, f.id).toBeGreaterThan(0);
      for (const a of own) {
        const text = slice(a);
        const ok = f.name_zh.includes(text) || f.mentions.some((m) => m.quote.includes(text));
        expect(ok, `${f.id}: ${text}`).toBe(true);
        const block = blockAt(doc, a.start);
        expect(block && a.end <= block.end, `${f.id} inside a block`).toBe(true);
      }
    }
  });

  it('keeps anchors sorted and apart', () => {
    for (let k = 1; k < linked.anchors.length; k += 1) expect(linked.anchors[k]?.start).toBeGreaterThanOrEqual(linked.anchors[k - 1]?.end ?? 0);
  });

  it('finds every heading path the data cites (features, unmapped items, indicators) as a block of the parsed report', () => {
    const paths = new Set(doc.blocks.map((b) => b.section.join('›')));
    const cited = [...features.flatMap((f) => f.mentions.map((m) => ({ id: f.id, section: m.section }))), ...unmapped, ...indicators];
    for (const c of cited) expect(paths.has(c.section.join('›')), `${c.id}: ${c.section.join(' › ')}`).toBe(true);
  });

  it('places every indicator’s quote in the block its section names', () => {
    for (const i of indicators) {
      const hits = quoteOccurrences(doc, i.quote, i.section);
      expect(hits.length, i.id).toBeGreaterThan(0);
      for (const h of hits) expect(h.block.section, i.id).toEqual(i.section);
    }
  });
});
