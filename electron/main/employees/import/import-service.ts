import { createHash } from 'node:crypto';
import type { AppContext } from '../../app-context.ts';
import { mutate } from '../../app-context.ts';
import type { AuditEntry } from '../../audit/audit-log.ts';
import { AppError } from '../../errors.ts';
import { translator } from '../../../../shared/i18n/index.ts';
import type { ImportField, ImportMapping, ImportPreview, ImportResult, ImportSampleRow } from '../../../../shared/employees/import-types.ts';
import { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS } from '../../../../shared/employees/import-types.ts';
import { insertOpd, opdNames } from '../opd-service.ts';
import { suggestOpdColumn } from './opd-column.ts';
import type { EmployeeValues } from '../employee-queries.ts';
import { EMPLOYEE_VALUE_FIELDS, insertEmployee, updateEmployeeRow } from '../employee-queries.ts';
import type { RawTable } from './raw-table.ts';
import { cellText, ImportFileError } from './raw-table.ts';
import { readTable } from './read-table.ts';
import type { ColumnMap } from './mapping.ts';
import { resolveMapping } from './mapping.ts';
import type { ImportPlan } from './import-plan.ts';
import { planImport } from './import-plan.ts';
import { describeIssue, describeRowIssues } from './import-report.ts';
import { importItemWriter, insertImportBatch } from './import-queries.ts';

/** A file with this many new OPD names has its OPD column wrong, not 300 new agencies. */
export const MAX_NEW_OPDS = 300;

interface Analysis {
  table: RawTable;
  columns: ColumnMap;
  plan: ImportPlan;
}

/** The import's answer to a file it cannot use at all, as a user-facing error. */
export function fileError(e: ImportFileError): AppError {
  return new AppError('INVALID_INPUT', e.issue.key, e.issue.params ?? {});
}

async function analyze(ctx: AppContext, bytes: Uint8Array, mapping: ImportMapping | undefined): Promise<Analysis> {
  const table = await readTable(bytes, mapping?.nip);
  const { columns, unknownHeaders } = resolveMapping(table.headers, mapping);
  if (unknownHeaders.length > 0) throw new ImportFileError('importer.mappingUnknownHeader', { header: unknownHeaders.join(', ') });
  table.warnings.push(...suggestOpdColumn(table, columns, mapping ?? {}, opdNames(ctx.db)));
  const missing = REQUIRED_IMPORT_FIELDS.filter((f) => columns[f] === null);
  if (missing.length > 0) {
    const t = translator(ctx.language());
    throw new ImportFileError('importer.missingColumns', {
      columns: missing.map((f) => t(`importer.field.${f}`)).join(', '),
      found: table.headers.slice(0, 20).join(', '),
    });
  }
  const plan = planImport(ctx.db, table, columns);
  if (plan.newOpds.size > MAX_NEW_OPDS) throw new ImportFileError('importer.tooManyOpds', { count: plan.newOpds.size, max: MAX_NEW_OPDS });
  return { table, columns, plan };
}

function mappingOut(table: RawTable, columns: ColumnMap): Record<ImportField, string | null> {
  return Object.fromEntries(IMPORT_FIELDS.map((f) => [f, columns[f] === null ? null : (table.headers[columns[f]!] ?? null)])) as Record<ImportField, string | null>;
}

/** Reads and checks the whole file against the registry without writing anything. */
export async function previewImport(ctx: AppContext, bytes: Uint8Array, fileName: string, mapping: ImportMapping | undefined, sampleSize: number): Promise<ImportPreview> {
  const { table, columns, plan } = await analyze(ctx, bytes, mapping);
  const t = translator(ctx.language());
  const errors = describeRowIssues(t, plan.issues);
  const planned = new Map(plan.rows.map((r) => [r.line, r.status]));
  const sample: ImportSampleRow[] = table.rows.slice(0, sampleSize).map((raw) => ({
    line: raw.line,
    status: planned.get(raw.line) ?? 'rejected',
    values: Object.fromEntries(IMPORT_FIELDS.map((f) => [f, columns[f] === null ? '' : cellText(raw.cells[columns[f]!]).slice(0, 200)])) as Record<ImportField, string>,
  }));
  return {
    fileName,
    format: table.format,
    encoding: table.encoding,
    headers: table.headers,
    mapping: mappingOut(table, columns),
    counts: plan.counts,
    sample,
    errors: errors.slice(0, 500),
    errorTotal: errors.length,
    newOpds: [...plan.newOpds.values()],
    warnings: table.warnings.map((w) => describeIssue(t, w)),
  };
}

