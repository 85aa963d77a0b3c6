import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach } from 'vitest';
import { tempDir } from './temp-app.ts';

export const cliPath = resolve(import.meta.dirname, '..', '..', 'electron', 'cli', 'main.ts');

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
}

/**
 * Runs the real admin CLI the way `npm run cli --` does, in a child Node process, with
 * SIPENA_DATA_DIR cleared so only `--data` decides the folder. stdin is a pipe (not a
 * TTY) that carries `input`, as in a script.
 */
export function runCli(args: string[], input = ''): CliRun {
  const r = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8', input, env: { ...process.env, SIPENA_DATA_DIR: '' } });
  return { code: r.status, out: r.stdout.trim(), err: r.stderr.trim() };
}

/** Returns a maker of temporary folders that are removed after each test of the calling file. */
export function scratchDirs(): () => string {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  return () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    return t.dir;
  };
}
