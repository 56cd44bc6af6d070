import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/** Comma-separated test globs to run instead of the whole suite, to work on one area quickly. */
const only = process.env.MUTATION_TESTS?.split(',').filter(Boolean);

/**
 * The unit suite as Stryker runs it. Tests that start the scripts as child
 * processes are left out: a child never sees the active mutant (Stryker
 * switches mutants inside the test process), so they only add minutes to every run.
 * MUTATION_TESTS narrows the suite; a score measured so is a lower bound.
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: only ?? base.test?.include,
    exclude: ['tests/scripts/cli.test.ts', 'tests/scripts/cli-bad-data.test.ts'],
  },
});
