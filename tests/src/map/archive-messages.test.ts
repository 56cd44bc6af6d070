import { describe, expect, it } from 'vitest';
import type { ArchiveProblem } from '../../../src/map/archive-check';
import { describeArchiveProblem } from '../../../src/map/archive-messages';

const PATH = 'tiles/basemap.pmtiles';
const both = (p: ArchiveProblem) => ({ zh: describeArchiveProblem(PATH, p, 'zh'), en: describeArchiveProblem(PATH, p, 'en') });

describe('archive problem messages', () => {
  it('carry the facts of each problem in both languages', () => {
    const facts: Array<[ArchiveProblem, RegExp, RegExp]> = [
      [{ kind: 'http', status: 404 }, /HTTP 404,文件无法获取。网站管理员:请把 tiles\/ 目录与网站一起部署/, /HTTP 404, the file could not be fetched\. Site owner: deploy the tiles\/ folder/],
      [{ kind: 'unreachable', detail: 'Failed to fetch' }, /无法连接到服务器\(Failed to fetch\)/, /could not be reached \(Failed to fetch\)\. Check the connection/],
      [{ kind: 'empty' }, /空的\(0 字节\)/, /the file is empty \(0 bytes\)/],
      [{ kind: 'no-range' }, /206 Partial Content/, /answers Range requests with 206 Partial Content/],
      [{ kind: 'encoded', encoding: 'br' }, /Content-Encoding: br 压缩/, /with Content-Encoding: br, so parts/],
      [{ kind: 'not-pmtiles' }, /不是 PMTiles 文件/, /not a PMTiles archive/],
      [{ kind: 'version', version: 9 }, /PMTiles 第 9 版,应为第 3 版/, /PMTiles version 9, expected 3/],
      [{ kind: 'truncated', size: 10, expected: 20 }, /只有 10 字节,文件头说应有 20 字节/, /truncated: 10 bytes where the header says 20/],
      [{ kind: 'build', found: 'a1', expected: 'b2' }, /文件 a1,目录 b2/, /\(file a1, catalogue b2\)/],
      [{ kind: 'build', found: null, expected: 'b2' }, /文件 无编号,目录 b2/, /\(file none, catalogue b2\)/],
      [{ kind: 'other', message: 'boom' }, /读取失败:boom$/, /could not be read: boom$/],
    ];
    for (const [p, zh, en] of facts) {
      const said = both(p);
      expect(said.zh, p.kind).toMatch(zh);
      expect(said.en, p.kind).toMatch(en);
      expect(said.zh.startsWith(`${PATH}: `), p.kind).toBe(true);
      expect(said.en.startsWith(`${PATH}: `), p.kind).toBe(true);
    }
  });

  it('names the file a swapped archive should have been', () => {
    expect(both({ kind: 'swapped', other: 'project' }).en).toContain('this holds what tiles/project.pmtiles should hold');
    expect(both({ kind: 'swapped', other: 'basemap' }).zh).toContain('这是 tiles/basemap.pmtiles 的内容');
  });

  it('gives the bounds of an archive of another area to two decimals', () => {
    const said = both({ kind: 'elsewhere', bounds: [13.0912, 52.3381, 13.7611, 52.6751] });
    expect(said.en).toContain('(13.09, 52.34, 13.76, 52.68)');
    expect(said.zh).toContain('(13.09, 52.34, 13.76, 52.68)');
  });

  it('lists at most six layers, and a dash for none', () => {
    const found = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(both({ kind: 'layers', found, expected: ['project'] }).en).toContain('its layers (a, b, c, d, e, f, …) are not this map\'s (expected project)');
    expect(both({ kind: 'layers', found: found.slice(0, 6), expected: ['x', 'y'] }).zh).toContain('(a, b, c, d, e, f)不是本地图的图层(应为 x, y)');
    expect(both({ kind: 'layers', found: [], expected: ['project'] }).en).toContain('its layers (—)');
  });
});
