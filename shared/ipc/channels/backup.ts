import { channel } from '../define.ts';
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
  'backup:list': channel<BackupList>()(emptyRequest),
  'backup:create': channel<JobStatus>()(emptyRequest),
  'backup:toFolder': channel<JobStatus>()(folderSchema),
  'backup:job': channel<JobStatus>()(jobIdSchema),
  'backup:chooseFolder': channel<{ path: string | null }>()(emptyRequest),
  'backup:chooseFile': channel<{ path: string | null }>()(emptyRequest),
  'backup:preview': channel<RestorePreview>()(previewRequestSchema),
  'backup:restore': channel<JobStatus>()(restoreRequestSchema),
} as const;

/**
 * The only channels that work when the database could not be opened (damaged, or from a
 * newer Sipena). They need no login: the accounts live in the unreadable database.
 */
export const recoveryChannels = {
  'recovery:status': channel<RecoveryStatus>()(emptyRequest),
  'recovery:backups': channel<BackupList>()(emptyRequest),
  'recovery:preview': channel<RestorePreview>()(previewRequestSchema),
  'recovery:restore': channel<RestoreResult>()(restoreRequestSchema),
} as const;
