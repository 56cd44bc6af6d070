import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMatches, fold } from '../../../../src/lib/report/find';
import { cutBlock } from '../../../../src/lib/report/pieces';
import { blockAt, leadsOf, parseReport, sentences } from '../../../../src/lib/report/structure';

const REPORT = readFileSync('data/report/qiaokou-2022-government-work-report.txt', 'utf8');

const MINI = [
  '索 引 号: 1/2 主题分类: 综合政务',
  '发布机构: 某区政府办',
  '',
  '2022年政府工作报告',
  '',
  '区长某某',
  '',
  '各位代表:',
  '',
  '二〇二二年工作回顾',
  '',
  '一、经济大盘保持总体平稳。稳增长、优环境。',
  '',
  '经济保持合理区间。预计地区生产总值950亿元。',
  '',
  '城市更新先行先试实施城市体检,改造老旧小区29个。',
  '',
  '二〇二三年工作意见',
  '    ',
  '一、在加快城市更新上持续用力,夯实基础坚定不移把城市更新作为最大机遇。',
  '',
  '坚持规划引领。推动实施城市更新专项规划。',
  '',
  '扫一扫在手机上查看当前页面',
].join('\n');

const slice = (text: string, r: { start: number; end: number }) => text.slice(r.start, r.end);

describe('report structure', () => {
  it('reads the page record, title and byline before the report begins', () => {
    const doc = parseReport(MINI);
    const kinds = doc.blocks.map((b) => b.kind);
    expect(kinds.slice(0, 4)).toEqual(['meta', 'meta', 'title', 'byline']);
    expect(slice(MINI, doc.blocks[2] as never)).toBe('2022年政府工作报告');
    expect(slice(MINI, doc.blocks[3] as never)).toBe('区长某某');
  });

  it('finds both parts and the numbered headings, cut at the first comma or full stop', () => {
    const doc = parseReport(MINI);
    expect(doc.toc.map((t) => t.title)).toEqual(['二〇二二年工作回顾', '一、经济大盘保持总体平稳', '二〇二三年工作意见', '一、在加快城市更新上持续用力']);
    const heading = doc.blocks.find((b) => b.kind === 'heading' && b.title.startsWith('一、在'));
    const body = doc.blocks[doc.blocks.indexOf(heading as never) + 1];
    expect(body?.kind).toBe('paragraph');
    expect(slice(MINI, body as never)).toBe('夯实基础坚定不移把城市更新作为最大机遇。');
    expect(body?.section).toEqual(['二〇二三年工作意见', '一、在加快城市更新上持续用力']);
  });

  it('marks a paragraph lead ending in a full stop, and a lead the data cites where the stop is lost', () => {
    const plain = parseReport(MINI);
    const p = (doc: typeof plain, start: string) => doc.blocks.find((b) => b.kind === 'paragraph' && slice(MINI, b).startsWith(start));
    const economy = p(plain, '经济保持');
    expect(economy?.kind === 'paragraph' && economy.lead && slice(MINI, economy.lead)).toBe('经济保持合理区间。');
    expect(economy?.section).toEqual(['二〇二二年工作回顾', '一、经济大盘保持总体平稳', '经济保持合理区间']);
    const renewal = p(plain, '城市更新先行');
    expect(renewal?.kind === 'paragraph' && renewal.lead).toBeNull();
    const withLeads = parseReport(MINI, { leads: ['城市更新先行先试'] });
    const cited = p(withLeads, '城市更新先行');
    expect(cited?.kind === 'paragraph' && cited.lead && slice(MINI, cited.lead)).toBe('城市更新先行先试');
    expect(cited?.section.at(-1)).toBe('城市更新先行先试');
  });

  it('takes lead phrases from heading paths, but not parts or numbered headings', () => {
    expect(leadsOf([['二〇二二年工作回顾', '一、经济大盘保持总体平稳', '经济保持合理区间'], ['二〇二三年工作意见', '2023年全区发展的主要预期目标'], ['二〇二三年工作意见', '一、在加快城市更新上持续用力'], ['二〇二二年工作回顾']])).toEqual(['经济保持合理区间', '2023年全区发展的主要预期目标']);
  });

  it('leaves out blank lines and the page chrome after the report', () => {
    const doc = parseReport(MINI);
    const texts = doc.blocks.map((b) => slice(MINI, b));
    expect(texts.every((t) => t.trim() === t && t.length > 0)).toBe(true);
    expect(texts.some((t) => t.startsWith('扫一扫'))).toBe(false);
    expect(blockAt(doc, MINI.indexOf('扫一扫'))).toBeUndefined();
  });

  it('parses the real report: two parts, 5 + 6 numbered headings, every block in order and inside the text', () => {
    const doc = parseReport(REPORT);
    expect(doc.toc.filter((t) => t.kind === 'part').map((t) => t.title)).toEqual(['二〇二二年工作回顾', '二〇二三年工作意见']);
    const headings = doc.blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((h) => (h.kind === 'heading' ? h.number : ''))).toEqual(['一', '二', '三', '四', '五', '一', '二', '三', '四', '五', '六']);
    expect(headings[2]?.kind === 'heading' && headings[2].title).toBe('三、城市建管水平持续提升');
    expect(headings[9]?.kind === 'heading' && headings[9].title).toBe('五、在缔造幸福生活上持续用力');
    for (let k = 1; k < doc.blocks.length; k += 1) expect(doc.blocks[k]?.start).toBeGreaterThanOrEqual(doc.blocks[k - 1]?.end ?? 0);
    const leads = doc.blocks.flatMap((b) => (b.kind === 'paragraph' && b.lead ? [slice(REPORT, b.lead)] : []));
    expect(leads).toContain('经济保持合理区间。');
    expect(leads).toContain('加强城市精细管理。');
    expect(leads.length).toBeGreaterThanOrEqual(30);
  });

  it('keeps every character of the report body but the headings’ cut delimiters and the page chrome', () => {
    const doc = parseReport(REPORT);
    const shown = doc.blocks.map((b) => slice(REPORT, b)).join('');
    const body = REPORT.replace(/扫一扫在手机上查看当前页面\s*$/, '').replace(/\s+/g, '');
    const dropped = [...body].length - [...shown.replace(/\s+/g, '')].length;
    expect(dropped).toBe(11);
  });
});

