import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { AppError } from '../errors.ts';
import type { FeatureHandlers } from '../ipc/dispatch.ts';
import { createBackup, backupsDir, listBackups, rotateBackups } from './backup-service.ts';
import { restoreBackup } from './restore-service.ts';
import { previewRestore } from './restore-preview.ts';
import { startJob, jobStatus } from './jobs.ts';
import { exclusive, recoveryStatus } from './maintenance.ts';
import { pathPickers } from './pickers.ts';
import type { backupChannels, recoveryChannels, BackupList } from '../../../shared/ipc/channels/backup.ts';
import type { restoreSourceSchema } from '../../../shared/backup/types.ts';
import { isNetworkPath } from '../../../shared/backup/types.ts';
import { translator } from '../../../shared/i18n/index.ts';

type RestoreSource = z.output<typeof restoreSourceSchema>;

/** Second line behind the schema: a network path is never opened (Windows would send NTLM credentials). */
function localPath(path: string, field: string): string {
  if (isNetworkPath(path)) throw new AppError('INVALID_INPUT', 'backup.networkPath', {}, { [field]: 'backup.networkPath' });
  return path;
}

function sourcePath(ctx: AppContext, source: RestoreSource): string {
  // A name is looked up in the backups folder only (the schema allows no separators).
  return 'name' in source ? join(backupsDir(ctx.dataDir), source.name) : localPath(source.file, 'source.file');
}

function list(ctx: AppContext): BackupList {
  const folder = backupsDir(ctx.dataDir);
  return { backups: listBackups(folder), folder, dialogs: pathPickers() !== undefined };
}

/** A failed job's message in the user's language; unexpected errors are logged and named by a reference. */
function describeFailure(ctx: AppContext) {
  return (e: unknown): string => {
    const t = translator(ctx.language());
    if (e instanceof AppError) return t(e.key, e.params);
    const ref = randomBytes(4).toString('hex');
    console.error(`[sipena] ${ref} in backup job:`, e);
    return t('backup.failed', { message: t('errors.INTERNAL', { ref }) });
  };
}

function writableFolder(folder: string): void {
  localPath(folder, 'folder');
  try {
    if (!statSync(folder).isDirectory()) throw new Error('not a directory');
    accessSync(folder, constants.W_OK);
  } catch {
    throw new AppError('INVALID_INPUT', 'backup.folderMissing', { folder: folder.slice(0, 200) }, { folder: 'backup.folderMissing' });
  }
}

function notInRecovery(ctx: AppContext): void {
  if (recoveryStatus(ctx).mode !== 'recovery') throw new AppError('CONFLICT', 'recovery.notInRecovery');
}

export const backupHandlers: FeatureHandlers<typeof backupChannels> = {
  'backup:list': (_req, ctx) => list(ctx),
  'backup:create': (_req, ctx) =>
    startJob(
      'backup',
      (job) =>
        exclusive(ctx, async () => {
          const { info } = await createBackup(ctx, 'manual', { onProgress: job.progress });
          rotateBackups(ctx.dataDir, ctx.now());
          return { backup: info };
        }),
      describeFailure(ctx),
    ),
  'backup:toFolder': (req, ctx) => {
    writableFolder(req.folder);
    return startJob(
      'folder',
      (job) =>
        exclusive(ctx, async () => {
          const r = await createBackup(ctx, 'manual', { dir: req.folder, withEvidence: true, onProgress: job.progress });
          return { backup: r.info, evidenceCopied: r.evidence?.copied ?? 0, evidenceSkipped: r.evidence?.skipped ?? 0 };
        }),
      describeFailure(ctx),
    );
  },
  'backup:job': (req) => {
    const s = jobStatus(req.id);
    if (!s) throw new AppError('NOT_FOUND', 'backup.jobUnknown');
    return s;
  },
  'backup:chooseFolder': async () => ({ path: (await pathPickers()?.chooseFolder()) ?? null }),
  'backup:chooseFile': async () => ({ path: (await pathPickers()?.chooseBackupFile()) ?? null }),
  'backup:preview': (req, ctx) => previewRestore(sourcePath(ctx, req.source), ctx.dataDir, ctx.language()),
  'backup:restore': (req, ctx) => {
    const file = sourcePath(ctx, req.source);
    // Refused at once rather than as a failed job; the full checks run inside the job.
    if (!existsSync(file) || !statSync(file).isFile()) throw new AppError('NOT_FOUND', 'backup.fileMissing');
    return startJob(
      'restore',
      (job) => exclusive(ctx, async () => ({ restore: await restoreBackup(ctx, file, job.progress) })),
      describeFailure(ctx),
    );
  },
};

export const recoveryHandlers: FeatureHandlers<typeof recoveryChannels> = {
  'recovery:status': (_req, ctx) => recoveryStatus(ctx),
  'recovery:backups': (_req, ctx) => {
    notInRecovery(ctx);
    return list(ctx);
  },
  'recovery:preview': (req, ctx) => {
    notInRecovery(ctx);
    return previewRestore(sourcePath(ctx, req.source), ctx.dataDir, ctx.language());
  },
  'recovery:restore': (req, ctx) => {
    notInRecovery(ctx);
    return exclusive(ctx, () => restoreBackup(ctx, sourcePath(ctx, req.source)));
  },
};
