import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOutputs } from '../../../scripts/lib/build/index';
import { validateData } from '../../../scripts/lib/validate/index';
import { type ArchiveProblem, checkArchive, problemFromLibrary, problemFromProbe } from '../../../src/map/archive-check';
import { describeArchiveProblem } from '../../../src/map/archive-messages';
import { ARCHIVE_LAYERS } from '../../../src/map/ids';
import type { Catalogue } from '../../../src/schema/records';
import { dataWithCase, GOOD_DATA } from '../../helpers/fixture-data';
import { readArchive } from '../../helpers/pmtiles-memory';

/** The three outputs of a build of `dataDir`, the archives read back. */
async function built(dataDir: string) {
  const { data } = await validateData({ dataDir });
  const { files } = buildOutputs(data);
  const catalogue = JSON.parse(new TextDecoder().decode(files.get('catalogue.json'))) as Catalogue;
  const facts = async (name: string) => {
    const archive = readArchive(files.get(name) ?? new Uint8Array());
    const h = await archive.getHeader();
    return { bounds: [h.minLon, h.minLat, h.maxLon, h.maxLat] as [number, number, number, number], metadata: await archive.getMetadata() };
  };
  return { catalogue, project: await facts('project.pmtiles'), basemap: await facts('basemap.pmtiles') };
}

describe('an archive checked against its catalogue', () => {
  it('passes both archives of one build, each holding only layers the app expects of it', async () => {
    const { catalogue, project, basemap } = await built(GOOD_DATA);
    expect(catalogue.build).toMatch(/^[0-9a-f]{16}$/);
    expect(checkArchive('project', project, catalogue)).toBeNull();
    expect(checkArchive('basemap', basemap, catalogue)).toBeNull();
    const layers = (m: unknown) => (m as { vector_layers: { id: string }[] }).vector_layers.map((l) => l.id);
    expect(ARCHIVE_LAYERS.project).toEqual(expect.arrayContaining(layers(project.metadata)));
    expect(ARCHIVE_LAYERS.basemap).toEqual(expect.arrayContaining(layers(basemap.metadata)));
  });

  it('names the basemap served as the project archive, and the other way round', async () => {
    const { catalogue, project, basemap } = await built(GOOD_DATA);
    expect(checkArchive('project', basemap, catalogue)).toEqual({ kind: 'swapped', other: 'basemap' });
    expect(checkArchive('basemap', project, catalogue)).toEqual({ kind: 'swapped', other: 'project' });
  });

  it('names an archive of another area, and one with layers of another map', async () => {
    const { catalogue, project } = await built(GOOD_DATA);
    const berlin = { bounds: [13.09, 52.33, 13.76, 52.68] as [number, number, number, number], metadata: { vector_layers: [{ id: 'roads' }, { id: 'buildings' }] } };
    expect(checkArchive('project', berlin, catalogue)).toEqual({ kind: 'elsewhere', bounds: berlin.bounds });
    const strange = { ...project, metadata: { vector_layers: [{ id: 'roads' }, { id: 'buildings' }] } };
    expect(checkArchive('project', strange, catalogue)).toEqual({ kind: 'layers', found: ['roads', 'buildings'], expected: ARCHIVE_LAYERS.project });
  });

  it('names an archive of another build, and one built before archives carried a build', async () => {
    const good = await built(GOOD_DATA);
    const copy = await dataWithCase();
    try {
      expect((await built(copy.dataDir)).catalogue.build, 'the same data gives the same build, wherever it lies').toBe(good.catalogue.build);
      const park = path.join(copy.dataDir, 'features', 'park.geojson');
      await writeFile(park, (await readFile(park, 'utf8')).replace('"Zhangbi Lake Park"', '"Zhangbi Lake Park East"'));
      const other = await built(copy.dataDir);
      expect(other.catalogue.build, 'other data, another build').not.toBe(good.catalogue.build);
      expect(checkArchive('project', other.project, good.catalogue)).toEqual({ kind: 'build', found: other.catalogue.build, expected: good.catalogue.build });
    } finally {
      await copy.cleanup();
    }
    const old = { ...good.project, metadata: { ...(good.project.metadata as object), build: undefined } };
    expect(checkArchive('project', old, good.catalogue)).toEqual({ kind: 'build', found: null, expected: good.catalogue.build });
  });
});

