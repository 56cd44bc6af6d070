import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildProjectArchive } from '../scripts/lib/build/archives';
import { buildCatalogue, serializeCatalogue } from '../scripts/lib/build/catalogue';
import { buildOutputs } from '../scripts/lib/build/index';
import type { FeatureLayer } from '../scripts/lib/validate/features';
import { type ValidatedData, validateData } from '../scripts/lib/validate/index';
import { CATEGORIES } from '../src/schema/constants';
import { median } from './stats';
import { syntheticFeatures } from './synthetic';

export interface ScalePoint {
  features: number;
  /** Median ms to cut and write the project archive and the catalogue (what grows with features). */
  buildMs: number;
  runs: number;
  projectBytes: number;
  catalogueBytes: number;
  tiles: number;
}

/** The real data's basemap and source record, with the feature layers replaced by `count` synthetic features. */
export async function syntheticData(count: number): Promise<ValidatedData> {
  const { issues, data } = await validateData({ dataDir: 'data' });
  if (issues.length > 0) throw new Error(`data/ must be valid for the benchmark (${issues.length} errors; run npm run data:validate)`);
  const features = syntheticFeatures(count);
  const layers: FeatureLayer[] = CATEGORIES.map((c) => ({ name: c, file: `synthetic/${c}.geojson`, features: features.filter((f) => f.properties.category === c) }));
  return { ...data, layers, indicators: [], unmapped: [] };
}

/** Builds the project archive and catalogue for each size, `runs(size)` times, timing each build. */
export async function scaleSeries(sizes: readonly number[], runs: (size: number) => number): Promise<ScalePoint[]> {
  const out: ScalePoint[] = [];
  for (const size of sizes) {
    const data = await syntheticData(size);
    const times: number[] = [];
    let last: { projectBytes: number; catalogueBytes: number; tiles: number } | undefined;
    for (let i = 0; i < runs(size); i++) {
      const t0 = performance.now();
      const project = buildProjectArchive(data);
      const catalogue = serializeCatalogue(buildCatalogue(data));
      times.push(performance.now() - t0);
      last = { projectBytes: project.bytes.length, catalogueBytes: catalogue.length, tiles: project.stats.addressedTiles };
    }
    if (last) out.push({ features: size, buildMs: median(times), runs: times.length, ...last });
  }
  return out;
}

/** Writes a whole tiles/ directory (both archives and the catalogue) for `count` synthetic features. */
export async function writeSyntheticTiles(count: number, dir: string): Promise<void> {
  const { files } = buildOutputs(await syntheticData(count));
  await mkdir(dir, { recursive: true });
  for (const [name, bytes] of files) await writeFile(path.join(dir, name), bytes);
}
