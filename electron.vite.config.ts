import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { channels } from './shared/ipc/table.ts';

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
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});
