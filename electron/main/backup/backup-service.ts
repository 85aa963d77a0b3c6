import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from '../db/connection.ts';
import { verifyCopyOffThread } from './verify-copy.ts';
import type { BackupKind } from './backup-names.ts';
import { backupFileName, manifestNameFor, parseBackupName } from './backup-names.ts';
import { planRotation } from './rotation.ts';
import type { RetentionPolicy } from './rotation.ts';
import { evidenceDir, listEvidence } from './evidence-files.ts';
import { copyEvidence } from './evidence-copy.ts';
import type { EvidenceCopyResult } from './evidence-copy.ts';
import { MANIFEST_FORMAT, countsOf, lastChangeAt, readManifest } from './manifest.ts';
import type { BackupManifest } from './manifest.ts';
import { auditTip } from '../audit/audit-head.ts';
import { fsyncPath, hashFile, writeFileAtomic } from './fs-safe.ts';
import type { BackupInfo, JobPhase } from '../../../shared/backup/types.ts';

/** What a backup needs from the running app (a subset of AppContext, so open.ts and the CLI can use it too). */
export interface BackupSource {
  db: Db;
  dataDir: string;
  appVersion?: string;
  now: () => Date;
}

export type ProgressFn = (phase: JobPhase, done: number, total: number) => void;

/** The automatic backups folder inside the data folder. */
export function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

function freeName(dir: string, kind: BackupKind, at: Date): string {
  for (let n = 1; ; n++) {
    const name = backupFileName(kind, at, n);
    if (!existsSync(join(dir, name)) && !existsSync(join(dir, `${name}.partial`))) return name;
  }
}

/**
 * Copies a live database with SQLite's online backup API (consistent even while the app
 * writes), then opens the copy and runs integrity_check on it. A copy that fails the
 * check is deleted and the call throws: an unverified backup is worse than none.
 */
async function copyDatabase(db: Db, target: string, onProgress?: (done: number, total: number) => void): Promise<void> {
  await db.backup(target, {
    // 256 pages per step: the event loop (and with it the UI's IPC) runs between steps.
    progress: ({ totalPages, remainingPages }) => {
      onProgress?.(totalPages - remainingPages, totalPages);
      return 256;
    },
  });
  // The copy inherits WAL mode; it is switched back (so a backup is one self-contained file
  // that can be copied to a USB stick as is) and checked page by page in a worker thread.
  let problems: string[];
  try {
    problems = await verifyCopyOffThread(target);
  } catch (e) {
    rmSync(target, { force: true });
    throw e;
  }
  if (problems.length > 0) {
    rmSync(target, { force: true });
    throw new Error(`backup ${target} failed integrity_check: ${problems[0]}`);
  }
}

type WrittenBackup = { file: string; manifest: BackupManifest; evidence: EvidenceCopyResult | null };

/**
 * Writes one backup to `file`: online backup API into `<file>.partial`, integrity_check
 * on the copy, manifest beside it, then the rename that makes it appear. A crash at any
 * point leaves either no backup or a complete, verified one. With `withEvidence` the
 * evidence files are copied into `evidence/` beside it too (backup to a USB stick).
 */
