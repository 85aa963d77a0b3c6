import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { LANGUAGES } from '../../shared/i18n/languages.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { SERVER_GATES, gateFile } from '../../shared/web/server-gate.ts';
import type { ServerGate } from '../../shared/web/server-gate.ts';

interface PrerenderModule {
  renderGate: (gate: ServerGate, language: Language) => string;
}

/**
 * Writes the sign-in screens as HTML into the renderer build (out/renderer/gates/<gate>.<language>.html)
 * once it is written: renderer/src/prerender.tsx is built for Node with the renderer's own
 * definitions and drawn there with react-dom/server. The harness and the office server put the
 * one the database's state calls for into the page (electron/web/http-util.ts), so the form is
 * on screen before the app's scripts have downloaded and run; the app then hydrates that markup.
 */
export function prerenderGates(opts: { root: string; entry: string; define: Record<string, string> }): Plugin {
  let outDir = '';
  return {
    name: 'sipena-prerender-gates',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      const [{ build }, { default: react }] = await Promise.all([import('vite'), import('@vitejs/plugin-react')]);
      const ssrDir = join(dirname(outDir), 'prerender');
      await build({
        configFile: false,
        root: opts.root,
        logLevel: 'silent',
        define: opts.define,
        plugins: [react()],
        build: { ssr: opts.entry, outDir: ssrDir, emptyOutDir: true, minify: false, rollupOptions: { output: { format: 'esm', entryFileNames: 'prerender.mjs' } } },
      });
      try {
        const { renderGate } = (await import(`${pathToFileURL(join(ssrDir, 'prerender.mjs')).href}?at=${Date.now()}`)) as PrerenderModule;
        await mkdir(join(outDir, 'gates'), { recursive: true });
        for (const gate of SERVER_GATES) {
          for (const language of LANGUAGES) await writeFile(join(outDir, gateFile(gate, language)), renderGate(gate, language));
        }
      } finally {
        await rm(ssrDir, { recursive: true, force: true });
      }
    },
  };
}
