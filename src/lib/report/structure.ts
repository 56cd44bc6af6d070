/** A span of the report text, as UTF-16 offsets [start, end). */
export interface Range {
  start: number;
  end: number;
}

interface BlockBase extends Range {
  /** Stable within one text: the kind and the offset, e.g. "p-1234". */
  id: string;
  /** Heading path as the data writes it: part, numbered heading's first clause, lead phrase. */
  section: readonly string[];
}

/**
 * One piece of the report as the reader shows it. `meta` is the web page's
 * record block (索引号 …), `byline` the lines under the title (date, meeting,
 * speaker); everything else is the report's own structure.
 */
export type Block =
  | (BlockBase & { kind: 'meta' | 'title' | 'byline' })
  | (BlockBase & { kind: 'part'; title: string })
  | (BlockBase & { kind: 'heading'; number: string; title: string })
  | (BlockBase & { kind: 'paragraph'; lead: Range | null });

export interface ReportDoc {
  text: string;
  blocks: Block[];
  /** Parts and numbered headings, in order, for the table of contents. */
  toc: { id: string; kind: 'part' | 'heading'; title: string }[];
}

export interface ParseOptions {
  /** Lead phrases the data cites; they mark a paragraph's lead where the text lost its full stop (社会事业稳步发展完成…). */
  leads?: readonly string[];
}

const PART = /^[〇一二三四五六七八九十]{4}年工作\S{2}$/;
const NUMBERED = /^([一二三四五六七八九十]+)、/;
/** A lead phrase that ends in a full stop is short: 经济保持合理区间。 */
const LEAD_MAX = 10;
/** Lines the web page adds after the report (a QR-code prompt), left out of the reader. */
const PAGE_CHROME = /^扫一扫/;

function lines(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s += 1;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
    if (e > s) out.push({ start: s, end: e });
    if (nl === -1) return out;
    start = nl + 1;
  }
}

function leadOf(text: string, start: number, end: number, leads: readonly string[]): Range | null {
  const body = text.slice(start, end);
  const stop = body.indexOf('。');
  if (stop > 0 && stop <= LEAD_MAX && !/[,\uff0c:\uff1a;\uff1b、]/.test(body.slice(0, stop))) return { start, end: start + stop + 1 };
  const known = leads.filter((l) => body.startsWith(l) && body.length > l.length).sort((a, b) => b.length - a.length)[0];
  return known ? { start, end: start + known.length } : null;
}

const leadName = (text: string, r: Range) => text.slice(r.start, r.end).replace(/。$/, '');

/**
 * Splits the report into blocks with offsets into `text`: the page record,
 * title and byline, the two parts (二〇二二年工作回顾 / 二〇二三年工作意见),
 * numbered headings (一、…) and paragraphs with their lead phrases. A
 * numbered heading runs to its first comma or full stop (the data's section
 * name); the rest of its line is the section's opening paragraph, without
 * that one delimiter.
 */
export function parseReport(text: string, opts: ParseOptions = {}): ReportDoc {
  const leads = opts.leads ?? [];
  const blocks: Block[] = [];
  const toc: ReportDoc['toc'] = [];
  const all = lines(text);
  let i = 0;
  const first = all[0];
  if (first && /^索\s*引\s*号/.test(text.slice(first.start, first.end))) {
    // The record block runs to the first blank line.
    let last = first;
    while (i < all.length) {
      const line = all[i] as Range;
      if (i > 0 && text.slice(last.end, line.start).split('\n').length > 2) break;
      blocks.push({ id: `m-${line.start}`, kind: 'meta', start: line.start, end: line.end, section: [] });
      last = line;
      i += 1;
    }
  }
  const titleLine = all[i];
  if (titleLine) {
    blocks.push({ id: `t-${titleLine.start}`, kind: 'title', start: titleLine.start, end: titleLine.end, section: [] });
    i += 1;
  }
  while (i < all.length) {
    const line = all[i] as Range;
    const s = text.slice(line.start, line.end);
    if (/[::]$/.test(s) || s.includes('。') || PART.test(s)) break;
    blocks.push({ id: `b-${line.start}`, kind: 'byline', start: line.start, end: line.end, section: [] });
    i += 1;
  }
  let part: string | null = null;
  let heading: string | null = null;
  for (; i < all.length; i += 1) {
    const line = all[i] as Range;
    const s = text.slice(line.start, line.end);
    if (PAGE_CHROME.test(s) && i === all.length - 1) break;
    if (PART.test(s)) {
      part = s;
      heading = null;
      const id = `part-${line.start}`;
      blocks.push({ id, kind: 'part', start: line.start, end: line.end, section: [s], title: s });
      toc.push({ id, kind: 'part', title: s });
      continue;
    }
    const numbered = part ? NUMBERED.exec(s) : null;
    let bodyStart = line.start;
    if (part && numbered) {
      const rest = s.slice(numbered[0].length);
      const stop = rest.search(/[,\uff0c。]/);
      const titleEnd = stop === -1 ? s.length : numbered[0].length + stop;
      const title = s.slice(0, titleEnd);
      heading = title;
      const id = `h-${line.start}`;
      blocks.push({ id, kind: 'heading', start: line.start, end: line.start + titleEnd, section: [part, title], number: numbered[1] ?? '', title });
      toc.push({ id, kind: 'heading', title });
      bodyStart = line.start + Math.min(titleEnd + 1, s.length);
      if (bodyStart >= line.end) continue;
    }
    const lead = numbered ? null : leadOf(text, bodyStart, line.end, leads);
    const section = [part, heading, lead ? leadName(text, lead) : null].filter((x): x is string => x !== null);
    blocks.push({ id: `p-${bodyStart}`, kind: 'paragraph', start: bodyStart, end: line.end, lead, section });
  }
  return { text, blocks, toc };
}

/**
 * The lead phrases a set of heading paths cites: each path's last part when
 * it is neither a part nor a numbered heading (经济保持合理区间, or
 * 2023年全区发展的主要预期目标 right under a part).
 */
export function leadsOf(sections: readonly (readonly string[])[]): string[] {
  const leads = sections.map((s) => (s.length >= 2 ? s[s.length - 1] : undefined)).filter((l): l is string => l !== undefined && !NUMBERED.test(l) && !PART.test(l));
  return [...new Set(leads)];
}

/** The block whose range holds `offset`, by binary search over the ordered blocks. */
export function blockAt(doc: ReportDoc, offset: number): Block | undefined {
  let lo = 0;
  let hi = doc.blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = doc.blocks[mid] as Block;
    if (offset < b.start) hi = mid - 1;
    else if (offset >= b.end) lo = mid + 1;
    else return b;
  }
  return undefined;
}

/** Half- and full-width forms alike (written as escapes, so no normalising of the source can fold them). */
const SENTENCE_END = /[。!?\uff01\uff1f;\uff1b]/;

/** The sentences of a block: each runs to and includes its closing mark (。!?;), the last to the block's end. */
export function sentences(text: string, block: Range): Range[] {
  const out: Range[] = [];
  let start = block.start;
  for (let k = block.start; k < block.end; k += 1) {
    if (SENTENCE_END.test(text[k] ?? '')) {
      let end = k + 1;
      while (end < block.end && /[”’」』)）]/.test(text[end] ?? '')) end += 1;
      out.push({ start, end });
      start = end;
      k = end - 1;
    }
  }
  if (start < block.end) out.push({ start, end: block.end });
  return out;
}
