/** The import register (employee_import_batches, employee_import_items): one batch per written import, one item per employee it touched. */
import type { Db } from '../../db/connection.ts';
import type { ImportCounts } from '../../../../shared/employees/import-types.ts';

export interface ImportBatch {
  fileName: string;
  sha256: string;
  format: string;
  strict: boolean;
  counts: ImportCounts;
  importedAt: string;
  importedBy: string;
}

/** Records a written import; returns its batch id. */
export function insertImportBatch(db: Db, b: ImportBatch): number {
  return Number(
    db
      .prepare(
        `INSERT INTO employee_import_batches (file_name, sha256, format, strict, created, updated, unchanged, rejected, imported_at, imported_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(b.fileName, b.sha256, b.format, b.strict ? 1 : 0, b.counts.create, b.counts.update, b.counts.unchanged, b.counts.rejected, b.importedAt, b.importedBy)
      .lastInsertRowid,
  );
}

/** A statement adding one employee's item to a batch (prepared once per import). */
export function importItemWriter(db: Db): (employeeId: number, batchId: number, action: 'create' | 'update') => void {
  const insert = db.prepare('INSERT INTO employee_import_items (employee_id, batch_id, action) VALUES (?, ?, ?)');
  return (employeeId, batchId, action) => void insert.run(employeeId, batchId, action);
}

export interface ImportAuditOfEmployee {
  id: number;
  at: string;
  actor: string;
  action: string;
  reason: string | null;
  after_json: string | null;
  itemAction: 'create' | 'update';
}

/** The audit rows of the imports that created or changed one employee, oldest first. */
export function selectImportAuditsOf(db: Db, employeeId: number): ImportAuditOfEmployee[] {
  return db
    .prepare(
      `SELECT a.id, a.at, a.actor, a.action, a.reason, a.after_json, i.action AS itemAction
       FROM employee_import_items i
       JOIN audit_log a ON a.entity = 'employee_import' AND a.entity_id = CAST(i.batch_id AS TEXT)
       WHERE i.employee_id = ? ORDER BY a.id`,
    )
    .all(employeeId) as ImportAuditOfEmployee[];
}
