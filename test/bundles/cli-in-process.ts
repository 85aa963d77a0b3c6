import { runCli as runCliInProcess } from '../../electron/cli/main.ts';

/**
 * The admin CLI's own code (`runCli` of electron/cli/main.ts, what `npm run cli --` calls),
 * run in the test's process: the same parsing, lock, output lines and exit codes, without a
 * child process per call (seconds each on a loaded machine). `init` and `demo` still run in
 * a child (test/support/run-cli.ts).
 */
export async function cliInProcess(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCliInProcess(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
