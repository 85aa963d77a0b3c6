import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { checkDatabase, tableExists } from '../db/connection.ts';
import { migrations } from '../db/migrations/index.ts';
import { verifyAuditChain } from '../audit/audit-log.ts';
import { checkAnchor } from '../audit/audit-head.ts';
import { manifestNameFor, parseBackupName } from './backup-names.ts';
import { countsOf, lastChangeAt, readManifest } from './manifest.ts';
import { evidenceDir, evidenceLabel, listEvidence } from './evidence-files.ts';
import type { EvidenceEntry } from './evidence-files.ts';
import type { RestorePreview } from '../../../shared/backup/types.ts';
import { compareSchema, describeSchemaDifference } from '../db/schema-check.ts';
import { translator } from '../../../shared/i18n/index.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import { errorText } from '../../../shared/error-text.ts';

/** The newest schema this build knows. */
export function supportedSchemaVersion(): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

function hasSipenaTables(db: Database.Database): boolean {
  return ['cases', 'audit_log', 'settings'].every((name) => tableExists(db, name));
}

function notRestorable(file: string, problemKey: string, integrity: string): RestorePreview {
  return {
    file,
    name: basename(file),
    createdAt: null,
    lastChangeAt: null,
    schemaVersion: 0,
    supportedVersion: supportedSchemaVersion(),
    counts: { cases: 0, employees: 0, auditRows: 0 },
    integrity,
    auditChain: { ok: false, rows: 0 },
    evidenceMissing: [],
    restorable: false,
    problemKey,
  };
}

/** Evidence the backup refers to that is in neither the data folder nor an `evidence/` folder beside the backup. */
function missingEvidence(entries: readonly EvidenceEntry[], dataDir: string, backupDir: string): string[] {
  const stores = [evidenceDir(dataDir), join(backupDir, 'evidence')];
  return entries.filter((e) => !stores.some((d) => existsSync(join(d, e.sha256)))).map(evidenceLabel);
}

/**
 * Everything a person needs before restoring, read from the file without changing it:
 * date, schema version, counts, integrity_check, audit chain, evidence availability.
 * `restorable` is false (with the reason's i18n key) for anything that must not be restored.
 */
export function previewRestore(file: string, dataDir: string, language: Language = 'id'): RestorePreview {
  if (!existsSync(file) || !statSync(file).isFile()) return notRestorable(file, 'backup.fileMissing', 'missing');
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('foreign_keys = ON');
    const problems = checkDatabase(db, 'full');
    if (problems.length > 0) return notRestorable(file, 'backup.damaged', problems[0] ?? 'damaged');
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion < 1 || !hasSipenaTables(db)) return notRestorable(file, 'backup.notSipena', 'ok');
    const supported = supportedSchemaVersion();
    const chain = verifyAuditChain(db);
    const manifest = readManifest(join(dirname(file), manifestNameFor(basename(file))));
    const evidence = manifest?.evidence ?? listEvidence(db, dirname(file));
    const preview: RestorePreview = {
      file,
      name: basename(file),
      createdAt: manifest?.createdAt ?? parseBackupName(basename(file))?.createdAt.toISOString() ?? null,
      lastChangeAt: lastChangeAt(db),
      schemaVersion,
      supportedVersion: supported,
      counts: countsOf(db),
      integrity: 'ok',
      auditChain: chain.ok ? { ok: true, rows: chain.rows } : { ok: false, rows: chain.rows, firstBrokenId: chain.firstBrokenId },
      evidenceMissing: missingEvidence(evidence, dataDir, dirname(file)),
      restorable: true,
    };
    if (schemaVersion > supported) return Object.assign(preview, { restorable: false, problemKey: 'backup.tooNew' });
    if (!chain.ok) return Object.assign(preview, { restorable: false, problemKey: 'backup.chainBroken' });
    // Newest rows cut from the copy after it was taken leave a valid, shorter chain; its manifest remembers the tip.
    const cut = manifest?.auditAnchor ? checkAnchor(db, manifest.auditAnchor, 'its manifest') : null;
    if (cut) return Object.assign(preview, { restorable: false, problemKey: 'backup.chainBroken', problemDetail: cut });
    // A foreign trigger, view or index would come back to life with the data: the schema
    // must be exactly the one Sipena's own migrations create for this version.
    const differences = compareSchema(db);
    if (differences.length > 0) {
      const t = translator(language);
      Object.assign(preview, { restorable: false, problemKey: 'backup.schemaDiffers', problemDetail: differences.map((d) => describeSchemaDifference(d, t)).join('; ') });
    }
    return preview;
  } catch (e) {
    return notRestorable(file, 'backup.damaged', errorText(e));
  } finally {
    db?.close();
  }
}
