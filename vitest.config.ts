import { configDefaults, defineConfig } from 'vitest/config';

const TESTS = ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/**/*.test.ts', 'scripts/**/*.test.ts'];

/**
 * Test files that read a registry of the whole process as its first user (the order in which word sets or
 * lexicons were made numbers them: opening-words' bits, the lexicons' word ids): each runs in a fresh module graph.
 */
const FRESH_PROCESS = [
  'src/stages/language/quantities/opening-words.test.ts',
  'src/stages/extract/token-keys.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The shipped knowledge base, lexicons and eld table built once, beside src/, for every test file to read.
    globalSetup: ['test/support/build-caches.ts'],
    projects: [
      {
        // The other files share each worker's modules, loaded once instead of once a file (the app's graph
        // took some 0.8 s of each file's start).
        extends: true,
        test: {
          name: 'shared',
          include: TESTS,
          exclude: [...configDefaults.exclude, ...FRESH_PROCESS],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'fresh', include: FRESH_PROCESS } },
    ],
  },
});
