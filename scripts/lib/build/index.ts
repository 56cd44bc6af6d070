import path from 'node:path';
import { formatIssue, type Issue } from '../validate/issues';
import { type ValidatedData, validateData } from '../validate/index';
import { type BuiltArchive, buildBasemapArchive, buildProjectArchive } from './archives';
import { buildId } from './build-id';
import { buildCatalogue, serializeCatalogue, withBuild } from './catalogue';
import { withMetadata } from '../pmtiles/metadata';
import { compareOutputs, existingOutputs, nodeFs, type OutputFs, writeAtomically } from './output';
import { MAX_ZOOM, MIN_ZOOM } from './tiler';

export const OUTPUT_NAMES = ['project.pmtiles', 'basemap.pmtiles', 'catalogue.json'] as const;

export interface BuildOptions {
  /** The data directory to validate and build from. */
  dataDir: string;
  /** Where the archives and catalogue go (tiles/). */
  outDir: string;
  /** Overwrite outputs that already exist. */
  force?: boolean;
  /** Build in memory and compare with outDir instead of writing. */
  check?: boolean;
  /** File names in messages are relative to this; defaults to the current directory. */
  root?: string;
  /** Progress lines; silent by default. */
  log?: (line: string) => void;
  fs?: OutputFs;
}

export type BuildResult =
  | { status: 'written' | 'up-to-date'; files: Map<string, Uint8Array>; summary: string }
  | { status: 'invalid'; issues: Issue[] }
  | { status: 'exists'; existing: string[] }
  | { status: 'differs'; differences: string[] };

function kB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

function describe(name: string, a: BuiltArchive): string {
  const features = a.layers.reduce((n, l) => n + l.features, 0);
  const distinct = a.stats.tileContents === a.stats.addressedTiles ? '' : `, ${a.stats.tileContents} distinct`;
  return `${name}: ${features} features in ${a.layers.length} layers, ${a.stats.addressedTiles} tiles${distinct}, ${kB(a.stats.bytes)}`;
}

/** Builds the three outputs in memory from validated data: the two archives and the catalogue. */
export function buildOutputs(data: ValidatedData, log: (line: string) => void = () => {}): { files: Map<string, Uint8Array>; summary: string } {
  log(`project: tiling ${data.layers.map((l) => `${l.name} ${l.features.length}`).join(', ') || 'no layers'} at z${MIN_ZOOM}–${MAX_ZOOM}`);
  const project = buildProjectArchive(data);
  log(describe('project.pmtiles', project));
  log(`basemap: tiling ${data.basemap.map((b) => `${b.layer} ${b.features.length}`).join(', ') || 'no layers'} at z${MIN_ZOOM}–${MAX_ZOOM}`);
  const basemap = buildBasemapArchive(data);
  log(describe('basemap.pmtiles', basemap));
  const content = buildCatalogue(data);
  // The id hashes everything as built without it, then goes into all three, so each can be matched to the others.
  const build = buildId([project.bytes, basemap.bytes, serializeCatalogue(content)]);
  const json = serializeCatalogue(withBuild(content, build));
  log(`catalogue.json: ${content.features.length} features, ${content.places.length} places, ${content.indicators.length} indicators, ${content.unmapped.length} unmapped, ${kB(json.length)}; build ${build}`);
  const files = new Map<string, Uint8Array>([
    ['project.pmtiles', withMetadata(project.bytes, { ...project.metadata, build })],
    ['basemap.pmtiles', withMetadata(basemap.bytes, { ...basemap.metadata, build })],
    ['catalogue.json', json],
  ]);
  const tiles = project.stats.addressedTiles + basemap.stats.addressedTiles;
  const bytes = [...files.values()].reduce((n, b) => n + b.length, 0);
  const perLayer = project.layers.map((l) => `${l.name} ${l.features}`).join(', ') || 'none';
  return { files, summary: `features per layer: ${perLayer}; ${tiles} tiles; ${bytes} bytes in ${files.size} files` };
}

/**
 * Validates dataDir and, only if it is clean, builds the archives and the
 * catalogue; then writes them atomically to outDir (refusing to overwrite
 * without `force`), or with `check` compares them to what outDir holds.
 */
export async function runBuild(options: BuildOptions): Promise<BuildResult> {
  const log = options.log ?? (() => {});
  const root = path.resolve(options.root ?? '.');
  const outDir = path.resolve(options.outDir);
  const label = (name: string) => path.relative(root, path.join(outDir, name)).split(path.sep).join('/');
  log(`validating ${path.relative(root, path.resolve(options.dataDir)) || '.'}/`);
  const { issues, data } = await validateData({ dataDir: options.dataDir, root });
  if (issues.length > 0) return { status: 'invalid', issues };
  if (!options.check && !options.force) {
    const existing = await existingOutputs(outDir, OUTPUT_NAMES);
    if (existing.length > 0) return { status: 'exists', existing: existing.map(label) };
  }
  const { files, summary } = buildOutputs(data, log);
  if (options.check) {
    const differences = await compareOutputs(outDir, files, label);
    return differences.length > 0 ? { status: 'differs', differences } : { status: 'up-to-date', files, summary };
  }
  await writeAtomically(outDir, files, options.fs ?? nodeFs);
  log(`wrote ${[...files.keys()].map(label).join(', ')}`);
  return { status: 'written', files, summary };
}

/** The lines a CLI prints for a result that is not a success. */
export function explainFailure(result: BuildResult): string[] {
  switch (result.status) {
    case 'invalid':
      return [...result.issues.map(formatIssue), `${result.issues.length} data errors: refusing to build (run npm run data:validate after fixing).`];
    case 'exists':
      return [`${result.existing.join(', ')} already exist${result.existing.length === 1 ? 's' : ''}: pass --force to overwrite (npm run build:data does).`];
    case 'differs':
      return [...result.differences, 'tiles/ is out of date with data/: run npm run build:data and commit tiles/.'];
    default:
      return [];
  }
}
