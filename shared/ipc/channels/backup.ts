import { channel } from '../define.ts';
import { ADMIN } from '../../accounts/roles.ts';
import { emptyRequest } from './system.ts';
import { folderSchema, jobIdSchema, previewRequestSchema, restoreRequestSchema } from '../../backup/types.ts';
import type { BackupInfo, JobStatus, RecoveryStatus, RestorePreview, RestoreResult } from '../../backup/types.ts';

export interface BackupList {
  backups: BackupInfo[];
  /** The automatic backups folder. */
  folder: string;
  /** True when the OS file dialogs exist (Electron); the browser harness asks for typed paths. */
  dialogs: boolean;
}

/** Backups and restore (administrator only). Long work returns a job to poll with `backup:job`. */
export const backupChannels = {
  'backup:list': channel<BackupList>()(emptyRequest, { access: ADMIN }),
  'backup:create': channel<JobStatus>()(emptyRequest, { access: ADMIN }),
  'backup:toFolder': channel<JobStatus>()(folderSchema, { access: ADMIN }),
  /** Progress polls read only the in-memory job list, so they keep working during a restore. */
  'backup:job': channel<JobStatus>()(jobIdSchema, { access: ADMIN, duringRestore: true }),
  'backup:chooseFolder': channel<{ path: string | null }>()(emptyRequest, { access: ADMIN }),
  'backup:chooseFile': channel<{ path: string | null }>()(emptyRequest, { access: ADMIN }),
  'backup:preview': channel<RestorePreview>()(previewRequestSchema, { access: ADMIN }),
  'backup:restore': channel<JobStatus>()(restoreRequestSchema, { access: ADMIN }),
} as const;

/**
 * The only channels that work when the database could not be opened (damaged, or from a
 * newer Sipena). They need no login: the accounts live in the unreadable database; their
 * handlers answer only while the app is in recovery mode (electron/main/backup/handlers.ts).
 */
export const recoveryChannels = {
  'recovery:status': channel<RecoveryStatus>()(emptyRequest, { access: 'public', duringRestore: true }),
  'recovery:backups': channel<BackupList>()(emptyRequest, { access: 'public', duringRestore: true }),
  'recovery:preview': channel<RestorePreview>()(previewRequestSchema, { access: 'public', duringRestore: true }),
  'recovery:restore': channel<RestoreResult>()(restoreRequestSchema, { access: 'public', duringRestore: true }),
} as const;
