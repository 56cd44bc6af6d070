import { flagsOrExit } from './lib/cli';
import { formatIssue } from './lib/validate/issues';
import { validateData } from './lib/validate/index';
import { coverageSummary } from './lib/validate/summary';

const USAGE = `usage: npm run data:validate [-- --data DIR]

Validates every file of the data directory and prints every error at once.
  --data DIR   the data directory (default: data)
  -h, --help   this text`;

const values = flagsOrExit({ data: { type: 'string', default: 'data' } }, USAGE);
try {
  const { issues, data } = await validateData({ dataDir: values.data });
  if (issues.length > 0) {
    for (const issue of issues) console.error(formatIssue(issue));
    console.error(`\n${issues.length} data error${issues.length === 1 ? '' : 's'} in ${values.data}/.`);
    process.exit(1);
  }
  console.log(`${values.data}/ is valid.`);
  for (const line of coverageSummary(data)) console.log(line);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
