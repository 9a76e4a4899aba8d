import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/*.test.ts', 'tests/parse/**/*.test.ts', 'tests/offline/**/*.test.ts'] },
      },
      {
        // The project's scripts, run small (the benchmark builds in a temporary copy).
        extends: true,
        test: { name: 'scripts', include: ['tests/scripts/**/*.test.ts'], fileParallelism: false },
      },
      {
        // Tests of the built site in dist/ (run `npm run build` first; `npm test` does).
        extends: true,
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], fileParallelism: false },
      },
    ],
  },
});
