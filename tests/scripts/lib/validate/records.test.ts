import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateData } from '../../../../scripts/lib/validate/index';
import { formatIssue } from '../../../../scripts/lib/validate/issues';
import { dataWithCase } from '../../../helpers/fixture-data';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

/**
 * The good fixture with one JSON file of it replaced by what `edit` returns
 * (text as it is, anything else as JSON, undefined deletes it; a JSON file is
 * parsed for it); the validator's lines.
 */
async function errorsAfter(file: string, edit: (json: never) => unknown): Promise<string[]> {
  const { root, dataDir, cleanup } = await dataWithCase();
  cleanups.push(cleanup);
  const at = path.join(dataDir, file);
  const next = edit((/\.(geo)?json$/.test(file) ? JSON.parse(await readFile(at, 'utf8')) : undefined) as never);
  if (next === undefined) await rm(at);
  else await writeFile(at, typeof next === 'string' ? next : JSON.stringify(next));
  const { issues } = await validateData({ dataDir, root });
  return issues.map(formatIssue);
}

/** The array with its first record again at the end. */
const repeatFirst = (records: unknown[]) => [...records, records[0]];

describe('validateData: record files', () => {
  it('reports a repeated id in indicators.json with the file, the id, the field and the first use', async () => {
    expect(await errorsAfter('indicators.json', repeatFirst)).toEqual([
      'data/indicators.json: gdp-2022: id: expected an id no other record has, found "gdp-2022", already used by [0]',
    ]);
  });

  it('reports a repeated id in unmapped.json with the file, the id, the field and the first use', async () => {
    expect(await errorsAfter('unmapped.json', repeatFirst)).toEqual([
      'data/unmapped.json: urban-renewal-plan: id: expected an id no other record has, found "urban-renewal-plan", already used by [0]',
    ]);
  });

  it('reports a repeated id in outside-allowlist.json with the file, the id, the field and the first use', async () => {
    expect(await errorsAfter('outside-allowlist.json', repeatFirst)).toEqual([
      'data/outside-allowlist.json: metro-line-12: id: expected an id no other record has, found "metro-line-12", already used by [0]',
    ]);
  });
});

/** The fixture's metro line, which reaches outside the district: what an unreadable allow-list leaves unexempted. */
const METRO_OUTSIDE =
  'data/features/road.geojson: metro-line-12: geometry.coordinates[0]: expected every vertex within 300 m of the district outline (data/basemap/district.geojson), or the id listed in outside-allowlist.json, found [114.19,30.58], 957 m outside';

type Rec = Record<string, unknown> & { section: string[] };

describe('validateData: record shapes and sources', () => {
  it('says which array each record file must hold when its root is something else', async () => {
    expect(await errorsAfter('indicators.json', () => ({ id: 'x' }))).toEqual(['data/indicators.json: (file): (root): expected an array of indicators, found {"id":"x"}']);
    expect(await errorsAfter('unmapped.json', () => ({}))).toEqual(['data/unmapped.json: (file): (root): expected an array of unmapped items, found {}']);
    expect(await errorsAfter('outside-allowlist.json', () => 'null')).toEqual(['data/outside-allowlist.json: (file): (root): expected an array of {"id", "reason"}, found null', METRO_OUTSIDE]);
  });

  it('names a bad record by its id, or by its index when the id itself is bad, with the value found', async () => {
    expect(await errorsAfter('indicators.json', (j: Rec[]) => [{ ...j[0], value: '950' }, { ...j[1], id: '' }])).toEqual([
      'data/indicators.json: gdp-2022: value: expected a number, found "950"',
      'data/indicators.json: [1]: id: expected a lowercase ascii slug like "hanzhengjie-east", at most 64 characters, found ""',
    ]);
  });

  it('labels a record that is not an object, or whose id is not a string, by its index', async () => {
    expect(await errorsAfter('unmapped.json', (j: Rec[]) => [j[0], null, 'x', { ...j[0], id: 7 }])).toEqual([
      'data/unmapped.json: [1]: (root): expected an object, found null',
      'data/unmapped.json: [2]: (root): expected an object, found "x"',
      'data/unmapped.json: [3]: id: expected a string, found 7',
    ]);
  });

  it('refuses an allow-list reason of spaces only', async () => {
    expect(await errorsAfter('outside-allowlist.json', (j: Rec[]) => [{ ...j[0], reason: '  ' }])).toEqual([
      'data/outside-allowlist.json: metro-line-12: reason: expected at least 1 characters, found 0 characters ("")',
      METRO_OUTSIDE,
    ]);
  });

  it('checks the quote and headings of indicators and unmapped items against the report', async () => {
    expect(await errorsAfter('indicators.json', (j: Rec[]) => [{ ...j[0], quote: '预计地区生产总值950亿元整', section: [j[0]?.section[0], '九、没有这一节'] }])).toEqual([
      'data/indicators.json: gdp-2022: quote: expected a quote verbatim in the report, found "预计地区生产总值950亿元整"',
      'data/indicators.json: gdp-2022: section[1]: expected a heading verbatim in the report, found "九、没有这一节"',
    ]);
    expect(await errorsAfter('unmapped.json', (j: Rec[]) => [{ ...j[0], section: [j[0]?.section[0], '一、城市'] }])).toEqual([
      'data/unmapped.json: urban-renewal-plan: section[1]: expected a heading verbatim in the report, found "一、城市"',
    ]);
  });

  it('reports a missing, unreadable or malformed source record, and one naming a report file that is not there', async () => {
    const source = 'data/report/source.json: (file)';
    expect(await errorsAfter('report/source.json', () => undefined)).toEqual([`${source}: (file): expected the report source record, found no file`]);
    expect(await errorsAfter('report/source.json', () => '{')).toEqual([`${source}: json: expected valid JSON, found a syntax error at line 1 column 2: a "key" expected, end of file found`]);
    expect(await errorsAfter('report/source.json', (j: Rec) => ({ ...j, sha256: 'abc' }))).toEqual([`${source}: sha256: expected Invalid string: must match pattern /^[0-9a-f]{64}$/, found "abc"`]);
    expect(await errorsAfter('report/source.json', (j: Rec) => ({ ...j, file: 'other.txt' }))).toEqual([`${source}: file: expected a report file present in report/ (fixture-report.txt), found "other.txt"`]);
    expect(await errorsAfter('report/source.json', () => '')).toEqual([`${source}: json: expected the report source record, found an empty file`]);
  });

  it('without the report text says so once and checks no quote, heading or hash against it', async () => {
    expect(await errorsAfter('report/fixture-report.txt', () => undefined)).toEqual([
      'data/report: (file): report: expected the report text as report/*.txt, found no .txt file',
      'data/report/source.json: (file): file: expected a report file present in report/ (none), found "fixture-report.txt"',
    ]);
  });
});

type Collection = { features: { properties: { fid: number } }[] };

describe('validateData: fid ranges', () => {
  /** The fixture's one park feature given another fid. */
  const parkWithFid = (fid: number) =>
    errorsAfter('features/park.geojson', (c: Collection) => {
      (c.features[0] as Collection['features'][number]).properties.fid = fid;
      return c;
    });

  it.each([3000, 3999])('accepts fid %i, at an end of the park layer range', async (fid) => {
    expect(await parkWithFid(fid)).toEqual([]);
  });

  it.each([2999, 4000])('refuses fid %i, just outside the park layer range', async (fid) => {
    expect(await parkWithFid(fid)).toEqual([`data/features/park.geojson: zhangbi-lake-park: properties.fid: expected 3000–3999 for the park layer, found ${fid}`]);
  });
});
