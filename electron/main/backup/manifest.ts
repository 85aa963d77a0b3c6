import { existsSync, readFileSync } from 'node:fs';
import type { Db } from '../db/connection.ts';
import { countRowsIfPresent } from '../db/schema-check.ts';
import { lastAuditAt } from '../audit/audit-queries.ts';
import type { EvidenceEntry } from './evidence-files.ts';
import type { AuditAnchor } from '../audit/audit-head.ts';
import type { BackupCounts, BackupKindName } from '../../../shared/backup/types.ts';
import { tableExists } from '../db/connection.ts';

export const MANIFEST_FORMAT = 'sipena-backup/1';

/** Written next to every backup: what it contains and how it was checked. */
export interface BackupManifest {
  format: typeof MANIFEST_FORMAT;
  kind: BackupKindName;
  createdAt: string;
  appVersion: string | null;
  schemaVersion: number;
  database: { file: string; size: number; sha256: string };
  integrity: 'ok';
  counts: BackupCounts;
  lastChangeAt: string | null;
  /** Evidence the database refers to; files are immutable and content-addressed. */
  evidence: EvidenceEntry[];
  /** True when the evidence files were copied into ./evidence beside the backup (folder backups). */
  evidenceIncluded: boolean;
  /** The audit chain's tip in this copy: later data must still contain it (verify), and so must the copy itself. */
  auditAnchor?: AuditAnchor;
}

/** Row counts the restore preview shows (tables missing in old schemas count as 0). */
export function countsOf(db: Db): BackupCounts {
  return { cases: countRowsIfPresent(db, 'cases'), employees: countRowsIfPresent(db, 'employees'), auditRows: countRowsIfPresent(db, 'audit_log') };
}

/** Time of the newest audit row: when the data was last changed. */
export function lastChangeAt(db: Db): string | null {
  return tableExists(db, 'audit_log') ? lastAuditAt(db) : null;
}

function isEvidenceEntry(v: unknown): v is EvidenceEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return typeof e.sha256 === 'string' && /^[0-9a-f]{64}$/.test(e.sha256) && typeof e.size === 'number' && Array.isArray(e.names) && e.names.every((n) => typeof n === 'string');
}

/** Reads a manifest; undefined when absent or not one of ours (a hand-edited or foreign file is not trusted). */
export function readManifest(file: string): BackupManifest | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const m = JSON.parse(readFileSync(file, 'utf8')) as Partial<BackupManifest>;
    if (m.format !== MANIFEST_FORMAT || typeof m.createdAt !== 'string' || typeof m.schemaVersion !== 'number') return undefined;
    if (!m.database || typeof m.database.sha256 !== 'string' || typeof m.database.size !== 'number') return undefined;
    if (!Array.isArray(m.evidence) || !m.evidence.every(isEvidenceEntry)) return undefined;
    if (m.auditAnchor !== undefined && (typeof m.auditAnchor.rows !== 'number' || typeof m.auditAnchor.lastHash !== 'string')) return undefined;
    return m as BackupManifest;
  } catch {
    return undefined;
  }
}
