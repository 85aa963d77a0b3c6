import { z } from 'zod';

/** Kinds of backup, as named in the file name (see electron/main/backup/backup-names.ts). */
export const BACKUP_KIND_NAMES = ['start', 'daily', 'periodic', 'letter', 'manual', 'pre-migration', 'pre-restore'] as const;
export type BackupKindName = (typeof BACKUP_KIND_NAMES)[number];

export interface BackupCounts {
  cases: number;
  employees: number;
  auditRows: number;
}

/** One backup as the list shows it. */
export interface BackupInfo {
  name: string;
  kind: BackupKindName;
  createdAt: string;
  size: number;
  /** integrity_check passed when it was written and the file still has the recorded size. */
  verified: boolean;
  schemaVersion: number | null;
  counts: BackupCounts | null;
  evidenceFiles: number | null;
}

/** What a restore would bring back, checked before anything is touched. */
export interface RestorePreview {
  file: string;
  name: string;
  createdAt: string | null;
  /** Time of the newest audit row: the moment the data in the backup is from. */
  lastChangeAt: string | null;
  schemaVersion: number;
  supportedVersion: number;
  counts: BackupCounts;
  integrity: 'ok' | string;
  auditChain: { ok: boolean; rows: number; firstBrokenId?: number };
  evidenceMissing: string[];
  /** True when nothing stands in the way of a restore. */
  restorable: boolean;
  /** i18n key of the reason when not restorable. */
  problemKey?: string;
  /** The reason's specifics in the caller's language (e.g. each schema difference), for `{{detail}}`. */
  problemDetail?: string;
}

export interface RestoreResult {
  restoredFrom: string;
  /** The backup of the state just before the restore (absent in recovery mode: the damaged file is set aside instead). */
  preRestoreBackup: string | null;
  setAside: string | null;
  schemaVersion: number;
  counts: BackupCounts;
  evidenceMissing: string[];
}

export type JobPhase = 'database' | 'verify' | 'evidence' | 'restore' | 'done';

export interface JobStatus {
  id: string;
  kind: 'backup' | 'folder' | 'restore';
  phase: JobPhase;
  done: number;
  total: number;
  finished: boolean;
  /** Translated message when the job failed. */
  error: string | null;
  backup: BackupInfo | null;
  restore: RestoreResult | null;
  /** Folder backups: evidence files copied / already present. */
  evidenceCopied: number;
  evidenceSkipped: number;
}

/** Where the app's database came from at start: normal, or a recovery screen with the reason. */
export type RecoveryStatus =
  | { mode: 'normal' }
  | { mode: 'recovery'; reason: 'damaged' | 'too-new'; detail: string; dataDir: string; found?: number; supported?: number };

const backupName = z
  .string()
  .max(120)
  .regex(/^sipena-(start|daily|periodic|letter|manual|pre-migration|pre-restore)-\d{8}T\d{9}Z(-\d{1,3})?\.sqlite3$/, { error: 'backup.badName' });

/**
 * True for a network path: `\\server\share`, `//server/share` and any mix of the two
 * slashes (also `\\?\UNC\...` and `\\.\` device paths). Opening one makes Windows send
 * the user's NTLM credentials to that server, so no path from the renderer may be one.
 */
export function isNetworkPath(path: string): boolean {
  return /^[\\/]{2}/.test(path.trim());
}

/** A path typed by an administrator (browser harness) or chosen in the OS dialog (Electron); never a network path. */
const absolutePath = z
  .string()
  .trim()
  .min(1, { error: 'validation.required' })
  .max(1000, { error: 'validation.tooLong' })
  // eslint-disable-next-line no-control-regex -- refusing control characters in paths is the point
  .refine((s) => !/[\u0000-\u001F]/.test(s), { error: 'validation.controlChars' })
  .refine((s) => !isNetworkPath(s), { error: 'backup.networkPath', abort: true })
  .refine((s) => s.startsWith('/') || /^[A-Za-z]:[\\/]/.test(s), { error: 'backup.pathNotAbsolute' });

/** A restore source: a backup in the app's list, or a file anywhere (USB stick). */
export const restoreSourceSchema = z.union([z.object({ name: backupName }).strict(), z.object({ file: absolutePath }).strict()]);

export const backupNameSchema = z.object({ name: backupName }).strict();
export const folderSchema = z.object({ folder: absolutePath }).strict();
export const jobIdSchema = z.object({ id: z.string().regex(/^[0-9a-f]{16}$/, { error: 'validation.invalid' }) }).strict();
export const restoreRequestSchema = z.object({ source: restoreSourceSchema, confirm: z.literal(true, { error: 'backup.confirmRequired' }) }).strict();
export const previewRequestSchema = z.object({ source: restoreSourceSchema }).strict();
