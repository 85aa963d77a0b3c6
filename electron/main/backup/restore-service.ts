import { createReadStream, createWriteStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import Database from 'better-sqlite3';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError } from '../errors.ts';
import { DB_FILE_NAME } from '../db/open.ts';
import { openAppDatabase } from './open-app-database.ts';
import { mirrorSigningKey } from '../trust/signing-key.ts';
import { openDatabase, tableExists } from '../db/connection.ts';
import { compareSchema, describeSchemaDifference } from '../db/schema-check.ts';
import { selectUserById } from '../accounts/user-queries.ts';
import { createStandInSettingsTable } from '../db/settings-queries.ts';
import { fileStamp, manifestNameFor, parseBackupName } from './backup-names.ts';
import { createBackup } from './backup-service.ts';
import type { ProgressFn } from './backup-service.ts';
import { copyEvidence } from './evidence-copy.ts';
import { evidenceDir, evidenceLabel, listEvidence } from './evidence-files.ts';
import { readManifest, countsOf } from './manifest.ts';
import { fsyncPath } from './fs-safe.ts';
import { previewRestore } from './restore-preview.ts';
import { enterRecovery, leaveRecovery, recoveryStatus, setRestoring } from './maintenance.ts';
import type { RecoveryStatus, RestoreResult } from '../../../shared/backup/types.ts';
import type { EvidenceEntry } from './evidence-files.ts';
import { translator } from '../../../shared/i18n/index.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import { errorText } from '../../../shared/error-text.ts';

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
  createStandInSettingsTable(db);
  return db;
}

/**
 * Copies the chosen backup into the data folder under a temp name and runs the full
 * preview checks (integrity, Sipena schema and its exact shape, version, audit chain) on
 * that copy: the file swapped in is exactly the file checked, even if the source changes
 * meanwhile (USB stick, network share). Throws the refusal; the caller removes the copy.
 */
async function stageAndCheck(source: string, staged: string, dataDir: string, language: Language): Promise<void> {
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
    throw new AppError('CONFLICT', 'backup.damaged', { detail: (errorText(e)).slice(0, 200) });
  }
  fsyncPath(staged);
  const preview = previewRestore(staged, dataDir, language);
  if (!preview.restorable) throw new AppError('CONFLICT', preview.problemKey ?? 'backup.damaged', { detail: (preview.problemDetail ?? preview.integrity).slice(0, 1000) });
}

const COMPANIONS = ['', '-wal', '-shm', '-journal'];

/** Moves `file` and its -wal/-shm companions aside under `suffix`; returns the new main name when it existed. */
function setAside(file: string, suffix: string): string | null {
  let moved: string | null = null;
  for (const ext of COMPANIONS) {
    if (!existsSync(file + ext)) continue;
    renameSync(file + ext, `${file}${suffix}${ext}`);
    if (ext === '') moved = `${file}${suffix}`;
  }
  return moved;
}

/** Puts files set aside by `setAside(file, suffix)` back under their own names. */
function putBack(file: string, suffix: string): void {
  for (const ext of COMPANIONS) if (existsSync(`${file}${suffix}${ext}`)) renameSync(`${file}${suffix}${ext}`, file + ext);
}

/** The work after the swap: open (migrating an older schema) and check that the result is Sipena's schema exactly. */
async function openRestored(ctx: AppContext, language: Language): Promise<Database.Database> {
  const db = (await openAppDatabase(ctx.dataDir, ctx.now)).db;
  const differences = compareSchema(db);
  if (differences.length > 0) {
    db.close();
    const t = translator(language);
    throw new AppError('CONFLICT', 'backup.schemaDiffers', { detail: differences.map((d) => describeSchemaDifference(d, t)).join('; ').slice(0, 1000) });
  }
  return db;
}

/**
 * Restores a backup over the live database, never leaving a half-restored file:
 * copy into the data folder and run the preview checks on that copy (refusing damaged,
 * foreign, newer, tampered or differently-shaped files), back up the current state, close,
 * move the live file aside, atomically rename the copy into place, reopen (migrating an
 * older schema), bring evidence back and record the restore in the audit trail. If any
 * step after the swap fails, the restored file is kept aside as `.failed-restore-<stamp>`
 * and the very file that was live before is renamed back (in recovery mode: the damaged
 * file, and the app stays in recovery mode), so a refused restore changes nothing.
 */