describe('sentences', () => {
  it('end at 。!?; and keep a closing quote with the sentence', () => {
    const text = '甲乙。丙“丁!”戊;己';
    expect(sentences(text, { start: 0, end: text.length }).map((r) => slice(text, r))).toEqual(['甲乙。', '丙“丁!”', '戊;', '己']);
  });
});

describe('find in text', () => {
  const doc = parseReport(REPORT);
  it('counts every occurrence inside the shown blocks, with offsets that slice back to the query', () => {
    const hits = findMatches(REPORT, doc.blocks, '城市更新');
    const expected = REPORT.split('城市更新').length - 1;
    expect(hits.length).toBe(expected);
    for (const h of hits) expect(slice(REPORT, h)).toBe('城市更新');
  });

  it('folds letter case and punctuation width, so K11 and a half-width comma still match', () => {
    expect(findMatches(REPORT, doc.blocks, 'k11 atelier').map((h) => slice(REPORT, h))).toEqual(['K11 ATELIER']);
    expect(findMatches(REPORT, doc.blocks, '张毕湖,竹叶海').length).toBe(0);
    expect(findMatches(REPORT, doc.blocks, '建设,实现两带三园').map((h) => slice(REPORT, h))).toEqual(['建设,实现两带三园']);
    expect(fold('A,B。')).toBe('a,b.');
  });

  it('finds nothing for an empty query or words not in the report', () => {
    expect(findMatches(REPORT, doc.blocks, '  ')).toEqual([]);
    expect(findMatches(REPORT, doc.blocks, '火星基地')).toEqual([]);
  });
});

describe('cutting a block for rendering', () => {
  it('keeps a link whole when a find match crosses its edge, and splits the runs inside it', () => {
    const block = { start: 0, end: 10 };
    const anchor = { start: 2, end: 6, kind: 'feature' as const, ids: ['a'] };
    const pieces = cutBlock(block, [anchor], [{ start: 4, end: 8, cls: 'match' }]);
    expect(pieces.map((p) => [p.start, p.end, p.anchor?.ids[0] ?? null])).toEqual([
      [0, 2, null],
      [2, 6, 'a'],
      [6, 10, null],
    ]);
    expect(pieces[1]?.runs.map((r) => [r.start, r.end, r.classes])).toEqual([
      [2, 4, []],
      [4, 6, ['match']],
    ]);
    expect(pieces[2]?.runs.map((r) => [r.start, r.end, r.classes])).toEqual([
      [6, 8, ['match']],
      [8, 10, []],
    ]);
  });
});

