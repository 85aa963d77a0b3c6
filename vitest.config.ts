import { defineConfig } from 'vitest/config';
import { channels } from './shared/ipc/table.ts';
import { BROWSER_TEST_MS, SCREEN_WAIT_MS } from './test/support/chromium.ts';

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
 *
 * `pure` and `db` run with `isolate: false`: a worker imports the app's modules once and runs
 * file after file on them, instead of paying the import (about a second a file on the 2-core
 * machine) for each of 130 files. That is sound because the app keeps its state on the
 * context (`ctx`, WeakMaps keyed by it) or restores it (TZ, renders serialised). A file that
 * replaces a module with `vi.mock` is the exception: under a shared module cache its mock
 * could miss a module an earlier file loaded, or reach a later file, so those files run
 * isolated in `pure-mocks` and `db-mocks` (MOCKING below; `npm run test:pure` runs `pure*`).
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
/** Files that `vi.mock` a module: isolated (one fresh module graph per file). */
const MOCKING = [
  'test/electron/ipc-register.test.ts',
  'test/electron/preload.test.ts',
  'test/electron/protocol.test.ts',
  'test/electron/window.test.ts',
  'test/electron/main-lifecycle.test.ts',
  'test/backup/restore-rollback.test.ts',
  'test/backup/restore-staged.test.ts',
  'test/letters/logo-store.test.ts',
  'test/letters/render-worker.test.ts',
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

// The preload's channel names, as electron.vite.config.ts puts them in.
const define = { __SIPENA_CHANNELS__: JSON.stringify(channels) };
const PURE_TEST = { environment: 'node' as const, testTimeout: 30_000, hookTimeout: 60_000 };
const DB_TEST = {
  environment: 'node' as const,
  globalSetup: ['test/support/template-db.global.ts'],
  // Generous for a loaded machine; no test here measures speed.
  testTimeout: 60_000,
  hookTimeout: 60_000,
};
const pureMocks = MOCKING.filter((f) => PURE.includes(f));
const dbMocks = MOCKING.filter((f) => !PURE.includes(f));

export default defineConfig({
  test: {
    // Vitest's default on 2 cores is one worker (cores - 1), which leaves a core idle while a
    // test waits on a disk write or a child. Two workers share the `pure`, `db`, `e2e` and
    // `process` files; `multiuser` runs after them, one file at a time.
    maxWorkers: 2,
    projects: [
      { define, test: { name: 'pure', include: PURE, exclude: pureMocks, isolate: false, ...PURE_TEST } },
      { define, test: { name: 'pure-mocks', include: pureMocks, ...PURE_TEST } },
      {
        test: {
          name: 'db',
          include: ['test/**/*.test.ts'],
          exclude: [...PURE, ...PROCESS, ...E2E, ...MULTIUSER, ...dbMocks],
          isolate: false,
          ...DB_TEST,
        },
      },
      { test: { name: 'db-mocks', include: dbMocks, ...DB_TEST } },
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
          // Two files at a time on the run's two workers, beside the other projects' files: a
          // browser test waits on Chromium's renderer most of its time, which left a core idle
          // when the files ran one by one. Each test has its own temp folder, server (port 0),
          // browser contexts and screenshot names, so two files never meet. Not isolated: the
          // app's modules are imported once per worker, not once per file.
          isolate: false,
          // A browser on a loaded machine can take many seconds to show a result: polls and
          // Playwright's waits (launchChromium) wait for the event, they do not measure speed.
          testTimeout: BROWSER_TEST_MS,
          hookTimeout: BROWSER_TEST_MS,
          expect: { poll: { timeout: SCREEN_WAIT_MS } },
        },
      },
      {
        test: {
          name: 'multiuser',
          include: MULTIUSER,
          environment: 'node',
          // One Chromium for the run; each test connects and gets contexts of its own.
          globalSetup: ['test/support/template-db.global.ts', 'test/support/chromium.global.ts', 'test/support/compile-cache.global.ts'],
          // Polls and Playwright's waits wait for the event on a loaded machine; they do not measure speed.
          testTimeout: BROWSER_TEST_MS,
          hookTimeout: BROWSER_TEST_MS,
          expect: { poll: { timeout: SCREEN_WAIT_MS } },
          fileParallelism: false,
        },
      },
    ],
  },
});
