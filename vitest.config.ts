import { defineConfig } from 'vitest/config';
import { channels } from './shared/ipc/table.ts';

// Two projects: fast Node tests (shared rules, database, services, IPC, letters) and
// browser end-to-end tests that drive Debian Chromium against the web harness.
export default defineConfig({
  test: {
    projects: [
      {
        // The preload's channel names, as electron.vite.config.ts puts them in.
        define: { __SIPENA_CHANNELS__: JSON.stringify(channels) },
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
