import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // nodejieba keeps one dictionary per process and the Neo4j suite shares one server: run files one by one.
    fileParallelism: false,
    pool: 'forks',
  },
});
