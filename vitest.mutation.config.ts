import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The unit suite as Stryker runs it. Tests that start the scripts as child
 * processes are left out: a child never sees the active mutant (Stryker
 * switches mutants inside the test process), so they only add minutes to every run.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['tests/cli.test.ts', 'tests/bad-data-cli.test.ts'],
    },
  }),
);
