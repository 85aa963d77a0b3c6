import type { Db } from '../db/connection.ts';
import type { AuditEntry } from '../audit/audit-log.ts';
import type { EvidenceCategory, EvidenceItem, StagedEvidence } from '../../../shared/evidence/schemas.ts';
import { selectPactDocumentFiles } from '../pacts/pact-queries.ts';
import { cachedStatement, tableExists } from '../db/connection.ts';

const SELECT = `SELECT id, case_id AS caseId, kind, category, sha256, size, mime, original_name AS originalName, url, description,
                       added_at AS addedAt, added_by AS addedBy
                FROM evidence`;

/** The evidence of a case, in the order it was added. */
export function selectEvidence(db: Db, caseId: number): EvidenceItem[] {
  return cachedStatement(db, `${SELECT} WHERE case_id = ? ORDER BY id`).all(caseId) as EvidenceItem[];
}

export function selectEvidenceById(db: Db, id: number): EvidenceItem | undefined {
  return db.prepare(`${SELECT} WHERE id = ?`).get(id) as EvidenceItem | undefined;
}

/** The cases that have this file as evidence. */
export function selectCaseIdsWithEvidence(db: Db, sha256: string): number[] {
  return (db.prepare("SELECT DISTINCT case_id AS id FROM evidence WHERE kind = 'file' AND sha256 = ? ORDER BY case_id").all(sha256) as { id: number }[]).map((r) => r.id);
}

/** One stored file as backups and `verify` list it: its digest, size and every name it was attached under. */
export interface EvidenceFileSummary {
  sha256: string;
  size: number;
  names: string[];
}

/**
 * Every evidence file a database refers to (case evidence and scanned pact documents). Backups of schema versions before evidence
 * existed have no such table (a restore preview reads them too): they list none.
 */
export function selectEvidenceFiles(db: Db): EvidenceFileSummary[] {
  if (!tableExists(db, 'evidence')) return [];
  const bySha = new Map<string, EvidenceFileSummary>();
  const rows = db.prepare("SELECT sha256, size, original_name AS name FROM evidence WHERE kind = 'file' AND sha256 IS NOT NULL ORDER BY id").all() as { sha256: string; size: number | null; name: string | null }[];
  // Scanned integrity-pact documents live in the same store: backed up and checked alike.
  for (const r of [...rows, ...selectPactDocumentFiles(db)]) {
    const entry = bySha.get(r.sha256) ?? { sha256: r.sha256, size: r.size ?? -1, names: [] };
    if (r.name && !entry.names.includes(r.name)) entry.names.push(r.name);
    bySha.set(r.sha256, entry);
  }
  return [...bySha.values()];
}

export interface EvidenceFileInput {
  staged: StagedEvidence;
  description?: string | undefined;
  category: EvidenceCategory;
}
export interface EvidenceLinkInput {
  url: string;
  description?: string | undefined;
  category: EvidenceCategory;
}

/**
 * Inserts evidence rows for a case inside the caller's transaction and returns the
 * audit entries describing them (entity = the case, so they appear in its timeline).
 */
export function insertEvidence(
  db: Db,
  caseId: number,
  files: EvidenceFileInput[],
  links: EvidenceLinkInput[],
  meta: { at: string; by: string },
): { ids: number[]; audits: Omit<AuditEntry, 'actor'>[] } {
  const insert = db.prepare(
    `INSERT INTO evidence (case_id, kind, category, sha256, size, mime, original_name, url, description, added_at, added_by)
     VALUES (@caseId, @kind, @category, @sha256, @size, @mime, @originalName, @url, @description, @at, @by)`,
  );
  const ids: number[] = [];
  const audits: Omit<AuditEntry, 'actor'>[] = [];
  const add = (row: Omit<EvidenceItem, 'id' | 'caseId' | 'addedAt' | 'addedBy'>) => {
    const id = Number(insert.run({ ...row, caseId, at: meta.at, by: meta.by }).lastInsertRowid);
    ids.push(id);
    audits.push({ action: 'evidence.add', entity: 'case', entityId: caseId, after: { evidenceId: id, ...row } });
  };
  for (const f of files) {
    const { sha256, size, mime, originalName } = f.staged;
    add({ kind: 'file', category: f.category, sha256, size, mime, originalName, url: null, description: f.description || null });
  }
  for (const l of links) {
    add({ kind: 'url', category: l.category, sha256: null, size: null, mime: null, originalName: null, url: l.url, description: l.description || null });
  }
  return { ids, audits };
}
