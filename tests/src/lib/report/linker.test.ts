import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type LinkableFeature, linkMentions, type MarkableUnmapped, nameInQuote, quoteOccurrences, resolveClaims } from '../../../../src/lib/report/linker';
import { type Block, blockAt, leadsOf, parseReport, type ReportDoc } from '../../../../src/lib/report/structure';

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

/** A report of loose paragraphs with the given heading paths, for rules that need no real text. */
function paragraphs(parts: { text: string; section: string[] }[]): ReportDoc {
  let text = '';
  const blocks: Block[] = [];
  for (const [i, p] of parts.entries()) {
    blocks.push({ kind: 'paragraph', id: `p-${i}`, section: p.section, start: text.length, end: text.length + p.text.length, lead: null });
    text += `${p.text}\n`;
  }
  return { text, blocks, toc: [] };
}

describe('nameInQuote at its limits', () => {
  it('takes a prefix of two characters but not of one', () => {
    expect(nameInQuote('恒隆广场', '支持恒隆打造')).toEqual({ start: 2, end: 4 });
    expect(nameInQuote('恒隆广场', '支持恒大打造')).toBeNull();
  });

  it('takes a shared run of three, up to the name’s last character, but not of two', () => {
    expect(nameInQuote('硚口区体育中心', '新建体育中心')).toEqual({ start: 2, end: 6 });
    expect(nameInQuote('硚口区体育中心', '新建中心')).toBeNull();
    expect(nameInQuote('硚口区体育馆', '谋划区体育建设')).toEqual({ start: 2, end: 5 });
  });

  it('prefers the longest shared run, then the one nearest the name’s start', () => {
    expect(nameInQuote('硚口区体育中心', '育中心与区体育中')).toEqual({ start: 4, end: 8 });
    expect(nameInQuote('硚口区体育中心', '育中心与口区体')).toEqual({ start: 4, end: 7 });
  });
});

describe('quoteOccurrences', () => {
  const now = ['二〇二三年工作意见', '一、城市更新'];
  const then = ['二〇二二年工作回顾', '一、城市更新'];

  it('keeps the occurrences whose block path agrees longest with the mention', () => {
    const doc = paragraphs([
      { text: '改造老旧小区', section: [...then, '改造'] },
      { text: '改造老旧小区', section: now },
      { text: '改造老旧小区', section: [...now, '改造'] },
    ]);
    expect(quoteOccurrences(doc, '老旧小区', [...now, '改造']).map((o) => [o.range.start, o.block.id])).toEqual([[16, 'p-2']]);
    expect(quoteOccurrences(doc, '老旧小区', now).map((o) => o.block.id)).toEqual(['p-1', 'p-2']);
  });

  it('keeps every occurrence when no block path agrees at all', () => {
    const doc = paragraphs([
      { text: '改造老旧小区', section: then },
      { text: '改造老旧小区', section: now },
    ]);
    expect(quoteOccurrences(doc, '老旧小区', ['别处']).map((o) => o.block.id)).toEqual(['p-0', 'p-1']);
    expect(quoteOccurrences(doc, '老旧小区', []).map((o) => o.block.id)).toEqual(['p-0', 'p-1']);
  });

  it('finds overlapping occurrences, one ending at its block’s end, and none across a block edge or for an empty quote', () => {
    const doc = paragraphs([{ text: '街街街', section: now }, { text: '路', section: now }]);
    expect(quoteOccurrences(doc, '街街', now).map((o) => o.range)).toEqual([
      { start: 0, end: 2 },
      { start: 1, end: 3 },
    ]);
    expect(quoteOccurrences(doc, '街\n路', now)).toEqual([]);
    expect(quoteOccurrences(doc, '', now)).toEqual([]);
  });
});

describe('resolveClaims', () => {
  const claim = (start: number, end: number, id: string, rank: number, kind: 'feature' | 'unmapped' = 'feature') => ({ start, end, id, rank, kind });
  const shape = (anchors: { start: number; end: number; kind: string; ids: string[] }[]) => anchors.map((a) => [a.start, a.end, a.kind, a.ids.join('+')]);

  it('lets a higher rank keep its text, whatever the order of the claims', () => {
    expect(shape(resolveClaims([claim(0, 10, 'quote', 3), claim(4, 6, 'named', 4)]))).toEqual([
      [0, 4, 'feature', 'quote'],
      [4, 6, 'feature', 'named'],
      [6, 10, 'feature', 'quote'],
    ]);
    expect(shape(resolveClaims([claim(4, 6, 'u', 1, 'unmapped'), claim(0, 10, 'f', 3)]))).toEqual([[0, 10, 'feature', 'f']]);
  });

  it('splits claims of one rank at each other’s edges, a shared piece carrying both ids in order', () => {
    expect(shape(resolveClaims([claim(3, 9, 'b', 3), claim(0, 6, 'a', 3)]))).toEqual([
      [0, 3, 'feature', 'a'],
      [3, 6, 'feature', 'a+b'],
      [6, 9, 'feature', 'b'],
    ]);
  });

  it('keeps two touching claims of one id apart only where their kinds or ids differ', () => {
    expect(shape(resolveClaims([claim(0, 3, 'a', 3), claim(3, 6, 'a', 3)]))).toEqual([[0, 6, 'feature', 'a']]);
    expect(shape(resolveClaims([claim(0, 3, 'a', 3), claim(3, 6, 'b', 3)]))).toEqual([
      [0, 3, 'feature', 'a'],
      [3, 6, 'feature', 'b'],
    ]);
    expect(shape(resolveClaims([claim(0, 3, 'a', 3), claim(5, 8, 'a', 3)]))).toEqual([
      [0, 3, 'feature', 'a'],
      [5, 8, 'feature', 'a'],
    ]);
  });

  it('gives nothing for no claims', () => {
    expect(resolveClaims([])).toEqual([]);
  });
});
