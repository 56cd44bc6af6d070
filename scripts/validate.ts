import { parseArgs } from 'node:util';
import { formatIssue } from './lib/validate/issues';
import { validateData } from './lib/validate/index';
import { coverageSummary } from './lib/validate/summary';

const { values } = parseArgs({ options: { data: { type: 'string', default: 'data' } } });
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
