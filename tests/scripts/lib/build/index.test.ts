import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { YEARS } from '../../../../src/schema/constants';
import type { Catalogue } from '../../../../src/schema/records';
import { PROJECT_TILE_FIELDS, PROJECT_TILE_LAYER, yearField } from '../../../../src/schema/tile';
import { buildOutputs, explainFailure, runBuild } from '../../../../scripts/lib/build/index';
import { nodeFs, type OutputFs } from '../../../../scripts/lib/build/output';
import { validateData } from '../../../../scripts/lib/validate/index';
import { dataWithCase, FIXTURES, GOOD_DATA } from '../../../helpers/fixture-data';
import { readArchive, readVectorTile } from '../../../helpers/pmtiles-memory';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'qiaokou-tiles-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function goodOutputs() {
  const { issues, data } = await validateData({ dataDir: GOOD_DATA });
  expect(issues).toEqual([]);
  return buildOutputs(data).files;
}

/** The z14 tile holding a lon/lat (slippy-map formula, independent of the build's own). */
function tileAt(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  return [Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.asinh(Math.tan(r)) / Math.PI) / 2) * n)];
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) out[name] = (await readFile(path.join(dir, name))).toString('base64');
  return out;
}

describe('buildOutputs', () => {
  it('gives byte-identical archives and catalogue when built twice from the same data', async () => {
    const a = await goodOutputs();
    const b = await goodOutputs();
    expect([...a.keys()]).toEqual(['project.pmtiles', 'basemap.pmtiles', 'catalogue.json']);
    for (const [name, bytes] of a) expect(Buffer.from(bytes).equals(Buffer.from(b.get(name) ?? [])), name).toBe(true);
  });

  it('puts every feature file in one project layer with the flat tile properties and the fid as tile id', async () => {
    const archive = readArchive((await goodOutputs()).get('project.pmtiles') ?? new Uint8Array());
    const header = await archive.getHeader();
    expect([header.minZoom, header.maxZoom, header.clustered, header.tileType]).toEqual([8, 14, true, 1]);
    const metadata = (await archive.getMetadata()) as { vector_layers: { id: string; fields: Record<string, string> }[] };
    expect(metadata.vector_layers.map((l) => l.id)).toEqual([PROJECT_TILE_LAYER]);
    expect(metadata.vector_layers[0]?.fields).toEqual(PROJECT_TILE_FIELDS);
    expect(Object.keys(PROJECT_TILE_FIELDS).sort()).toEqual(['category', 'fid', 'id', 'name_en', 'name_zh', 'precision', 'status', ...YEARS.map(yearField)].sort());

    const [x, y] = tileAt(114.23, 30.5925, 14);
    const layer = (await readVectorTile(archive, 14, x, y))?.layers[PROJECT_TILE_LAYER];
    if (!layer) throw new Error('no project layer in the tile of 宗关站');
    const byId = new Map(Array.from({ length: layer.length }, (_, i) => layer.feature(i)).map((f) => [f.id, f]));
    expect(byId.get(2006)?.properties).toEqual({
      id: 'zongguan-station',
      fid: 2006,
      name_zh: '宗关站',
      name_en: 'Zongguan Station',
      category: 'road',
      status: 'context',
      y2022: true,
      y2023: false,
      precision: 'exact',
    });

    const [qx, qy] = tileAt(114.2225, 30.5925, 14);
    const quanxin = (await readVectorTile(archive, 14, qx, qy))?.layers[PROJECT_TILE_LAYER];
    const feature = quanxin && Array.from({ length: quanxin.length }, (_, i) => quanxin.feature(i)).find((f) => f.id === 2005);
    expect(feature?.properties).toMatchObject({ status: 'underway', y2022: true, y2023: true, precision: 'street' });

    // One layer holds every category: the park and the roads share the z12 tile.
    const [px, py] = tileAt(114.21, 30.57, 12);
    const mixed = (await readVectorTile(archive, 12, px, py))?.layers[PROJECT_TILE_LAYER];
    const categories = mixed && [...new Set(Array.from({ length: mixed.length }, (_, i) => mixed.feature(i).properties.category))].sort();
    expect(categories).toEqual(['park', 'road']);
  });

  it('writes the basemap layers with kind, names, line and rank, leaving out what a feature lacks', async () => {
    const archive = readArchive((await goodOutputs()).get('basemap.pmtiles') ?? new Uint8Array());
    const metadata = (await archive.getMetadata()) as { vector_layers: { id: string }[]; attribution: string };
    expect(metadata.vector_layers.map((l) => l.id)).toEqual(['district', 'water', 'roads', 'metro', 'labels']);
    expect(metadata.attribution).toContain('OpenStreetMap');
    const [x, y] = tileAt(114.23, 30.5925, 14);
    const tile = await readVectorTile(archive, 14, x, y);
    const metro = tile?.layers.metro;
    const station = metro && Array.from({ length: metro.length }, (_, i) => metro.feature(i)).find((f) => f.properties.kind === 'station');
    expect(station?.properties).toEqual({ kind: 'station', name_zh: '宗关', name_en: 'Zongguan', line: '1', rank: 2 });
    const [ux, uy] = tileAt(114.22, 30.57, 14);
    const roads = (await readVectorTile(archive, 14, ux, uy))?.layers.roads;
    const unnamed = roads && Array.from({ length: roads.length }, (_, i) => roads.feature(i)).find((f) => f.properties.kind === 'minor');
    expect(unnamed?.properties).toEqual({ kind: 'minor' });
  });

  it('writes a catalogue of features by fid, one place per name, indicators and unmapped items', async () => {
    const json = new TextDecoder().decode((await goodOutputs()).get('catalogue.json'));
    const catalogue = JSON.parse(json) as Catalogue;
    expect(catalogue.version).toBe(1);
    expect(catalogue.source.file).toBe('fixture-report.txt');
    expect(catalogue.features.map((f) => f.fid)).toEqual([2001, 2002, 2003, 2004, 2005, 2006, 3001]);
    const quanxin = catalogue.features.find((f) => f.id === 'quanxin-street');
    expect(quanxin).toMatchObject({ status: 'underway', years: [2022, 2023], bbox: [114.22, 30.59, 114.225, 30.595] });
    expect(quanxin?.mentions).toHaveLength(2);
    expect(catalogue.features.find((f) => f.id === 'zongguan-station')?.keys).toEqual({ py: 'zongguanzhan', ini: 'zgz' });
    expect(catalogue.places.find((p) => p.name_zh === '解放大道')?.keys).toEqual({ py: 'jiefangdadao', ini: 'jfdd' });
    expect(catalogue.features.find((f) => f.id === 'zhangbi-lake-park')?.geometry.type).toBe('Polygon');
    expect(catalogue.places.map((p) => `${p.kind} ${p.name_zh}`)).toEqual(['street 中山大道', 'station 宗关', 'subdistrict 宗关街道', 'water 汉江', 'district 测试区', 'street 解放大道']);
    const jiefang = catalogue.places.find((p) => p.name_zh === '解放大道');
    expect(jiefang?.bbox).toEqual([114.2, 30.58, 114.26, 30.59]);
    // The representative point of a road lies on it: here on its second piece, from (114.23, 30.582) to (114.26, 30.59).
    const [px = 0, py = 0] = jiefang?.point ?? [];
    expect(py - 30.582).toBeCloseTo(((px - 114.23) * 0.008) / 0.03, 6);
    expect(catalogue.indicators.map((i) => i.id)).toEqual(['gdp-2022', 'roads-completed-2023']);
    expect(catalogue.unmapped.map((u) => u.id)).toEqual(['urban-renewal-plan']);
  });
});