export async function restoreBackup(ctx: AppContext, source: string, onProgress?: ProgressFn): Promise<RestoreResult> {
  const recovery = recoveryStatus(ctx);
  const language = ctx.language();
  const dbFile = join(ctx.dataDir, DB_FILE_NAME);
  const staged = join(ctx.dataDir, `${DB_FILE_NAME}.restore-${process.pid}`);
  onProgress?.('restore', 0, 4);
  try {
    await stageAndCheck(source, staged, ctx.dataDir, language);
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
  // In recovery mode the live file is damaged or from a newer Sipena: it is kept under a
  // name that says so. In normal mode it is kept only until the restore has succeeded.
  const asideSuffix = recovery.mode === 'recovery' ? (recovery.reason === 'too-new' ? `.newer-${stamp}` : `.damaged-${stamp}`) : `.before-restore-${stamp}`;
  setRestoring(ctx, true);
  let setAsideFile: string | null;
  let result: RestoreResult;
  const live = ctx.db;
  // Calls that arrive during the swap (progress polls, the idle check of the login gate)
  // read an empty stand-in instead of a closed connection; every handler except
  // `backup:job` is refused meanwhile (maintenance.ts).
  ctx.db = standIn();
  let swapped = false;
  try {
    if (live.open) live.close();
    // After a clean close SQLite has removed the -wal; one left behind (another process
    // had the file open) is set aside with the file, never replayed into the restored one.
    setAsideFile = setAside(dbFile, asideSuffix);
    renameSync(staged, dbFile);
    swapped = true;
    fsyncPath(ctx.dataDir);
    onProgress?.('restore', 3, 4);
    ctx.db = await openRestored(ctx, language);
    result = await finishRestore(ctx, source, manifestBeside?.evidence, { preRestore, setAsideFile, backupCreatedAt, recovery });
  } catch (e) {
    rollBack(ctx, { dbFile, stamp, asideSuffix, swapped, recovery });
    throw e;
  } finally {
    setRestoring(ctx, false);
    rmSync(staged, { force: true });
  }
  // Success: the pre-restore backup holds the previous state; the raw file kept aside is not needed.
  if (recovery.mode === 'normal') for (const ext of COMPANIONS) rmSync(`${dbFile}${asideSuffix}${ext}`, { force: true });
  else leaveRecovery(ctx);
  keepSessionIfStillValid(ctx);
  onProgress?.('done', 4, 4);
  return result;
}

/**
 * Undoes a swap that failed: the restored file goes aside as `.failed-restore-<stamp>`
 * for inspection and the file that was live before comes back under its own name and is
 * reopened. Only if even that cannot be opened does the app fall into recovery mode.
 */
function rollBack(ctx: AppContext, s: { dbFile: string; stamp: string; asideSuffix: string; swapped: boolean; recovery: RecoveryStatus }): void {
  try {
    if (ctx.db.open) ctx.db.close();
    if (s.swapped) setAside(s.dbFile, `.failed-restore-${s.stamp}`);
    putBack(s.dbFile, s.asideSuffix);
    if (s.recovery.mode === 'recovery') ctx.db = standIn();
    else ctx.db = openDatabase(s.dbFile);
  } catch (fatal) {
    ctx.db = standIn();
    if (s.recovery.mode === 'normal') enterRecovery(ctx, { mode: 'recovery', reason: 'damaged', detail: String(fatal).slice(0, 500), dataDir: ctx.dataDir });
    return;
  }
  // Opening the restored file wrote its office's signing key beside the database: put ours back.
  // A failure here is harmless (the database row is what signs; the next open rewrites the file).
  try {
    if (s.recovery.mode !== 'recovery' && tableExists(ctx.db, 'office_signing_key')) mirrorSigningKey(ctx.db, ctx.dataDir);
  } catch {
    // see above
  }
}

/** After the swap: evidence from a folder backup back into the store, the result, and the audit row. */
async function finishRestore(
  ctx: AppContext,
  source: string,
  manifestEvidence: EvidenceEntry[] | undefined,
  s: { preRestore: string | null; setAsideFile: string | null; backupCreatedAt: string | null; recovery: RecoveryStatus },
): Promise<RestoreResult> {
  // Evidence kept beside a folder backup (USB) comes back into the store; files already there are skipped.
  const entries = manifestEvidence ?? listEvidence(ctx.db, ctx.dataDir);
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
    preRestoreBackup: s.preRestore,
    setAside: s.recovery.mode === 'recovery' && s.setAsideFile ? basename(s.setAsideFile) : null,
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
      after: { restoredFrom: result.restoredFrom, backupCreatedAt: s.backupCreatedAt, preRestoreBackup: s.preRestore, setAside: result.setAside, counts: result.counts },
      reason: s.recovery.mode === 'recovery' ? `recovery: ${s.recovery.reason}` : null,
    },
  }));
  return result;
}
