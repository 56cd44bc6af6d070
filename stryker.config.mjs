// @ts-check
/**
 * Mutation testing (`npm run test:mutation`): which code is mutated, and how
 * the unit suite is run against each mutant. Not part of `npm test`.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/lib/**/*.ts',
    'src/store/**/*.ts',
    'src/schema/**/*.ts',
    // The map's pure parts; the rest needs a browser and is tested in e2e/.
    'src/map/{style,style-basemap,style-project,filters,ids,palette,scale,frame,archive-check,archive-messages}.ts',
    'scripts/lib/**/*.ts',
    // Writes to location and history; tested in the browser.
    '!src/store/url-sync.ts',
    '!**/*.d.ts',
  ],
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Two cores shared with other work; raise on a machine of your own.
  concurrency: 1,
  timeoutMS: 10_000,
  tempDirName: '.stryker-tmp',
  // Stryker rewrites tsconfig paths that leave the sandbox with TypeScript's JS
  // API, which TypeScript 7 no longer has; ours never leave it, so name no file.
  tsconfigFile: 'no-tsconfig-rewrite.json',
  cleanTempDir: 'always',
};
