import type { Db } from '../db/connection.ts';
import { checkDatabase } from '../db/connection.ts';
import { verifyAuditChain } from '../audit/audit-log.ts';
import { lastAuditAt } from '../audit/audit-queries.ts';
import { describeEvidenceProblem, evidenceDir, listEvidence, verifyEvidenceFiles } from './evidence-files.ts';
import type { EvidenceEntry } from './evidence-files.ts';
import { backupsDir, listBackups } from './backup-service.ts';
import { readManifest } from './manifest.ts';
import { manifestNameFor } from './backup-names.ts';
import { join } from 'node:path';
import { checkAnchor, checkAuditHead } from '../audit/audit-head.ts';
import { reconcileUsers, verifyIssuedLetters } from '../audit/reconcile.ts';
import { compareSchema, describeSchemaDifference } from '../db/schema-check.ts';
import { translator } from '../../../shared/i18n/index.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import { errorText } from '../../../shared/error-text.ts';

/**
 * Evidence is never deleted, so everything the newest backup's manifest lists must still
 * be in the store: this catches a deleted file even where the database has no row for it.
 */
function withNewestManifest(entries: EvidenceEntry[], dataDir: string): EvidenceEntry[] {
  const newest = listBackups(backupsDir(dataDir)).find((b) => b.verified);
  const manifest = newest ? readManifest(join(backupsDir(dataDir), manifestNameFor(newest.name))) : undefined;
  if (!manifest) return entries;
  const bySha = new Map(entries.map((e) => [e.sha256, e]));
  for (const e of manifest.evidence) {
    const known = bySha.get(e.sha256);
    if (!known) bySha.set(e.sha256, e);
    else for (const n of e.names) if (!known.names.includes(n)) known.names.push(n);
  }
  return [...bySha.values()].sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1));
}

/**
 * The chain's tip recorded outside the database must still be in it: the head file beside
 * it, and the newest backup taken since the last restore (a restore legitimately goes
 * back to an older, shorter trail; backups from before it are not compared).
 */
function anchorProblems(db: Db, dataDir: string): string[] {
  const out: string[] = [];
  const head = checkAuditHead(db, dataDir);
  if (head) out.push(head);
  const lastRestore = lastAuditAt(db, 'database.restore') ?? '';
  for (const b of listBackups(backupsDir(dataDir))) {
    if (!b.verified || b.createdAt <= lastRestore) continue;
    const manifest = readManifest(join(backupsDir(dataDir), manifestNameFor(b.name)));
    if (!manifest?.auditAnchor) continue;
    const p = checkAnchor(db, manifest.auditAnchor, `backup ${b.name}`);
    if (p) out.push(p);
    break;
  }
  return out;
}

export interface DataReport {
  /** One sentence per problem found, in the order checked; empty when everything is sound. */
  problems: string[];
  auditRows: number;
  evidenceFiles: number;
}

/**
 * The full check of a data folder (CLI `verify`): integrity_check and foreign_key_check,
 * the schema against the one Sipena creates for its version, then the audit chain (naming the first broken row), then every evidence file re-hashed
 * (naming each missing or altered file). A damaged database stops after the first check:
 * nothing read from it afterwards could be trusted.
 */
export async function verifyDataFolder(db: Db, dataDir: string, language: Language = 'en'): Promise<DataReport> {
  let problems: string[];
  try {
    problems = checkDatabase(db, 'full');
  } catch (e) {
    problems = [errorText(e)];
  }
  if (problems.length > 0) return { problems: [`database damaged: ${problems.slice(0, 5).join('; ')}`], auditRows: 0, evidenceFiles: 0 };
  const out: string[] = [];
  // A trigger, view or index that Sipena did not create (or one of its own that is gone) is named.
  const t = translator(language);
  for (const d of compareSchema(db)) out.push(`schema differs from Sipena's own: ${describeSchemaDifference(d, t)}`);
  const chain = verifyAuditChain(db);
  if (!chain.ok) out.push(`audit trail broken at row ${chain.firstBrokenId}: its hash or link to the previous row does not match (the row or one before it was altered)`);
  if (chain.ok) out.push(...anchorProblems(db, dataDir));
  out.push(...verifyIssuedLetters(db));
  out.push(...reconcileUsers(db));
  const entries = withNewestManifest(listEvidence(db, dataDir), dataDir);
  const evidence = await verifyEvidenceFiles(evidenceDir(dataDir), entries);
  out.push(...evidence.map(describeEvidenceProblem));
  return { problems: out, auditRows: chain.rows, evidenceFiles: entries.length };
}