describe('build id', () => {
  it('is the same in the catalogue and in both archives, and changes when the data does', async () => {
    const ids = async (files: Map<string, Uint8Array>) => [
      (JSON.parse(new TextDecoder().decode(files.get('catalogue.json'))) as Catalogue).build,
      ((await readArchive(files.get('project.pmtiles') ?? new Uint8Array()).getMetadata()) as { build?: string }).build,
      ((await readArchive(files.get('basemap.pmtiles') ?? new Uint8Array()).getMetadata()) as { build?: string }).build,
    ];
    const good = await ids(await goodOutputs());
    expect(good[0]).toMatch(/^[0-9a-f]{16}$/);
    expect(good).toEqual([good[0], good[0], good[0]]);
    const changed = await dataWithCase();
    cleanups.push(changed.cleanup);
    const park = path.join(changed.dataDir, 'features', 'park.geojson');
    await writeFile(park, (await readFile(park, 'utf8')).replace('"name_en": "', '"name_en": "Renamed '));
    const { issues, data } = await validateData({ dataDir: changed.dataDir });
    expect(issues).toEqual([]);
    const other = await ids(buildOutputs(data).files);
    expect(other[0]).not.toBe(good[0]);
    expect(other).toEqual([other[0], other[0], other[0]]);
  });
});

