/**
 * Backup file names carry their kind and UTC creation time, so the list, the rotation
 * and a person looking at a USB stick all read the same facts from the name alone:
 * `sipena-<kind>-<YYYYMMDDTHHMMSSmmmZ>.sqlite3`, with the manifest beside it as
 * `sipena-<kind>-<stamp>.manifest.json`.
 */
// periodic: the office server's backup every 30 minutes while there were changes; letter:
// the office server's backup after each issued letter (electron/server/server-backups.ts).
export const BACKUP_KINDS = ['start', 'daily', 'periodic', 'letter', 'manual', 'pre-migration', 'pre-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

const NAME_RE = /^sipena-(start|daily|periodic|letter|manual|pre-migration|pre-restore)-(\d{8}T\d{9}Z)(?:-(\d{1,3}))?\.sqlite3$/;

/** Compact UTC stamp for file names: 2024-11-04T03:00:00.123Z -> 20241104T030000123Z. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

function parseStamp(stamp: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp);
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) || d.toISOString() !== iso ? undefined : d;
}

/** The database file name of a backup; `n` > 1 disambiguates two backups in the same millisecond. */
export function backupFileName(kind: BackupKind, at: Date, n = 1): string {
  return `sipena-${kind}-${fileStamp(at)}${n > 1 ? `-${n}` : ''}.sqlite3`;
}

/** The manifest that sits next to a backup database file. */
export function manifestNameFor(dbName: string): string {
  // A file named freely (CLI --out) keeps its whole name, so the manifest never replaces it.
  return dbName.endsWith('.sqlite3') ? dbName.replace(/\.sqlite3$/, '.manifest.json') : `${dbName}.manifest.json`;
}

export interface ParsedBackupName {
  name: string;
  kind: BackupKind;
  createdAt: Date;
}

/** Reads kind and time from a backup file name; undefined for anything else (temp files, foreign files). */
export function parseBackupName(name: string): ParsedBackupName | undefined {
  const m = NAME_RE.exec(name);
  if (!m) return undefined;
  const createdAt = parseStamp(m[2]!);
  return createdAt ? { name, kind: m[1] as BackupKind, createdAt } : undefined;
}

/** True for a plain backup file name (no directories, no traversal): what the IPC layer accepts. */
export function isBackupName(name: string): boolean {
  return parseBackupName(name) !== undefined;
}