describe('how an archive is served', () => {
  const res = (status: number, headers: Record<string, string>) => ({ status, headers: new Headers(headers) });
  it('tells an empty file, a host ignoring ranges and a compressed body apart from a good answer', () => {
    expect(problemFromProbe(res(206, { 'Content-Range': 'bytes 0-0/1000' }))).toBeNull();
    expect(problemFromProbe(res(416, { 'Content-Range': 'bytes */0' }))).toEqual({ kind: 'empty' });
    expect(problemFromProbe(res(200, { 'Content-Length': '0' }))).toEqual({ kind: 'empty' });
    expect(problemFromProbe(res(200, { 'Content-Length': '362000' }))).toEqual({ kind: 'no-range' });
    expect(problemFromProbe(res(206, { 'Content-Encoding': 'gzip', 'Content-Range': 'bytes 0-0/9' }))).toEqual({ kind: 'encoded', encoding: 'gzip' });
    expect(problemFromProbe(res(404, {}))).toEqual({ kind: 'http', status: 404 });
  });

  it("reads the pmtiles library's errors as problems, not as its English text", () => {
    expect(problemFromLibrary(new Error('Bad response code: 403'))).toEqual({ kind: 'http', status: 403 });
    expect(problemFromLibrary(new Error('Wrong magic number for PMTiles archive'))).toEqual({ kind: 'not-pmtiles' });
    expect(problemFromLibrary(new Error('Archive is spec version 9 but this library supports up to spec version 3'))).toEqual({ kind: 'version', version: 9 });
    expect(problemFromLibrary(new Error('Server returned no content-length header or content-length exceeding request. Check that your storage backend supports HTTP Byte Serving.'))).toEqual({ kind: 'no-range' });
  });

  it('says every problem in both languages with what the site owner should do', () => {
    const problems: ArchiveProblem[] = [
      { kind: 'http', status: 404 },
      { kind: 'empty' },
      { kind: 'no-range' },
      { kind: 'encoded', encoding: 'gzip' },
      { kind: 'not-pmtiles' },
      { kind: 'version', version: 9 },
      { kind: 'truncated', size: 10, expected: 20 },
      { kind: 'swapped', other: 'basemap' },
      { kind: 'elsewhere', bounds: [13, 52, 14, 53] },
      { kind: 'layers', found: ['roads'], expected: ['road'] },
      { kind: 'build', found: 'a', expected: 'b' },
    ];
    for (const p of problems) {
      expect(describeArchiveProblem('tiles/project.pmtiles', p, 'zh'), p.kind).toMatch(/^tiles\/project\.pmtiles: .*网站管理员:/);
      expect(describeArchiveProblem('tiles/project.pmtiles', p, 'en'), p.kind).toMatch(/^tiles\/project\.pmtiles: [^\u4e00-\u9fff]*Site owner: /);
    }
  });
});