/** Only the fields that differ, for the audit row of an update. */
function changedFields(before: EmployeeValues, after: EmployeeValues): { before: Partial<EmployeeValues>; after: Partial<EmployeeValues> } {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const f of EMPLOYEE_VALUE_FIELDS) {
    if (before[f] !== after[f]) {
      b[f] = before[f];
      a[f] = after[f];
    }
  }
  return { before: b as Partial<EmployeeValues>, after: a as Partial<EmployeeValues> };
}

/**
 * Imports a file: every valid row in one transaction, with one audit row for the whole
 * import listing each created employee and each changed field (before/after), plus one
 * audit row per OPD it adds. With `strict`, a single bad row means nothing is written.
 */
export async function runImport(ctx: AppContext, bytes: Uint8Array, fileName: string, opts: { mapping?: ImportMapping | undefined; strict: boolean }): Promise<ImportResult> {
  const { table, plan } = await analyze(ctx, bytes, opts.mapping);
  const t = translator(ctx.language());
  const errors = describeRowIssues(t, plan.issues);
  const base = {
    unchanged: plan.counts.unchanged,
    rejected: plan.counts.rejected,
    errors,
    errorTotal: errors.length,
    warnings: table.warnings.map((w) => describeIssue(t, w)),
  };
  const writes = plan.rows.filter((r) => r.status !== 'unchanged');
  if ((opts.strict && plan.counts.rejected > 0) || writes.length === 0) {
    return { ...base, written: false, batchId: null, imported: 0, updated: 0, newOpds: opts.strict && plan.counts.rejected > 0 ? [] : [...plan.newOpds.values()] };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const batchId = mutate(ctx, (db) => {
    const nowIso = ctx.now().toISOString();
    const batchId = insertImportBatch(db, { fileName, sha256, format: table.format, strict: opts.strict, counts: plan.counts, importedAt: nowIso, importedBy: ctx.actor() });
    const audits: Omit<AuditEntry, 'actor'>[] = [];
    const opdIds = new Map<string, number>();
    for (const [key, name] of plan.newOpds) {
      const created = insertOpd(db, { name, code: null, shortName: null, active: true }, nowIso, `import: ${fileName}`);
      opdIds.set(key, created.id);
      audits.push(created.audit);
    }
    const addItem = importItemWriter(db);
    const created: ({ id: number } & EmployeeValues)[] = [];
    const updated: { id: number; nip: string; before: Partial<EmployeeValues>; after: Partial<EmployeeValues> }[] = [];
    for (const w of writes) {
      const after = w.newOpd ? { ...w.after, opdId: opdIds.get(w.newOpd) ?? null } : w.after;
      if (w.status === 'create') {
        const { id, values } = insertEmployee(db, after, nowIso, batchId, ctx.actor());
        addItem(id, batchId, 'create');
        created.push({ id, ...values });
      } else {
        const values = updateEmployeeRow(db, w.id!, after, nowIso, batchId, ctx.actor());
        addItem(w.id!, batchId, 'update');
        updated.push({ id: w.id!, nip: values.nip, ...changedFields(w.before!, values) });
      }
    }
    audits.push({
      action: 'employee.import',
      entity: 'employee_import',
      entityId: batchId,
      reason: fileName,
      after: {
        fileName,
        sha256,
        format: table.format,
        encoding: table.encoding,
        strict: opts.strict,
        counts: plan.counts,
        rejectedLines: plan.rejectedLines,
        created,
        updated,
      },
    });
    return { value: batchId, audit: audits };
  });
  return { ...base, written: true, batchId, imported: plan.counts.create, updated: plan.counts.update, newOpds: [...plan.newOpds.values()] };
}