async function writeBackup(
  src: BackupSource,
  file: string,
  kind: BackupKind,
  at: Date,
  opts: { withEvidence?: boolean; onProgress?: ProgressFn },
): Promise<WrittenBackup> {
  const dir = dirname(file);
  const name = basename(file);
  const partial = `${file}.partial`;
  await copyDatabase(src.db, partial, (done, total) => opts.onProgress?.('database', done, total));
  let manifest: BackupManifest;
  try {
    opts.onProgress?.('verify', 0, 1);
    const copy = new Database(partial, { readonly: true });
    let evidence;
    let schemaVersion;
    let counts;
    let lastChange;
    let auditAnchor;
    try {
      schemaVersion = copy.pragma('user_version', { simple: true }) as number;
      counts = countsOf(copy);
      lastChange = lastChangeAt(copy);
      auditAnchor = auditTip(copy);
      evidence = listEvidence(copy, src.dataDir);
    } finally {
      copy.close();
    }
    const size = statSync(partial).size;
    manifest = {
      format: MANIFEST_FORMAT,
      kind,
      createdAt: at.toISOString(),
      appVersion: src.appVersion ?? null,
      schemaVersion,
      database: { file: name, size, sha256: await hashFile(partial) },
      integrity: 'ok',
      counts,
      lastChangeAt: lastChange,
      evidence,
      evidenceIncluded: opts.withEvidence === true,
      auditAnchor,
    };
    opts.onProgress?.('verify', 1, 1);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
  let copied: EvidenceCopyResult | null = null;
  if (opts.withEvidence) {
    copied = await copyEvidence(evidenceDir(src.dataDir), join(dir, 'evidence'), manifest.evidence, (d, t) => opts.onProgress?.('evidence', d, t));
  }
  writeFileAtomic(join(dir, manifestNameFor(name)), `${JSON.stringify(manifest, null, 2)}\n`);
  fsyncPath(partial);
  renameSync(partial, file);
  fsyncPath(dir);
  opts.onProgress?.('done', 1, 1);
  return { file, manifest, evidence: copied };
}

/**
 * Takes one backup into `dir` (default: the data folder's backups/) under a fresh
 * `sipena-<kind>-<time>.sqlite3` name, verified and with its manifest (see writeBackup).
 */
export async function createBackup(
  src: BackupSource,
  kind: BackupKind,
  opts: { dir?: string; withEvidence?: boolean; onProgress?: ProgressFn } = {},
): Promise<{ info: BackupInfo } & WrittenBackup> {
  const dir = opts.dir ?? backupsDir(src.dataDir);
  mkdirSync(dir, { recursive: true });
  const at = src.now();
  const name = freeName(dir, kind, at);
  const written = await writeBackup(src, join(dir, name), kind, at, opts);
  return { info: toInfo(name, written.manifest.database.size, written.manifest), ...written };
}

/**
 * Backs up to a file name of the caller's choosing (CLI `backup --out FILE`), through the
 * same `.partial` -> verify -> rename path with the manifest beside it. Never overwrites.
 */
export async function backupToFile(src: BackupSource, file: string): Promise<WrittenBackup> {
  const manifestFile = join(dirname(file), manifestNameFor(basename(file)));
  for (const f of [file, `${file}.partial`, manifestFile]) {
    if (existsSync(f)) throw new Error(`${f} already exists; backups are never overwritten`);
  }
  mkdirSync(dirname(file), { recursive: true });
  return writeBackup(src, file, 'manual', src.now(), {});
}

function toInfo(name: string, size: number, manifest: BackupManifest | undefined): BackupInfo {
  const parsed = parseBackupName(name)!;
  return {
    name,
    kind: parsed.kind,
    createdAt: parsed.createdAt.toISOString(),
    size,
    verified: manifest !== undefined && manifest.integrity === 'ok' && manifest.database.size === size && manifest.database.file === name,
    schemaVersion: manifest?.schemaVersion ?? null,
    counts: manifest?.counts ?? null,
    evidenceFiles: manifest ? manifest.evidence.length : null,
  };
}

const newestFirst = (a: { createdAt: string; name: string }, b: { createdAt: string; name: string }) =>
  a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.name < b.name ? 1 : -1;

function infoOf(dir: string, name: string): BackupInfo {
  return toInfo(name, statSync(join(dir, name)).size, readManifest(join(dir, manifestNameFor(name))));
}

/** The backups in a folder, newest first, read from their names and manifests (no file is opened). */
export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => parseBackupName(name))
    .map((name) => infoOf(dir, name))
    .sort(newestFirst);
}

/**
 * The newest backup in a folder, as listBackups()[0], choosing by name first so only that
 * one's manifest is read: a server keeping months of backups has hundreds of manifests.
 */
export function newestBackup(dir: string): BackupInfo | undefined {
  if (!existsSync(dir)) return undefined;
  const names = readdirSync(dir).flatMap((name) => {
    const parsed = parseBackupName(name);
    return parsed ? [{ name, createdAt: parsed.createdAt.toISOString() }] : [];
  });
  const newest = names.sort(newestFirst)[0];
  return newest && infoOf(dir, newest.name);
}

/**
 * Applies the retention policy to the data folder's backups/ and removes leftovers of
 * interrupted backups (older than an hour, so a backup running in another process is
 * not disturbed). Returns the names deleted.
 */
export function rotateBackups(dataDir: string, now: Date, policy?: RetentionPolicy): string[] {
  return rotateBackupFolder(backupsDir(dataDir), now, policy);
}

/** rotateBackups for any folder of backups (the office server's second copy, --backup-copy). */
export function rotateBackupFolder(dir: string, now: Date, policy?: RetentionPolicy): string[] {
  if (!existsSync(dir)) return [];
  const entries = readdirSync(dir).flatMap((n) => parseBackupName(n) ?? []);
  const { remove } = planRotation(entries, now, policy, -now.getTimezoneOffset());
  for (const name of remove) {
    rmSync(join(dir, name), { force: true });
    rmSync(join(dir, manifestNameFor(name)), { force: true });
  }
  for (const name of readdirSync(dir)) {
    // Leftovers of an interrupted backup: the partial copy, a temp manifest, or a manifest
    // whose database never got its final name.
    const orphanManifest = name.endsWith('.manifest.json') && !existsSync(join(dir, name.replace(/\.manifest\.json$/, '.sqlite3')));
    if (!orphanManifest && !/\.partial$|\.tmp-\d+$/.test(name)) continue;
    const file = join(dir, name);
    if (now.getTime() - statSync(file).mtimeMs > 3_600_000) rmSync(file, { force: true });
  }
  return remove;
}
