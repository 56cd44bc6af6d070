import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { landmarkContext } from '../../../../scripts/lib/landmarks/context';
import { GOOD_DATA } from '../../../helpers/fixture-data';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A data directory holding only the given basemap layers. */
async function dataDirWith(layers: Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'qiaokou-landmarks-'));
  dirs.push(dir);
  await mkdir(path.join(dir, 'basemap'));
  for (const [name, value] of Object.entries(layers)) await writeFile(path.join(dir, 'basemap', `${name}.geojson`), typeof value === 'string' ? value : JSON.stringify(value));
  return dir;
}
const SQUARE = { type: 'Polygon', coordinates: [[[114.2, 30.56], [114.26, 30.56], [114.26, 30.6], [114.2, 30.6], [114.2, 30.56]]] };
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('landmarkContext', () => {
  it('gives the district outline and the metro stations, not the lines', async () => {
    const { outline, stations } = await landmarkContext(GOOD_DATA);
    expect(outline.bbox).toEqual([114.2, 30.56, 114.26, 30.6]);
    expect(stations).toEqual([{ name_zh: '宗关', point: [114.23, 30.5925] }]);
  });

  it('outlines only the polygons of kind "qiaokou", and gives a station without a name an empty one; no line is a station', async () => {
    const elsewhere = { type: 'Polygon', coordinates: [[[114.3, 30.6], [114.4, 30.6], [114.4, 30.7], [114.3, 30.6]]] };
    const dir = await dataDirWith({
      district: collection({ properties: { kind: 'other' }, geometry: elsewhere }, { properties: { kind: 'qiaokou' }, geometry: SQUARE }),
      metro: collection(
        { properties: { kind: 'station' }, geometry: { type: 'Point', coordinates: [114.21, 30.57] } },
        { properties: { kind: 'station' }, geometry: SQUARE },
        { properties: { kind: 'line', name_zh: '1号线' }, geometry: { type: 'Point', coordinates: [114.22, 30.57] } },
      ),
    });
    const { outline, stations } = await landmarkContext(dir);
    expect(outline.polygons).toEqual([SQUARE.coordinates]);
    expect(stations).toEqual([{ name_zh: '', point: [114.21, 30.57] }]);
  });

  it('names a district layer with no "qiaokou" polygon', async () => {
    const dir = await dataDirWith({ district: collection({ properties: { kind: 'other' }, geometry: SQUARE }), metro: collection() });
    await expect(landmarkContext(dir)).rejects.toThrow(`${path.join(dir, 'basemap', 'district.geojson')}: no polygon of kind "qiaokou" to measure the margin from`);
  });

  it('names a missing or broken layer and says the import needs it', async () => {
    const dir = await dataDirWith({ district: collection({ properties: { kind: 'qiaokou' }, geometry: SQUARE }), metro: '{' });
    await expect(landmarkContext(dir)).rejects.toThrow(new RegExp(`^${path.join(dir, 'basemap', 'metro.geojson')}: .+; the landmark import needs the basemap's metro layer$`));
    const empty = await dataDirWith({});
    await expect(landmarkContext(empty)).rejects.toThrow(/district\.geojson: ENOENT.+; the landmark import needs the basemap's district layer$/);
  });
});
