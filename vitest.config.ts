import { defineConfig } from 'vitest/config';
import { channels } from './shared/ipc/table.ts';

/**
 * Projects by cost, cheapest first, so a change can be checked at the price it needs:
 *   pure     no database, no child process: shared rules, letter layouts, the Electron shell mocked
 *   db       a real SQLite database in a temp folder (services, IPC dispatch, backup, the harness
 *            over HTTP); each test copies a template database migrated once per run
 *   process  child processes and long loops: the CLI, SIGKILL crash rounds, IPC fuzzing
 *   e2e      Chromium against the web harness, and checks of the built bundles (needs
 *            `electron-vite build` first)
 *   multiuser  the office server on loopback with several browsers and HTTP clients at once
 *            (Chromium; needs `electron-vite build` first)
 * A new test file lands in `db` unless it matches `pure` or `process` below.
 */
const PURE = [
  'test/unit/**/*.test.ts',
  'test/electron/builder-config.test.ts',
  'test/electron/data-dir.test.ts',
  'test/electron/ipc-register.test.ts',
  'test/electron/preload.test.ts',
  'test/electron/protocol.test.ts',
  'test/electron/security-policy.test.ts',
  'test/electron/window.test.ts',
  'test/electron/certificate-pin.test.ts',
  'test/electron/connect-controller.test.ts',
  'test/letters/font-cache.test.ts',
  'test/letters/letter-types.test.ts',
  'test/letters/receipt.test.ts',
  'test/letters/render-safety.test.ts',
  'test/letters/print-speed.test.ts',
  'test/examination/examination-rules.test.ts',
  'test/examination/messages.test.ts',
  'test/examination/workflow-machine.test.ts',
  'test/employees/nip-rules.test.ts',
  'test/backup/rotation.test.ts',
  'test/backup/evidence-copy.test.ts',
];
const PROCESS = [
  'test/cli/**/*.test.ts',
  'test/**/*-cli.test.ts',
  'test/**/cli-*.test.ts',
  'test/db/crash-safety.test.ts',
  'test/ipc/fuzz*.test.ts',
  // Starts the real Electron binary where it exists.
  'test/electron/smoke.test.ts',
];
const E2E = ['test/e2e/**/*.test.ts'];
const MULTIUSER = ['test/multiuser/**/*.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        // The preload's channel names, as electron.vite.config.ts puts them in.
        define: { __SIPENA_CHANNELS__: JSON.stringify(channels) },
        test: {
          name: 'pure',
          include: PURE,
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'db',
          include: ['test/**/*.test.ts'],
          exclude: [...PURE, ...PROCESS, ...E2E, ...MULTIUSER],
          environment: 'node',
          globalSetup: ['test/support/template-db.global.ts'],
          // Generous for a loaded machine; no test here measures speed.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'process',
          include: PROCESS,
          environment: 'node',
          globalSetup: ['test/support/template-db.global.ts', 'test/support/compile-cache.global.ts'],
          // Child processes start slowly on a loaded machine; nothing here measures speed.
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: E2E,
          environment: 'node',
          // One Chromium for the run; each test connects and gets contexts of its own.
          globalSetup: ['test/support/template-db.global.ts', 'test/support/chromium.global.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A browser on a loaded machine can take seconds to show a result: polls wait for the
          // event, they do not measure speed.
          expect: { poll: { timeout: 30_000 } },
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'multiuser',
          include: MULTIUSER,
          environment: 'node',
          // One Chromium for the run; each test connects and gets contexts of its own.
          globalSetup: ['test/support/template-db.global.ts', 'test/support/chromium.global.ts', 'test/support/compile-cache.global.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // Polls wait for the event on a loaded machine; they do not measure speed.
          expect: { poll: { timeout: 30_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
