import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateData } from '../scripts/lib/validate/index';
import { formatIssue } from '../scripts/lib/validate/issues';
import { dataWithCase } from './helpers/fixture-data';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

/** The good fixture with one JSON file of it changed by `edit`; the validator's lines. */
async function errorsAfter(file: string, edit: (json: never) => unknown): Promise<string[]> {
  const { root, dataDir, cleanup } = await dataWithCase();
  cleanups.push(cleanup);
  const at = path.join(dataDir, file);
  await writeFile(at, JSON.stringify(edit(JSON.parse(await readFile(at, 'utf8')) as never)));
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
