import { afterEach, describe, expect, it, vi } from 'vitest';
import { flagsOrExit, readFlags } from '../../../scripts/lib/cli';

const OPTIONS = { force: { type: 'boolean', default: false }, output: { type: 'string', short: 'o' } } as const;

describe('readFlags', () => {
  it('reads flags by long and short name, a default standing in for an absent flag', () => {
    expect(readFlags(OPTIONS, ['-o', '/tmp/out'])).toEqual({ kind: 'ok', values: { force: false, output: '/tmp/out' } });
    expect(readFlags(OPTIONS, ['--force', '--output=x'])).toEqual({ kind: 'ok', values: { force: true, output: 'x' } });
  });

  it('takes --help or -h anywhere as a request for help', () => {
    expect(readFlags(OPTIONS, ['--force', '--help'])).toEqual({ kind: 'help' });
    expect(readFlags(OPTIONS, ['--bogus', '-h'])).toEqual({ kind: 'help' });
  });

  it('says what is wrong in one sentence: an unknown flag, a stray argument, a missing value', () => {
    expect(readFlags(OPTIONS, ['--bogus'])).toEqual({ kind: 'usage-error', message: "Unknown option '--bogus'" });
    expect(readFlags(OPTIONS, ['tiles'])).toEqual({ kind: 'usage-error', message: "Unexpected argument 'tiles'" });
    expect(readFlags(OPTIONS, ['-o'])).toEqual({ kind: 'usage-error', message: "Option '-o, --output <value>' argument missing" });
  });
});

describe('flagsOrExit', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** Runs flagsOrExit with process.exit stopping it; what it printed and the exit code. */
  function run(args: string[]) {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    let outcome: unknown;
    try {
      outcome = flagsOrExit(OPTIONS, 'usage: build [-o DIR] [--force]', args);
    } catch (e) {
      outcome = (e as Error).message;
    }
    return { outcome, log: log.mock.calls, error: error.mock.calls };
  }

  it('returns the values of a good command line and prints nothing', () => {
    expect(run(['--force'])).toEqual({ outcome: { force: true, output: undefined }, log: [], error: [] });
  });

  it('prints the usage and exits 0 for --help', () => {
    expect(run(['-h'])).toEqual({ outcome: 'exit 0', log: [['usage: build [-o DIR] [--force]']], error: [] });
  });

  it('prints the problem, a blank line and the usage, and exits 2, for a flag it does not know', () => {
    expect(run(['--bogus'])).toEqual({ outcome: 'exit 2', log: [], error: [["Unknown option '--bogus'\n\nusage: build [-o DIR] [--force]"]] });
  });
});
