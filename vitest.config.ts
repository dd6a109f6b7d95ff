import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/fast-check-seed.ts'],
    testTimeout: 30_000,
    hookTimeout: 600_000,
    // the browser test builds and serves the site; keep the CPU for it
    fileParallelism: false,
  },
});
