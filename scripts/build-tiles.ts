import { parseArgs } from 'node:util';
import { explainFailure, runBuild } from './lib/build/index';

const { values } = parseArgs({
  options: {
    output: { type: 'string', short: 'o', default: 'tiles' },
    data: { type: 'string', default: 'data' },
    force: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
});
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