describe('runBuild', () => {
  it('refuses to build from invalid data and leaves the previous tiles byte-identical', async () => {
    const out = await tempDir();
    expect((await runBuild({ dataDir: GOOD_DATA, outDir: out })).status).toBe('written');
    const before = await snapshot(out);
    const bad = await dataWithCase('quote-not-in-report');
    cleanups.push(bad.cleanup);
    const result = await runBuild({ dataDir: bad.dataDir, outDir: out, force: true, root: bad.root });
    expect(result.status).toBe('invalid');
    expect(result.status === 'invalid' && result.issues.map((i) => `${i.file}: ${i.id}: ${i.field}`)).toEqual([
      'data/features/park.geojson: zhangbi-lake-park: properties.mentions[0].quote',
    ]);
    expect(await snapshot(out)).toEqual(before);
  });

  it('leaves the previous tiles byte-identical, with no temp files, when a write fails part-way', async () => {
    const out = await tempDir();
    await runBuild({ dataDir: GOOD_DATA, outDir: out });
    const before = await snapshot(out);
    let writes = 0;
    const failing: OutputFs = {
      ...nodeFs,
      writeFile: async (file, data) => {
        if (++writes === 3) throw new Error('disk full');
        await nodeFs.writeFile(file, data);
      },
    };
    // A different data set, so a successful write would have changed the files.
    const other = await dataWithCase('counter-clockwise-hole');
    cleanups.push(other.cleanup);
    await rm(path.join(other.dataDir, 'features', 'park.geojson'));
    await expect(runBuild({ dataDir: other.dataDir, outDir: out, force: true, fs: failing })).rejects.toThrow('disk full');
    expect(writes).toBe(3);
    expect(await snapshot(out)).toEqual(before);
  });

  it('will not overwrite existing tiles without force', async () => {
    const out = await tempDir();
    await runBuild({ dataDir: GOOD_DATA, outDir: out });
    const result = await runBuild({ dataDir: GOOD_DATA, outDir: out, root: out });
    expect(result).toEqual({ status: 'exists', existing: ['project.pmtiles', 'basemap.pmtiles', 'catalogue.json'] });
    expect((await runBuild({ dataDir: GOOD_DATA, outDir: out, force: true })).status).toBe('written');
  });

  it('with check, passes identical tiles and names a file changed by one byte', async () => {
    const out = await tempDir();
    await runBuild({ dataDir: GOOD_DATA, outDir: out });
    expect((await runBuild({ dataDir: GOOD_DATA, outDir: out, check: true })).status).toBe('up-to-date');
    const file = path.join(out, 'project.pmtiles');
    const bytes = await readFile(file);
    bytes[200] = (bytes[200] ?? 0) ^ 1;
    await writeFile(file, bytes);
    const result = await runBuild({ dataDir: GOOD_DATA, outDir: out, check: true, root: out });
    expect(result).toEqual({
      status: 'differs',
      differences: [`project.pmtiles: differs from a fresh build (committed ${bytes.length} bytes, built ${bytes.length} bytes, first difference at byte 200)`],
    });
  });

  it('with check, names outputs that are missing', async () => {
    const out = await tempDir();
    const result = await runBuild({ dataDir: path.join(FIXTURES, 'good-data'), outDir: out, check: true, root: out });
    expect(result.status === 'differs' && result.differences.map((d) => d.split(':')[0])).toEqual(['project.pmtiles', 'basemap.pmtiles', 'catalogue.json']);
  });
});

