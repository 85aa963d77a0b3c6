import { createReadStream, createWriteStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import Database from 'better-sqlite3';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { DB_FILE_NAME, openCaseDatabase } from '../db/open.ts';
import { selectUserById } from '../accounts/user-queries.ts';
import { fileStamp, manifestNameFor, parseBackupName } from './backup-names.ts';
import { createBackup } from './backup-service.ts';
import type { ProgressFn } from './backup-service.ts';
import { copyEvidence } from './evidence-copy.ts';
import { evidenceDir, evidenceLabel, listEvidence } from './evidence-files.ts';
import { readManifest, countsOf } from './manifest.ts';
import { fsyncPath } from './fs-safe.ts';
import { previewRestore } from './restore-preview.ts';
import { enterRecovery, leaveRecovery, recoveryStatus, setRestoring } from './maintenance.ts';
import type { RestoreResult } from '../../../shared/backup/types.ts';

/**
 * The restored database has its own accounts: the signed-in user stays signed in only
 * if the same account (id, name, role) exists and is active there.
 */
function keepSessionIfStillValid(ctx: AppContext): void {
  const user = ctx.session.user;
  if (!user) return;
  const row = selectUserById(ctx.db, user.id);
  if (!row || row.username !== user.username || row.role !== user.role || row.active !== 1) {
    ctx.session.user = null;
    ctx.session.locked = false;
  }
}

/** An empty in-memory database with the settings table, for the moments without a real one. */
function standIn(): Database.Database {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT');
  return db;
}

/**
 * Copies the chosen backup into the data folder under a temp name and runs the full
 * preview checks (integrity, Sipena schema, version, audit chain) on that copy: the file
 * swapped in is exactly the file checked, even if the source changes meanwhile (USB
 * stick, network share). Throws the refusal; the caller removes the copy.
 */
async function stageAndCheck(source: string, staged: string, dataDir: string): Promise<void> {
  if (!existsSync(source) || !statSync(source).isFile()) throw new AppError('NOT_FOUND', 'backup.fileMissing');
  await pipeline(createReadStream(source), createWriteStream(staged));
  fsyncPath(staged);
  try {
    const db = new Database(staged);
    try {
      // A copy in WAL mode would need its -wal beside it; one self-contained file is what gets renamed in.
      db.pragma('journal_mode = DELETE');
    } finally {
      db.close();
    }
  } catch (e) {
    throw new AppError('CONFLICT', 'backup.damaged', { detail: (e instanceof Error ? e.message : String(e)).slice(0, 200) });
  }
  fsyncPath(staged);
  const preview = previewRestore(staged, dataDir);
  if (!preview.restorable) throw new AppError('CONFLICT', preview.problemKey ?? 'backup.damaged', { detail: preview.integrity.slice(0, 200) });
}

/** Moves `file` and its -wal/-shm companions aside under `suffix`; returns the new main name when it existed. */
function setAside(file: string, suffix: string): string | null {
  let moved: string | null = null;
  for (const ext of ['', '-wal', '-shm', '-journal']) {
    if (!existsSync(file + ext)) continue;
    renameSync(file + ext, `${file}${suffix}${ext}`);
    if (ext === '') moved = `${file}${suffix}`;
  }
  return moved;
}

/**
 * Restores a backup over the live database, never leaving a half-restored file:
 * copy into the data folder and run the preview checks on that copy (refusing damaged,
 * foreign, newer or tampered files), back up the current state (or, in recovery mode, set the
 * damaged file aside as `<name>.damaged-<stamp>`), close, atomically rename the copy
 * into place, reopen (migrating an older schema), verify, and record the restore in the
 * audit trail. If reopening fails in normal mode, the pre-restore backup is put back.
 */
export async function restoreBackup(ctx: AppContext, source: string, onProgress?: ProgressFn): Promise<RestoreResult> {
  const recovery = recoveryStatus(ctx);
  const dbFile = join(ctx.dataDir, DB_FILE_NAME);
  const staged = join(ctx.dataDir, `${DB_FILE_NAME}.restore-${process.pid}`);
  onProgress?.('restore', 0, 4);
  try {
    await stageAndCheck(source, staged, ctx.dataDir);
  } catch (e) {
    rmSync(staged, { force: true });
    throw e;
  }
  // The date shown in the audit row comes from the manifest beside the source (or its name).
  const manifestBeside = readManifest(join(dirname(source), manifestNameFor(basename(source))));
  const backupCreatedAt = manifestBeside?.createdAt ?? parseBackupName(basename(source))?.createdAt.toISOString() ?? null;
  onProgress?.('restore', 1, 4);

  let preRestore: string | null = null;
  if (recovery.mode === 'normal') {
    try {
      preRestore = (await createBackup(ctx, 'pre-restore', { onProgress })).info.name;
    } catch (e) {
      rmSync(staged, { force: true });
      throw e;
    }
  }
  onProgress?.('restore', 2, 4);

  const stamp = fileStamp(ctx.now());
  setRestoring(ctx, true);
  let setAsideFile: string | null = null;
  const live = ctx.db;
  // Calls that arrive during the swap (progress polls, the idle check of the login gate)
  // read an empty stand-in instead of a closed connection; every handler except
  // `backup:job` is refused meanwhile (maintenance.ts).
  ctx.db = standIn();
  try {
    if (live.open) live.close();
    // In recovery mode the live file is damaged or from a newer Sipena: it is kept, never overwritten.
    if (recovery.mode === 'recovery') setAsideFile = setAside(dbFile, recovery.reason === 'too-new' ? `.newer-${stamp}` : `.damaged-${stamp}`);
    // After a clean close SQLite has removed the -wal; one left behind (another process
    // had the file open) must not be replayed into the restored database.
    else setAside(`${dbFile}-wal`, `.replaced-${stamp}`);
    renameSync(staged, dbFile);
    fsyncPath(ctx.dataDir);
    onProgress?.('restore', 3, 4);
    try {
      ctx.db = (await openCaseDatabase(ctx.dataDir, ctx.now)).db;
    } catch (e) {
      try {
        if (!preRestore) throw e;
        // The restored file cannot be opened: keep it for inspection and put the state before the restore back.
        setAside(dbFile, `.failed-restore-${stamp}`);
        await pipeline(createReadStream(join(ctx.dataDir, 'backups', preRestore)), createWriteStream(staged));
        fsyncPath(staged);
        renameSync(staged, dbFile);
        ctx.db = (await openCaseDatabase(ctx.dataDir, ctx.now)).db;
      } catch (fatal) {
        // Nothing openable is left: the app continues in recovery mode rather than on the stand-in.
        if (recovery.mode === 'normal') enterRecovery(ctx, { mode: 'recovery', reason: 'damaged', detail: String(fatal).slice(0, 500), dataDir: ctx.dataDir });
      }
      throw e;
    }
  } finally {
    setRestoring(ctx, false);
    rmSync(staged, { force: true });
  }
  if (recovery.mode === 'recovery') leaveRecovery(ctx);

  // Evidence kept beside a folder backup (USB) comes back into the store; files already there are skipped.
  const entries = manifestBeside?.evidence ?? listEvidence(ctx.db, ctx.dataDir);
  const besideBackup = join(dirname(source), 'evidence');
  if (existsSync(besideBackup) && besideBackup !== evidenceDir(ctx.dataDir)) {
    const missingHere = entries.filter((e) => !existsSync(join(evidenceDir(ctx.dataDir), e.sha256)));
    await copyEvidence(besideBackup, evidenceDir(ctx.dataDir), missingHere);
  }
  const evidenceMissing = listEvidence(ctx.db, ctx.dataDir)
    .filter((e) => !existsSync(join(evidenceDir(ctx.dataDir), e.sha256)))
    .map(evidenceLabel);

  const result: RestoreResult = {
    restoredFrom: basename(source),
    preRestoreBackup: preRestore,
    setAside: setAsideFile ? basename(setAsideFile) : null,
    schemaVersion: ctx.db.pragma('user_version', { simple: true }) as number,
    counts: countsOf(ctx.db),
    evidenceMissing,
  };
  mutate(ctx, () => ({
    value: undefined,
    audit: {
      action: 'database.restore',
      entity: 'database',
      entityId: DB_FILE_NAME,
      after: { restoredFrom: result.restoredFrom, backupCreatedAt, preRestoreBackup: preRestore, setAside: result.setAside, counts: result.counts },
      reason: recovery.mode === 'recovery' ? `recovery: ${recovery.reason}` : null,
    },
  }));
  keepSessionIfStillValid(ctx);
  onProgress?.('done', 4, 4);
  return result;
}
