import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/core/**/*.test.ts', 'test/renderer/**/*.test.{ts,tsx}', 'test/cli/**/*.test.ts', 'test/serve/**/*.test.ts', 'test/shared/**/*.test.ts', 'test/app/**/*.test.ts', 'test/ipc/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
