import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach } from 'vitest';
import { tempDir } from './temp-app.ts';
import { runCli as runCliCommand } from '../../electron/cli/main.ts';

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

/**
 * The same invocation as runCli, inside this process: the CLI's own dispatcher (what the
 * entry point calls) with its output lines collected and SIPENA_DATA_DIR cleared. Spawning
 * Node costs a second or more per call on a busy machine, so a test of what a command does
 * uses this; a test of the process boundary (stdin piped in, the exit code and stderr of a
 * real process) uses runCli. Not for commands that read stdin: that is the test process's.
 */
export async function runCliHere(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const saved = process.env.SIPENA_DATA_DIR;
  process.env.SIPENA_DATA_DIR = '';
  try {
    const code = await runCliCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
    // As the child's output reads after trim(): one line per io call.
    return { code, out: out.join('\n').trim(), err: err.join('\n').trim() };
  } finally {
    if (saved === undefined) delete process.env.SIPENA_DATA_DIR;
    else process.env.SIPENA_DATA_DIR = saved;
  }
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
