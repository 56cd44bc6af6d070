import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { explainFailure, type OUTPUT_NAMES, runBuild } from '../scripts/lib/build/index';
import { writeArchive } from '../scripts/lib/pmtiles/writer';
import { GOOD_DATA } from '../tests/helpers/fixture-data';

export interface TempDir {
  dir: string;
  remove: () => Promise<void>;
}

export async function tempDir(prefix: string): Promise<TempDir> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A tiles/ directory built from the good test data, with `overlay`'s files (if any) laid over it, as the pipeline builds it. */
export async function buildFixtureTiles(overlay?: string): Promise<TempDir> {
  const t = await tempDir('qiaokou-fixture-');
  const dataDir = path.join(t.dir, 'data');
  await cp(GOOD_DATA, dataDir, { recursive: true });
  if (overlay) await cp(overlay, dataDir, { recursive: true });
  const result = await runBuild({ dataDir, outDir: path.join(t.dir, 'tiles'), root: t.dir, force: true });
  if (result.status !== 'written') throw new Error(`fixture build failed:\n${explainFailure(result).join('\n')}`);
  return { dir: path.join(t.dir, 'tiles'), remove: t.remove };
}

/** Ways to break an archive the way a bad deploy would. */
export const DAMAGES = {
  missing: async (_file: string) => undefined,
  truncated: async (file: string) => {
    const bytes = await readFile(file);
    return bytes.subarray(0, Math.floor(bytes.length / 2));
  },
  'not a PMTiles file': async (_file: string) => Buffer.from('<!doctype html><title>Not found</title><p>This host serves its error page with status 200.</p>'),
  'wrong version': async (file: string) => {
    const bytes = Buffer.from(await readFile(file));
    bytes[7] = 9;
    return bytes;
  },
  empty: async (_file: string) => Buffer.alloc(0),
  'the other archive in its place': async (file: string) => {
    const other = file.endsWith('project.pmtiles') ? file.replace(/project\.pmtiles$/, 'basemap.pmtiles') : file.replace(/basemap\.pmtiles$/, 'project.pmtiles');
    return readFile(other);
  },
  'an archive of another area': async (_file: string) => {
    // A valid PMTiles file of Berlin with a street map's layers, as a reused archive from another project would be.
    const metadata = { name: 'Berlin streets', vector_layers: ['roads', 'water', 'buildings'].map((id) => ({ id, fields: {} })) };
    const { bytes } = writeArchive([{ z: 8, x: 137, y: 83, data: new Uint8Array() }], { metadata, bounds: [13.09, 52.33, 13.76, 52.68], minZoom: 8, maxZoom: 8 });
    return Buffer.from(bytes);
  },
  'an archive of another build': async (file: string) => {
    const other = await buildFixtureTiles('e2e/fixtures/injection');
    try {
      return await readFile(path.join(other.dir, path.basename(file)));
    } finally {
      await other.remove();
    }
  },
} as const satisfies Record<string, (file: string) => Promise<Buffer | undefined>>;
export type Damage = keyof typeof DAMAGES;

/** A copy of `tilesDir` with one archive damaged (or left out, for "missing"). */
export async function damagedTiles(tilesDir: string, archive: (typeof OUTPUT_NAMES)[number], damage: Damage): Promise<TempDir> {
  const t = await tempDir('qiaokou-damaged-');
  await cp(tilesDir, t.dir, { recursive: true });
  const file = path.join(t.dir, archive);
  const bytes = await DAMAGES[damage](file);
  if (bytes) await writeFile(file, bytes);
  else await rm(file);
  return t;
}
