import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runScript } from '../helpers/cli';
import { dataWithCase, FIXTURES, GOOD_DATA } from '../helpers/fixture-data';

/** Each broken input of the corpus and the error it must be named by (file or field, what was expected). */
const NAMED: Record<string, string> = {
  'invalid-json': 'data/features/park.geojson: (file): json: expected valid JSON, found a syntax error',
  'empty-file': 'data/features/park.geojson: (file): json: expected a GeoJSON FeatureCollection, found an empty file',
  'not-geojson': 'data/features/park.geojson: (file): type: expected "FeatureCollection"',
  'wrong-geometry-type': 'zhangbi-lake-park: geometry.type: expected one of Point',
  'nan-coordinate': 'zhangbi-lake-park: geometry.coordinates: expected finite numbers',
  'lonlat-swapped': 'lon and lat are swapped',
  'too-many-decimals': 'geometry.coordinates: expected at most 6 decimals',
  'unclosed-ring': 'geometry.coordinates[0]: expected a closed ring',
  'self-intersecting-ring': 'geometry.coordinates[0]: expected a ring that does not cross or touch itself',
  'clockwise-outer-ring': 'geometry.coordinates[0]: expected the outer ring counter-clockwise',
  'counter-clockwise-hole': 'geometry.coordinates[1]: expected a hole clockwise',
  'outside-district': 'geometry.coordinates: expected every vertex within 300 m of the district outline',
  'missing-outline': 'data/basemap/district.geojson: (file): outline: expected the district outline',
  'duplicate-id': 'properties.id: expected a value no other feature has',
  'duplicate-fid': 'properties.fid: expected a value no other feature has',
  'fid-outside-layer-range': 'properties.fid: expected 3000–3999 for the park layer',
  'unknown-category': 'data/features/transport.geojson: (file): category: expected a file named after a category',
  'category-not-file-name': 'properties.category: expected "park" (the file name)',
  'unknown-status': 'properties.mentions[0].status: expected one of',
  'status-disagrees-with-verb': 'properties.mentions[0].status: expected "completed"',
  'quote-not-in-report': 'properties.mentions[0].quote: expected a quote verbatim in the report',
  'metric-not-in-quote': `properties.mentions[0].metrics[0]: expected "12公顷" (value and unit) verbatim in the mention's quote`,
  'indicator-not-in-quote': `data/indicators.json: gdp-2022: as_written: expected "960亿元" verbatim in the indicator's quote`,
  'missing-provenance': 'properties.geocode: expected an object, found nothing',
  'oversized-property': 'properties.name_en: expected at most 80 characters, found 103 characters',
  'source-sha256-mismatch': 'data/report/source.json: (file): sha256: expected',
  'stale-allowlist-id': 'data/outside-allowlist.json: metro-line-99: id: expected the id of a feature',
  'unanchored-feature': 'properties.geocode.anchors: expected at least one anchor: a Wikidata item, metro station, OSM road, bridge or the district outline, found 0 items',
  'anchor-too-far': 'properties.geocode.anchors[0]: expected an approximate placement: at most 800 m from 太平洋站',
  'hole-outside-ring': 'geometry.coordinates[1]: expected a hole inside the outer ring, touching it at one point at most, found a hole outside the outer ring',
  'hole-crossing-ring': 'geometry.coordinates[1]: expected a hole inside the outer ring, touching it at one point at most, found a hole that crosses the outer ring',
  'hole-same-as-ring': 'found a hole identical to the outer ring',
  'hole-inside-hole': 'geometry.coordinates[2]: expected holes apart from one another, touching at one point at most, found a hole inside hole 1',
  'ring-touches-itself': 'geometry.coordinates[0]: expected a ring that does not cross or touch itself, found a ring that touches itself at [114.21,30.57]',
  'repeated-point': 'geometry.coordinates[0]: expected no position repeated right after itself, found [114.215,30.565] at positions 1 and 2',
  'zero-length-line': 'baoqing-street: geometry.coordinates: expected a line with a length',
  'number-too-large': 'data/features/park.geojson: (file): json: expected numbers a 64-bit float can hold (magnitude about 5e-324 to 1.8e308), found 1e400 at line 2 column 70',
  'byte-order-mark': 'data/features/park.geojson: (file): json: expected UTF-8 without a byte-order mark, found a byte-order mark (U+FEFF)',
  'basemap-unknown-kind': 'properties.kind: expected one of river, lake for the water layer',
  'landmark-without-qid': 'data/basemap/landmarks.geojson: features[0] (武汉体育馆): properties.qid: expected the Wikidata id (Q…) the landmark comes from',
};

const OUTPUTS = ['project.pmtiles', 'basemap.pmtiles', 'catalogue.json'];
let tilesCopy: string;

/** Every output file's bytes, by name. */
async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  return new Map(await Promise.all(OUTPUTS.map(async (n) => [n, await readFile(path.join(dir, n))] as const)));
}

beforeAll(async () => {
  // A copy of the committed tiles/; where none is committed yet, a build of the good fixture stands in.
  tilesCopy = await mkdtemp(path.join(tmpdir(), 'qiaokou-tiles-'));
  const committed = await readdir(path.join(ROOT, 'tiles')).catch(() => [] as string[]);
  if (OUTPUTS.every((n) => committed.includes(n))) await cp(path.join(ROOT, 'tiles'), tilesCopy, { recursive: true });
  else expect((await runScript('build-tiles.ts', ['--data', GOOD_DATA, '-o', tilesCopy])).code).toBe(0);
}, 60_000);
afterAll(() => rm(tilesCopy, { recursive: true, force: true }));

describe('the bad-data corpus through the command lines', () => {
  it('has at least 15 broken inputs, and each is named here', async () => {
    const cases = await readdir(path.join(FIXTURES, 'bad-data'));
    expect(cases.length).toBeGreaterThanOrEqual(15);
    expect(cases.sort()).toEqual(Object.keys(NAMED).sort());
  });

  it.concurrent.each(Object.entries(NAMED))('%s: both CLIs name the error and exit 1, and tiles/ stays byte-identical', async (caseName, named) => {
    const { root, cleanup } = await dataWithCase(caseName);
    const out = path.join(root, 'tiles');
    try {
      await cp(tilesCopy, out, { recursive: true });
      const before = await snapshot(out);
      const validate = await runScript('validate.ts', ['--data', 'data'], root);
      expect(validate.code).toBe(1);
      expect(validate.stderr).toContain(named);
      const build = await runScript('build-tiles.ts', ['--data', 'data', '-o', 'tiles', '--force'], root);
      expect(build.code).toBe(1);
      expect(build.stderr).toContain(named);
      expect(build.stderr).toMatch(/refusing to build/);
      const after = await snapshot(out);
      for (const name of OUTPUTS) expect(after.get(name)?.equals(before.get(name) ?? Buffer.alloc(0)), `${name} unchanged`).toBe(true);
      expect((await readdir(out)).sort(), 'no temp files left behind').toEqual([...OUTPUTS].sort());
    } finally {
      await cleanup();
    }
  }, 60_000);
});