describe('what a build says', () => {
  it('logs each step with counts, sizes and the files written, named from the root', async () => {
    const { root, dataDir, cleanup } = await dataWithCase();
    cleanups.push(cleanup);
    const lines: string[] = [];
    const result = await runBuild({ dataDir, outDir: path.join(root, 'tiles'), root, log: (line) => lines.push(line) });
    expect(lines).toEqual([
      'validating data/',
      'project: tiling park 1, road 6 at z8–14',
      expect.stringMatching(/^project\.pmtiles: 7 features in 1 layers, \d+ tiles(, \d+ distinct)?, \d+\.\d kB$/),
      'basemap: tiling district 1, labels 2, metro 2, roads 4, water 1 at z8–14',
      expect.stringMatching(/^basemap\.pmtiles: 10 features in 5 layers, \d+ tiles(, \d+ distinct)?, \d+\.\d kB$/),
      expect.stringMatching(/^catalogue\.json: 7 features, \d+ places, 2 indicators, 1 unmapped, \d+\.\d kB$/),
      'wrote tiles/project.pmtiles, tiles/basemap.pmtiles, tiles/catalogue.json',
    ]);
    if (result.status !== 'written') throw new Error(result.status);
    const bytes = [...result.files.values()].reduce((n, b) => n + b.length, 0);
    expect(result.summary).toMatch(new RegExp(`^features per layer: park 1, road 6; \\d+ tiles; ${bytes} bytes in 3 files$`));
  });

  it('says "validating ./" when the data is the root itself', async () => {
    const lines: string[] = [];
    await runBuild({ dataDir: GOOD_DATA, outDir: await tempDir(), root: GOOD_DATA, check: true, log: (line) => lines.push(line) });
    expect(lines[0]).toBe('validating ./');
  });
});

describe('explainFailure', () => {
  it('lists the data errors, then how many and what to run', () => {
    const issue = { file: 'data/x.json', id: 'a', field: 'f', expected: 'e', found: 'g' };
    expect(explainFailure({ status: 'invalid', issues: [issue, issue] })).toEqual([
      'data/x.json: a: f: expected e, found g',
      'data/x.json: a: f: expected e, found g',
      '2 data errors: refusing to build (run npm run data:validate after fixing).',
    ]);
  });

  it('names the files that exist, in the singular for one', () => {
    expect(explainFailure({ status: 'exists', existing: ['tiles/a'] })).toEqual(['tiles/a already exists: pass --force to overwrite (npm run build:data does).']);
    expect(explainFailure({ status: 'exists', existing: ['tiles/a', 'tiles/b'] })).toEqual(['tiles/a, tiles/b already exist: pass --force to overwrite (npm run build:data does).']);
  });

  it('lists the differences, then how to bring tiles/ up to date; nothing for a success', () => {
    expect(explainFailure({ status: 'differs', differences: ['tiles/a: missing'] })).toEqual(['tiles/a: missing', 'tiles/ is out of date with data/: run npm run build:data and commit tiles/.']);
    expect(explainFailure({ status: 'up-to-date', files: new Map(), summary: '' })).toEqual([]);
  });
});
