import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Returns out/renderer, building it first (silently, so the harness still prints one
 * line) when it is missing or older than the renderer or shared sources.
 */
export async function ensureRendererBuilt(root: string): Promise<string> {
  const outDir = join(root, 'out', 'renderer');
  const index = join(outDir, 'index.html');
  const stale =
    !existsSync(index) ||
    statSync(index).mtimeMs < Math.max(newestMtime(join(root, 'renderer')), newestMtime(join(root, 'shared')));
  if (stale) {
    const { build } = await import('electron-vite');
    await build({ root, logLevel: 'silent', configFile: join(root, 'electron.vite.config.ts') });
  }
  return outDir;
}
