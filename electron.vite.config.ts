import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { channels, ipcTable } from './shared/ipc/table.ts';
import { resources } from './shared/i18n/index.ts';
import { precompressAssets } from './electron/web/precompress.ts';
import { prerenderGates } from './electron/web/prerender-gates.ts';
import { GATE_NAMESPACES, pickNamespaces } from './shared/i18n/gate-namespaces.ts';

/** Messages as the renderer's `JSON.parse(__SIPENA_MESSAGES_…__)` reads them: JSON text in a string literal. */
const asJsonText = (messages: object) => JSON.stringify(JSON.stringify(messages));

// Each channel's access (who may call it), for hiding what a role cannot do
// (renderer/src/app/session.ts): the table's policies without its zod schemas.
// Each language's messages on their own (renderer/src/app/messages-*.ts), so the first
// download carries Indonesian only, and of it the groups the screens before sign-in use;
// the rest comes with the shell, English when chosen.
const rendererDefine = {
  __SIPENA_ACCESS__: JSON.stringify(Object.fromEntries(Object.entries(ipcTable).map(([c, spec]) => [c, spec.policy.access]))),
  __SIPENA_MESSAGES_ID_GATES__: asJsonText(pickNamespaces(resources.id.translation, GATE_NAMESPACES, true)),
  __SIPENA_MESSAGES_ID_SCREENS__: asJsonText(pickNamespaces(resources.id.translation, GATE_NAMESPACES, false)),
  __SIPENA_MESSAGES_EN__: asJsonText(resources.en.translation),
};

// Three bundles: the main process (Node), the sandboxed preload (CommonJS, one file,
// because a sandboxed preload cannot require sibling files) and the React renderer.
export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          // Bulk letter printing renders in a worker thread (electron/main/letters/bulk-jobs.ts loads ./bulk-worker.js).
          'bulk-worker': resolve(import.meta.dirname, 'electron/main/letters/bulk-worker.ts'),
          // Letters are rendered and read back in a worker thread (electron/main/letters/render-client.ts loads ./render-worker.js).
          'render-worker': resolve(import.meta.dirname, 'electron/main/letters/render-worker.ts'),
          // Case-bundle export and import are built and verified in a worker thread (electron/main/bundles/bundle-client.ts loads ./bundle-worker.js).
          'bundle-worker': resolve(import.meta.dirname, 'electron/main/bundles/bundle-worker.ts'),
          // Backup copies are verified (integrity_check) in a worker thread (electron/main/backup/verify-copy.ts loads ./verify-worker.js).
          'verify-worker': resolve(import.meta.dirname, 'electron/main/backup/verify-worker.ts'),
        },
      },
    },
  },
  preload: {
    // The preload gets the channel names only, not the table with its zod schemas.
    define: { __SIPENA_CHANNELS__: JSON.stringify(channels) },
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/preload/index.ts'),
          // The connection page's three calls (first launch, a changed certificate): electron/main/connect-window.ts.
          connect: resolve(import.meta.dirname, 'electron/preload/connect.ts'),
        },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    // Brotli and gzip copies of the hashed chunks, and the sign-in screens as HTML, for the harness and the office server.
    plugins: [
      react(),
      precompressAssets(),
      prerenderGates({ root: resolve(import.meta.dirname, 'renderer'), entry: resolve(import.meta.dirname, 'renderer/src/prerender.tsx'), define: rendererDefine }),
    ],
    define: rendererDefine,
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified; minified it parses in a third of the time.
      minify: true,
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'renderer/index.html'),
          // The desktop app's first-launch choice and certificate warning (app://sipena/connect.html).
          connect: resolve(import.meta.dirname, 'renderer/connect.html'),
        },
        output: {
          // React and i18next, which every screen needs whole, get stable chunks of their own
          // (they change less often than our code). Mantine is not grouped: a group takes every
          // component any screen uses into the first download; split automatically, the date
          // pickers and tables travel with the screens that use them. pdf.js, FullCalendar and
          // the screens are loaded with import() when first opened.
          codeSplitting: {
            groups: [
              { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 20 },
              { name: 'vendor-i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/, priority: 10 },
              // The connection page's own modules stay with its entry: the app's first download does not carry them.
              { name: 'initial', tags: ['$initial'], test: (id) => !/(\.html|renderer[\\/]src[\\/](connect[\\/].*|main\.tsx))($|\?)/.test(id), priority: 5 },
            ],
          },
        },
      },
    },
  },
});
