import { explainFailure, runBuild } from './lib/build/index';
import { flagsOrExit } from './lib/cli';

const USAGE = `usage: npm run tiles:build -- [--force | --check] [-o DIR] [--data DIR]

Validates data/, then builds project.pmtiles, basemap.pmtiles and catalogue.json.
  -o, --output DIR   where to write (default: tiles)
  --data DIR         the data directory (default: data)
  --force            overwrite outputs that exist
  --check            build in memory and exit 1 if DIR differs
  -h, --help         this text`;

const values = flagsOrExit(
  {
    output: { type: 'string', short: 'o', default: 'tiles' },
    data: { type: 'string', default: 'data' },
    force: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
  USAGE,
);
try {
  const result = await runBuild({ dataDir: values.data, outDir: values.output, force: values.force, check: values.check, log: (line) => console.log(line) });
  if (result.status === 'written' || result.status === 'up-to-date') {
    console.log(`${result.status === 'up-to-date' ? `${values.output}/ is up to date` : 'built'}: ${result.summary}`);
  } else {
    for (const line of explainFailure(result)) console.error(line);
    process.exit(1);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
