import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { openApp } from '../../electron/main/app-context.ts';
import { checkDatabase, openDatabase } from '../../electron/main/db/connection.ts';
import { DB_FILE_NAME } from '../../electron/main/db/open.ts';
import { verifyAuditChain } from '../../electron/main/audit/audit-log.ts';
import { repoResources } from './temp-app.ts';

const writer = resolve(import.meta.dirname, '..', 'db', 'crash-writer.ts');

export interface CrashReport {
  rounds: number;
  /** Register numbers the child reported as committed. */
  reportedWrites: number;
  /** Reported writes missing from the database after a kill: must be 0. */
  lostWrites: number;
  integrityFailures: number;
  chainFailures: number;
  /** Rounds killed before the child wrote anything (startup only). */
  emptyRounds: number;
  problems: string[];
}

/** Small seeded PRNG (mulberry32) so a failing run can be replayed with its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Writer {
  /** Lets the writer open the database, write for `writeMs` after it is ready, then SIGKILLs it; resolves to the numbers it reported. */
  run: (writeMs: number) => Promise<string[]>;
}

/** Starts a writer process that loads its modules and then waits for the go signal. */
function spawnWriter(dataDir: string, cacheDir: string): Writer {
  const child = spawn(process.execPath, [writer, dataDir], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NODE_COMPILE_CACHE: cacheDir } });
  let buffer = '';
  let stderr = '';
  let writeMs = 0;
  let timer: NodeJS.Timeout | undefined;
  const lines: string[] = [];
  const closed = new Promise<string[]>((done, fail) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line === 'ready') timer ??= setTimeout(() => child.kill('SIGKILL'), writeMs);
        else lines.push(line);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // Only complete lines count: a half-written last line was never fully reported.
      if (signal === 'SIGKILL') done(lines);
      else fail(new Error(`writer exited by itself (code ${code}): ${stderr.slice(0, 500)}`));
    });
  });
  return {
    run: (ms) => {
      writeMs = ms;
      child.stdin.end('go\n');
      return closed;
    },
  };
}

/**
 * The crash-safety experiment: `rounds` times, a child process registers cases through
 * the real service and is killed with SIGKILL after a random 'minMs'-'maxMs' of writing;
 * after each kill the database must pass integrity_check, hold every write the child
 * reported, and have an intact audit chain.
 */
export async function runCrashRounds(opts: { dataDir: string; rounds: number; minMs?: number; maxMs?: number; seed?: number }): Promise<CrashReport> {
  const random = prng(opts.seed ?? 1);
  const min = opts.minMs ?? 50;
  const max = opts.maxMs ?? 300;
  // Create and migrate the database once, so every round measures writing, not setup.
  (await openApp({ dataDir: opts.dataDir, resourcesDir: repoResources, appVersion: 'crash-test' })).db.close();
  const report: CrashReport = { rounds: 0, reportedWrites: 0, lostWrites: 0, integrityFailures: 0, chainFailures: 0, emptyRounds: 0, problems: [] };
  const cacheDir = join(opts.dataDir, '.node-compile-cache');
  let next = spawnWriter(opts.dataDir, cacheDir);
  for (let round = 1; round <= opts.rounds; round++) {
    const reported = await next.run(Math.round(min + random() * (max - min)));
    if (round < opts.rounds) next = spawnWriter(opts.dataDir, cacheDir);
    report.rounds++;
    report.reportedWrites += reported.length;
    if (reported.length === 0) report.emptyRounds++;
    // Opened read-write, as the app would be after the crash: SQLite recovers the WAL here.
    const db = openDatabase(resolve(opts.dataDir, DB_FILE_NAME));
    try {
      const problems = checkDatabase(db, 'full');
      if (problems.length > 0) {
        report.integrityFailures++;
        report.problems.push(`round ${round}: integrity_check: ${problems[0]}`);
      }
      const present = db.prepare('SELECT 1 FROM cases WHERE register_no = ?');
      const lost = reported.filter((no) => present.get(no) === undefined);
      report.lostWrites += lost.length;
      if (lost.length > 0) report.problems.push(`round ${round}: lost ${lost.join(', ')}`);
      const chain = verifyAuditChain(db);
      if (!chain.ok) {
        report.chainFailures++;
        report.problems.push(`round ${round}: audit chain broken at row ${chain.firstBrokenId}`);
      }
    } finally {
      db.close();
    }
  }
  return report;
}
