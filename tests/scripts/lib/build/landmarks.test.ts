import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildOutputs } from '../../../../scripts/lib/build/index';
import { validateData } from '../../../../scripts/lib/validate/index';
import type { Catalogue } from '../../../../src/schema/records';
import { dataWithCase } from '../../../helpers/fixture-data';
import { readArchive, readVectorTile } from '../../../helpers/pmtiles-memory';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

const provenance = (qid: string) => ({ method: 'Wikidata coordinate location (P625), as published', reference: `Wikidata ${qid} (CC0)`, note: '' });
const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });
/** Two landmarks sharing a name (one object each), one with short forms. */
const LANDMARKS = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { kind: 'school', name_zh: '武汉四中·博学中学', name_en: 'Wuhan Fourth Middle School', rank: 3, qid: 'Q11124494', aliases: ['武汉四中', '博学中学'], provenance: provenance('Q11124494') }, geometry: point(114.21453, 30.58953) },
    { type: 'Feature', properties: { kind: 'heritage', name_zh: '烈士陵园', name_en: '', rank: 5, qid: 'Q125926862', provenance: provenance('Q125926862') }, geometry: point(114.226, 30.588) },
    { type: 'Feature', properties: { kind: 'heritage', name_zh: '烈士陵园', name_en: '', rank: 5, qid: 'Q125420344', provenance: provenance('Q125420344') }, geometry: point(114.229, 30.59) },
  ],
};

async function outputs() {
  const data = await dataWithCase();
  cleanups.push(data.cleanup);
  await writeFile(path.join(data.dataDir, 'basemap', 'landmarks.geojson'), JSON.stringify(LANDMARKS));
  const result = await validateData({ dataDir: data.dataDir, root: data.root });
  expect(result.issues).toEqual([]);
  return buildOutputs(result.data).files;
}

/** The z14 tile holding a lon/lat. */
function tileAt(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  return [Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.asinh(Math.tan(r)) / Math.PI) / 2) * n)];
}

describe('landmarks in the build', () => {
  it('are a layer of the basemap archive with their Q-id and kind, and the attribution names Wikidata', async () => {
    const archive = readArchive((await outputs()).get('basemap.pmtiles') ?? new Uint8Array());
    const metadata = (await archive.getMetadata()) as { vector_layers: { id: string; fields: Record<string, string> }[]; attribution: string };
    expect(metadata.vector_layers.map((l) => l.id)).toEqual(['district', 'water', 'roads', 'metro', 'landmarks', 'labels']);
    expect(metadata.vector_layers.find((l) => l.id === 'landmarks')?.fields.qid).toBe('String');
    expect(metadata.attribution).toMatch(/OpenStreetMap.*Wikidata \(CC0\)/);
    const [x, y] = tileAt(114.21453, 30.58953, 14);
    const layer = (await readVectorTile(archive, 14, x, y))?.layers.landmarks;
    const school = layer && Array.from({ length: layer.length }, (_, i) => layer.feature(i)).find((f) => f.properties.qid === 'Q11124494');
    expect(school?.properties).toEqual({ kind: 'school', name_zh: '武汉四中·博学中学', name_en: 'Wuhan Fourth Middle School', rank: 3, qid: 'Q11124494' });
  });

  it('are searchable places in the catalogue, one per Q-id, with short forms and their keys, and never features', async () => {
    const catalogue = JSON.parse(new TextDecoder().decode((await outputs()).get('catalogue.json'))) as Catalogue;
    const landmarks = catalogue.places.filter((p) => p.kind === 'landmark');
    expect(landmarks.map((p) => p.qid).sort()).toEqual(['Q11124494', 'Q125420344', 'Q125926862']);
    const school = landmarks.find((p) => p.qid === 'Q11124494');
    expect(school).toMatchObject({ landmark: 'school', point: [114.21453, 30.58953] });
    expect(school?.aliases).toEqual([
      { name_zh: '武汉四中', keys: { py: 'wuhansizhong', ini: 'whsz' } },
      { name_zh: '博学中学', keys: { py: 'boxuezhongxue', ini: 'bxzx' } },
    ]);
    expect(catalogue.features.some((f) => f.name_zh.includes('四中') || f.name_zh === '烈士陵园')).toBe(false);
  });

  it('carry the traditional forms of the characters in searchable names, and no others', async () => {
    const catalogue = JSON.parse(new TextDecoder().decode((await outputs()).get('catalogue.json'))) as Catalogue;
    const pairs = catalogue.fold ?? '';
    expect(pairs).toContain('漢汉');
    expect(pairs).toContain('學学');
    expect(pairs).not.toContain('龜龟');
  });
});
