import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const GOOD_DATA = path.join(FIXTURES, 'good-data');

/**
 * A fresh copy of the good fixture data at <tmp>/data, with a bad case's
 * files laid over it (a case's REMOVE file lists paths to delete).
 * Returns the temp root; errors then name files as data/….
 */
export async function dataWithCase(caseName?: string): Promise<{ root: string; dataDir: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'qiaokou-data-'));
  const dataDir = path.join(root, 'data');
  await cp(GOOD_DATA, dataDir, { recursive: true });
  if (caseName) {
    const caseDir = path.join(FIXTURES, 'bad-data', caseName);
    await cp(caseDir, dataDir, { recursive: true, filter: (src) => path.basename(src) !== 'REMOVE' });
    const remove = await readFile(path.join(caseDir, 'REMOVE'), 'utf8').catch(() => '');
    for (const rel of remove.split('\n').filter(Boolean)) await rm(path.join(dataDir, rel), { force: true });
  }
  return { root, dataDir, cleanup: () => rm(root, { recursive: true, force: true }) };
}