describe('sentences at their limits', () => {
  it('keep every closing mark after a stop, and give a block with no stop as one sentence', () => {
    const text = '甲。”』)乙?丙';
    expect(sentences(text, { start: 0, end: text.length }).map((r) => slice(text, r))).toEqual(['甲。”』)', '乙?', '丙']);
    expect(sentences('甲乙丙', { start: 0, end: 3 })).toEqual([{ start: 0, end: 3 }]);
  });

  it('stay inside the block: a closing mark past its end is left out, and nothing is left after a final stop', () => {
    const text = 'x甲。”乙;”y';
    expect(sentences(text, { start: 1, end: 4 })).toEqual([{ start: 1, end: 4 }]);
    expect(sentences(text, { start: 1, end: 3 })).toEqual([{ start: 1, end: 3 }]);
    expect(sentences(text, { start: 4, end: 6 })).toEqual([{ start: 4, end: 6 }]);
    expect(sentences(text, { start: 2, end: 2 })).toEqual([]);
  });

  it('end at half-width and full-width ! ? ; alike', () => {
    const text = '甲!乙\uff01丙?丁\uff1f戊;己\uff1b';
    expect(sentences(text, { start: 0, end: text.length }).map((r) => slice(text, r))).toEqual(['甲!', '乙\uff01', '丙?', '丁\uff1f', '戊;', '己\uff1b']);
  });
});

describe('blockAt', () => {
  const block = (start: number, end: number) => ({ kind: 'paragraph' as const, id: `p-${start}`, section: [], start, end, lead: null });
  const doc = { text: '', blocks: [block(0, 3), block(5, 8), block(8, 10), block(12, 20)], toc: [] };

  it('finds the block holding an offset, its start included and its end not', () => {
    expect([0, 2, 5, 7, 8, 9, 12, 19].map((k) => blockAt(doc, k)?.start)).toEqual([0, 0, 5, 5, 8, 8, 12, 12]);
  });

  it('finds none in a gap, before the first block or from the last one’s end', () => {
    expect([3, 4, 10, 11, 20, -1].map((k) => blockAt(doc, k))).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(blockAt({ text: '', blocks: [], toc: [] }, 0)).toBeUndefined();
  });
});

describe('leadsOf at its limits', () => {
  it('takes the last part of a path of two or more, once, and nothing from a path of one', () => {
    expect(leadsOf([['二〇二二年工作回顾', '经济保持合理区间'], ['二〇二三年工作意见', '一、稳增长', '经济保持合理区间'], ['经济保持合理区间'], []])).toEqual(['经济保持合理区间']);
  });
});

describe('paragraph leads at their limits', () => {
  const leadsIn = (paras: string[], leads?: string[]) => {
    const text = ['2022年政府工作报告', '', '二〇二二年工作回顾', '', ...paras].join('\n');
    return parseReport(text, { leads }).blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.lead ? slice(text, b.lead) : null] : []));
  };

  it('takes a lead of up to ten characters before the full stop, not eleven', () => {
    expect(leadsIn(['一二三四五六七八九十。后文', '一二三四五六七八九十一。后文'])).toEqual(['一二三四五六七八九十。', null]);
  });

  it('takes no lead with a comma, colon, semicolon or enumeration mark before the stop, nor a bare stop', () => {
    expect(leadsIn(['经济稳定\uff0c增长。后文', '经济稳定,增长。后文', '经济:稳定。后文', '经济\uff1a稳定。后文', '经济;稳定。后文', '经济\uff1b稳定。后文', '经济、稳定。后文', '。后文'])).toEqual(Array(8).fill(null));
  });

  it('cuts a numbered heading at its first comma, half- or full-width, or full stop', () => {
    const text = (line: string) => ['2022年政府工作报告', '', '二〇二二年工作回顾', '', line].join('\n');
    const titles = (line: string) => parseReport(text(line)).toc.slice(1).map((t) => t.title);
    expect(titles('一、稳增长\uff0c优环境')).toEqual(['一、稳增长']);
    expect(titles('二、稳增长,优环境')).toEqual(['二、稳增长']);
    expect(titles('三、稳增长。优环境')).toEqual(['三、稳增长']);
    expect(titles('四、稳增长')).toEqual(['四、稳增长']);
  });

  it('takes the longest lead the data cites that the paragraph starts with and goes beyond', () => {
    expect(leadsIn(['城市更新先行先试实施城市体检', '城市更新先行', '城市更新加快'], ['城市更新', '城市更新先行'])).toEqual(['城市更新先行', '城市更新', '城市更新']);
  });
});
