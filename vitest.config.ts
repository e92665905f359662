import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The client's components are JSX for Preact (as in vite.config.ts), should a test import one.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // A poll waits for the UI, which on a cold Neo4j (first queries after start-up) can take seconds.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 120_000,
    // nodejieba keeps one dictionary per process and the Neo4j suite shares one server: run files one by one.
    fileParallelism: false,
    pool: 'forks',
  },
});
