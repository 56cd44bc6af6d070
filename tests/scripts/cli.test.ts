import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/cli';
import { dataWithCase, GOOD_DATA } from '../helpers/fixture-data';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const run = promisify(execFile);

/** Runs a script the way npm does; resolves with its exit code and output whatever the code. */
async function cli(script: string, args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [path.join(ROOT, 'scripts', script), ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

// Each test starts Node processes: on a loaded machine that takes seconds, and it is not what is tested.
describe('command lines', { timeout: 60_000 }, () => {
  it('validate prints every error and exits 1 on bad data, and the summary with exit 0 on good data', async () => {
    const bad = await dataWithCase('indicator-not-in-quote');
    cleanups.push(bad.cleanup);
    const failed = await cli('validate.ts', ['--data', 'data'], bad.root);
    expect(failed.code).toBe(1);
    expect(failed.stderr.split('\n').filter((l) => l.startsWith('data/'))).toHaveLength(2);
    expect(failed.stderr).toContain('data/indicators.json: gdp-2022: as_written: expected "960亿元"');
    const passed = await cli('validate.ts', ['--data', GOOD_DATA]);
    expect(passed.code).toBe(0);
    expect(passed.stdout).toContain('features: 7 in 2 layers');
    // Each CLI run starts a TypeScript process; on a shared, loaded machine that alone can pass the 5 s default.
  }, 60_000);

  it('build-tiles writes with -o, refuses to overwrite without --force, and --check passes what it wrote', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'qiaokou-cli-'));
    cleanups.push(() => rm(out, { recursive: true, force: true }));
    const built = await cli('build-tiles.ts', ['--data', GOOD_DATA, '-o', out]);
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/built: features per layer: park 1, road 6; \d+ tiles; \d+ bytes in 3 files/);
    const again = await cli('build-tiles.ts', ['--data', GOOD_DATA, '-o', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('pass --force to overwrite');
    expect((await cli('build-tiles.ts', ['--data', GOOD_DATA, '-o', out, '--check'])).code).toBe(0);
  });

  it.each([
    ['validate.ts', ['--bogus'], /Unknown option '--bogus'/],
    ['build-tiles.ts', ['--forse'], /Unknown option '--forse'/],
    ['build-tiles.ts', ['-o'], /argument missing/],
    ['build-tiles.ts', ['tiles'], /Unexpected argument 'tiles'/],
  ])('%s %j prints what is wrong and the usage, and exits 2 without a stack trace', async (script, args, says) => {
    const result = await runScript(script, args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(says);
    expect(result.stderr).toMatch(/^usage: npm run /m);
    expect(result.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('--help prints the usage and exits 0', async () => {
    const result = await runScript('build-tiles.ts', ['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^usage: npm run tiles:build/);
  });
});
