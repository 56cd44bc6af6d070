import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Command-line tests start tsx processes; on two busy cores that can take well over vitest's 5 s default.
    testTimeout: 60_000,
  },
});
