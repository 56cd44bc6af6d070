import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Indicator, Source, Unmapped } from '../../../src/schema/records';
import { checkAnchorFacts } from './anchor-facts';
import { type BasemapFile, checkBasemapFile } from './basemap';
import { type FeatureContext, type FeatureLayer, checkFeatureFile } from './features';
import { type Issue, IssueSink } from './issues';
import { readTextIfExists } from './json';
import { outlineFrom } from './outline';
import { checkAllowlistIds, checkIndicators, checkSource, checkUnmapped, readAllowlist } from './records';
import { loadReport } from './report';
import { checkZones } from './zones';

export interface ValidateOptions {
  /** The data directory (normally <repo>/data). */
  dataDir: string;
  /** Error file names are relative to this; defaults to the current directory. */
  root?: string;
}

/** Everything in data/ that passed validation, ready for the tile build. */
export interface ValidatedData {
  /** Feature layers by file name, sorted by name. */
  layers: FeatureLayer[];
  /** Basemap layers present, sorted by name. */
  basemap: BasemapFile[];
  /** undefined: no indicators.json yet. */
  indicators: Indicator[] | undefined;
  /** undefined: no unmapped.json yet. */
  unmapped: Unmapped[] | undefined;
  source: Source | undefined;
}

export interface ValidationResult {
  /** Every problem found, in file order; empty means the data is valid. */
  issues: Issue[];
  data: ValidatedData;
}

async function geojsonFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith('.geojson')).sort();
}

/**
 * Validates a data directory per data/README.md: report and source record,
 * basemap layers, feature layers (schema, geometry, district outline, quotes,
 * status, metrics, unique ids), the outside allow-list, indicators and
 * unmapped items. Collects every issue rather than stopping at the first.
 */
export async function validateData(options: ValidateOptions): Promise<ValidationResult> {
  const dataDir = path.resolve(options.dataDir);
  // Stryker disable next-line StringLiteral: path.resolve('') is the current directory too
  const root = path.resolve(options.root ?? '.');
  const rel = (abs: string) => path.relative(root, abs).split(path.sep).join('/');
  const at = (...parts: string[]) => path.join(dataDir, ...parts);
  const issues: Issue[] = [];
  const data: ValidatedData = { layers: [], basemap: [], indicators: undefined, unmapped: undefined, source: undefined };

  if (!(await stat(dataDir).catch(() => undefined))?.isDirectory()) {
    new IssueSink(issues, rel(dataDir)).add('(dir)', 'a data directory', 'nothing there');
    return { issues, data };
  }

  const report = await loadReport(dataDir, rel, issues);
  data.source = checkSource(await readTextIfExists(at('report', 'source.json')), rel(at('report', 'source.json')), report, issues);

  for (const name of await geojsonFiles(at('basemap'))) {
    const file = at('basemap', name);
    // Stryker disable next-line StringLiteral: a file readdir just listed is there; the fallback is for the type checker
    const checked = checkBasemapFile(path.basename(name, '.geojson'), rel(file), (await readTextIfExists(file)) ?? '', issues);
    if (checked) data.basemap.push(checked);
  }
  const outlineFile = rel(at('basemap', 'district.geojson'));
  const district = data.basemap.find((b) => b.layer === 'district');
  // The district layer holds only features of kind "qiaokou" (checkBasemapFile drops any other).
  // Stryker disable next-line ArrayDeclaration: anything standing in for no geometries holds no polygon
  const outline = outlineFrom(district?.features.map((f) => f.geometry) ?? []);
  if (!outline) {
    const found = district ? 'no valid polygon of kind "qiaokou"' : 'no file';
    new IssueSink(issues, outlineFile).add('outline', 'the district outline (a polygon of kind "qiaokou") to check features against', found);
  }

  const allowlistFile = at('outside-allowlist.json');
  const allowlistText = await readTextIfExists(allowlistFile);
  const allowedOutside = allowlistText === undefined ? new Set<string>() : readAllowlist(allowlistText, rel(allowlistFile), issues);

  const ctx: FeatureContext = { report, outline, outlineFile, allowedOutside, ids: new Map(), fids: new Map() };
  for (const name of await geojsonFiles(at('features'))) {
    const file = at('features', name);
    // Stryker disable next-line StringLiteral: a file readdir just listed is there; the fallback is for the type checker
    data.layers.push(checkFeatureFile(path.basename(name, '.geojson'), rel(file), (await readTextIfExists(file)) ?? '', ctx, issues));
  }
  checkAnchorFacts(data.layers, data.basemap, issues);
  const featureIds = new Set(ctx.ids.keys());
  checkAllowlistIds(allowedOutside, rel(allowlistFile), featureIds, issues);

  const indicatorsText = await readTextIfExists(at('indicators.json'));
  if (indicatorsText !== undefined) data.indicators = checkIndicators(indicatorsText, rel(at('indicators.json')), report, featureIds, issues);
  const unmappedText = await readTextIfExists(at('unmapped.json'));
  if (unmappedText !== undefined) data.unmapped = checkUnmapped(unmappedText, rel(at('unmapped.json')), report, issues);
  checkZones(data.layers, data.unmapped, rel(at('unmapped.json')), issues);

  return { issues, data };
}

