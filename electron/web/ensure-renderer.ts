import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

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
 * line) when it is missing or older than the renderer or shared sources. The build runs in
 * a child process: a bundler run inside the office server would leave hundreds of MB in the
 * server's memory for as long as it runs.
 */
export async function ensureRendererBuilt(root: string): Promise<string> {
  const outDir = join(root, 'out', 'renderer');
  const index = join(outDir, 'index.html');
  const stale =
    !existsSync(index) ||
    statSync(index).mtimeMs < Math.max(newestMtime(join(root, 'renderer')), newestMtime(join(root, 'shared')));
  if (stale) {
    const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
    await promisify(execFile)(process.execPath, [cli, 'build', '--logLevel', 'silent', '--config', join(root, 'electron.vite.config.ts')], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  }
  return outDir;
}