describe('an archive checked from its facts alone', () => {
  const district: [number, number, number, number] = [114.146, 30.563, 114.279, 30.634];
  const catalogue = { build: 'b1', places: [{ kind: 'district', bbox: district }] } as unknown as Pick<Catalogue, 'build' | 'places'>;
  const project = (metadata: unknown, bounds = district) => ({ bounds, metadata });
  const layers = (...ids: string[]) => ids.map((id) => ({ id }));

  it('passes an archive of the right layers, area and build', () => {
    expect(checkArchive('project', project({ vector_layers: layers(...ARCHIVE_LAYERS.project), build: 'b1' }), catalogue)).toBeNull();
    expect(checkArchive('basemap', project({ vector_layers: layers(...ARCHIVE_LAYERS.basemap), build: 'b1' }), catalogue)).toBeNull();
  });

  it('counts an archive whose bounds only touch the district as covering it', () => {
    const east: [number, number, number, number] = [114.279, 30.634, 115, 31];
    expect(checkArchive('project', project({ vector_layers: layers(...ARCHIVE_LAYERS.project), build: 'b1' }, east), catalogue)).toBeNull();
    const west: [number, number, number, number] = [113, 30, 114.146, 30.563];
    expect(checkArchive('project', project({ vector_layers: layers(...ARCHIVE_LAYERS.project), build: 'b1' }, west), catalogue)).toBeNull();
    const beyond: [number, number, number, number] = [114.2791, 30.5, 115, 31];
    expect(checkArchive('project', project({ vector_layers: layers(...ARCHIVE_LAYERS.project), build: 'b1' }, beyond), catalogue)).toEqual({ kind: 'elsewhere', bounds: beyond });
    const south: [number, number, number, number] = [114, 30, 114.2, 30.5629];
    expect(checkArchive('project', project({ vector_layers: layers(...ARCHIVE_LAYERS.project), build: 'b1' }, south), catalogue)).toEqual({ kind: 'elsewhere', bounds: south });
  });

  it('does not check the area when the catalogue has no district', () => {
    const far: [number, number, number, number] = [13, 52, 14, 53];
    expect(checkArchive('project', project({ vector_layers: layers(...ARCHIVE_LAYERS.project), build: 'b1' }, far), { build: 'b1', places: [] })).toBeNull();
  });

  it('names missing or unreadable layer lists as no layers, not as the other archive', () => {
    for (const metadata of [null, {}, { vector_layers: 'project' }, { vector_layers: [] }]) {
      expect(checkArchive('project', project(metadata), catalogue), JSON.stringify(metadata)).toEqual({ kind: 'layers', found: [], expected: ARCHIVE_LAYERS.project });
    }
    expect(checkArchive('project', project({ vector_layers: [{ name: 'x' }] }), catalogue)).toEqual({ kind: 'layers', found: ['undefined'], expected: ARCHIVE_LAYERS.project });
  });

  it('does not call an archive swapped when it holds the other archive\'s layers and one more', () => {
    const mixed = project({ vector_layers: layers(...ARCHIVE_LAYERS.basemap, 'extra') });
    expect(checkArchive('project', mixed, catalogue)).toEqual({ kind: 'layers', found: [...ARCHIVE_LAYERS.basemap, 'extra'], expected: ARCHIVE_LAYERS.project });
  });

  it('takes a build that is not text as none', () => {
    expect(checkArchive('project', project({ vector_layers: layers(...ARCHIVE_LAYERS.project), build: 7 }), catalogue)).toEqual({ kind: 'build', found: null, expected: 'b1' });
    expect(checkArchive('project', project({ vector_layers: layers(...ARCHIVE_LAYERS.project), build: 'b2' }), catalogue)).toEqual({ kind: 'build', found: 'b2', expected: 'b1' });
  });
});

describe('how an archive is served, at the edges', () => {
  const res = (status: number, headers: Record<string, string>) => ({ status, headers: new Headers(headers) });
  it('reads an identity encoding as none, and any status from 300 as an HTTP problem', () => {
    expect(problemFromProbe(res(206, { 'Content-Encoding': 'identity', 'Content-Range': 'bytes 0-0/9' }))).toBeNull();
    expect(problemFromProbe(res(200, {}))).toEqual({ kind: 'no-range' });
    expect(problemFromProbe(res(416, { 'Content-Range': 'bytes */10' }))).toEqual({ kind: 'http', status: 416 });
    expect(problemFromProbe(res(300, {}))).toEqual({ kind: 'http', status: 300 });
    expect(problemFromProbe(res(299, {}))).toBeNull();
  });

  it('reads a version of several digits and keeps an unknown error as its own text', () => {
    expect(problemFromLibrary(new Error('Archive is spec version 12 but this library supports up to spec version 3'))).toEqual({ kind: 'version', version: 12 });
    expect(problemFromLibrary(new Error('Bad response code: 503'))).toEqual({ kind: 'http', status: 503 });
    expect(problemFromLibrary(new Error('something odd'))).toEqual({ kind: 'other', message: 'something odd' });
  });
});
