import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssue, type Issue, IssueSink } from '../../../../scripts/lib/validate/issues';
import { checkVerbatim, loadReport, type ReportText } from '../../../../scripts/lib/validate/report';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
async function dataDir(files: Record<string, string> | undefined): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'qiaokou-report-'));
  dirs.push(dir);
  if (files) {
    await mkdir(path.join(dir, 'report'));
    // Written in reverse name order, so reading them in name order is the reader's doing.
    for (const [name, text] of Object.entries(files).reverse()) await writeFile(path.join(dir, 'report', name), text);
  }
  return dir;
}
const rel = (root: string) => (abs: string) => path.relative(root, abs);

describe('loadReport', () => {
  it('reads the .txt files in name order, with their paths, texts and sha256, the texts joined by a blank line', async () => {
    const dir = await dataDir({ 'a.txt': '第一', 'b.txt': '第二', 'notes.md': '不算' });
    const issues: Issue[] = [];
    const report = await loadReport(dir, rel(dir), issues);
    expect(issues).toEqual([]);
    expect(report?.files).toEqual(['report/a.txt', 'report/b.txt']);
    expect(report?.text).toBe('第一\n\n第二');
    expect([...(report?.byName.keys() ?? [])]).toEqual(['a.txt', 'b.txt']);
    expect(report?.sha256.get('b.txt')).toBe(createHash('sha256').update('第二').digest('hex'));
  });

  it('names a missing report folder, or one with no .txt file, as one issue', async () => {
    for (const files of [undefined, { 'notes.md': 'x' }]) {
      const dir = await dataDir(files);
      const issues: Issue[] = [];
      expect(await loadReport(dir, rel(dir), issues)).toBeUndefined();
      expect(issues.map(formatIssue)).toEqual(['report: (file): report: expected the report text as report/*.txt, found no .txt file']);
    }
  });
});

describe('checkVerbatim', () => {
  const report = { files: [], byName: new Map(), sha256: new Map(), text: '张毕湖公园建成开放，新增绿地12公顷。' } as ReportText;
  const check = (value: string) => {
    const issues: Issue[] = [];
    const ok = checkVerbatim(report, value, new IssueSink(issues, 'f.json', 'r1'), 'quote', 'a quote');
    return { ok, lines: issues.map(formatIssue) };
  };

  it('says yes to text that stands in the report and no, with the reason, to text that does not', () => {
    expect(check('建成开放')).toEqual({ ok: true, lines: [] });
    expect(check('全面建成')).toEqual({ ok: false, lines: ['f.json: r1: quote: expected a quote verbatim in the report, found "全面建成"'] });
  });

  it('hints when only spaces or punctuation width differ', () => {
    const hint = ' (it differs from the report only in punctuation width or spaces: copy it from the report file)';
    expect(check('张毕湖 公园  建成').lines).toEqual([`f.json: r1: quote: expected a quote verbatim in the report, found "张毕湖 公园  建成"${hint}`]);
    expect(check('建成开放,新增').lines).toEqual([`f.json: r1: quote: expected a quote verbatim in the report, found "建成开放,新增"${hint}`]);
  });
});
