import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import { nextSerial } from '../db/counter-queries.ts';
import type { Db } from '../db/connection.ts';
import type { AuditEntry } from '../audit/audit-log.ts';
import { formatRegisterNumber } from './register-number.ts';
import { registerTemplate } from './register-settings.ts';
import { insertCase, registerNoTaken, replaceViolationCodes, selectAccused, selectCase, selectDuplicates, selectViolationCodes, updateCaseColumns } from './case-queries.ts';
import { selectCasePage } from './case-list-queries.ts';
import { caseColumns, catalogueVersionFor, checkIncidentDate, checkReferences } from './case-fields.ts';
import { localIsoDate } from '../../../shared/calendar/iso-day.ts';
import type { CaseColumns } from './case-fields.ts';
import { syncCaseSearch } from './case-search-queries.ts';
import { syncAccused } from './case-children.ts';
import { staleCaseError } from './case-stale.ts';
import { insertEvidence } from '../evidence/evidence-queries.ts';
import { resolveStaged } from '../evidence/evidence-service.ts';
import { consumeStaged } from '../evidence/staged-evidence.ts';
import type { CaseCreate, CaseListQuery, CaseUpdate, DuplicateWarning } from '../../../shared/cases/schemas.ts';
import { normalizePersonId } from '../../../shared/nip.ts';

export { getCase } from './case-read.ts';

type Audit = Omit<AuditEntry, 'actor'>;

/** Possible duplicates of a new case: same NIP, same violation, within 30 days. */
export function findDuplicates(ctx: AppContext, nips: string[], codes: string[], incidentDate?: string, excludeCaseId?: number): DuplicateWarning[] {
  return selectDuplicates(ctx.db, nips.map(normalizePersonId), codes, incidentDate, ctx.now(), excludeCaseId);
}

/**
 * Registers a case: takes the next register number and writes case, accused, violations,
 * evidence, search rows and audit in one transaction. A possible duplicate must be
 * acknowledged by the clerk first.
 */
export function createCase(ctx: AppContext, input: CaseCreate): { id: number; registerNo: string } {
  const cols = caseColumns(input, catalogueVersionFor(input.incidentDate));
  checkIncidentDate(input.incidentDate, localIsoDate(ctx.now()));
  checkReferences(ctx.db, input, cols.catalogue_version);
  const duplicates = findDuplicates(ctx, input.accused.map((a) => a.nip), input.violationCodes, input.incidentDate);
  if (duplicates.length > 0 && !input.acknowledgeDuplicates) {
    throw new AppError('CONFLICT', 'case.duplicateWarning', { count: duplicates.length, registerNo: duplicates[0]!.registerNo });
  }
  const files = resolveStaged(ctx, input.evidence);
  const created = mutate(ctx, (db) => {
    const now = ctx.now();
    const nowIso = now.toISOString();
    const year = now.getFullYear();
    const seq = nextSerial(db, 'case', year);
    const registerNo = formatRegisterNumber(registerTemplate(db), seq, year);
    if (registerNoTaken(db, registerNo)) throw new AppError('CONFLICT', 'case.registerNoTaken', { registerNo });
    const row = { register_no: registerNo, register_year: year, register_seq: seq, status: 'registered', ...cols };
    const id = insertCase(db, row, nowIso, ctx.actor());
    const audits: Audit[] = [];
    syncAccused(db, id, input.accused, cols.opd_id ?? null, nowIso, audits);
    replaceViolationCodes(db, id, input.violationCodes);
    syncCaseSearch(db, id);
    audits.push({
      action: 'case.create',
      entity: 'case',
      entityId: id,
      after: { ...row, accused: input.accused, violationCodes: input.violationCodes },
      reason: duplicates.length > 0 ? `duplicate warning acknowledged: ${duplicates.map((d) => d.registerNo).join(', ')}` : null,
    });
    const evidence = insertEvidence(db, id, files, input.links, { at: nowIso, by: ctx.actor() });
    audits.push(...evidence.audits);
    return { value: { id, registerNo }, audit: audits };
  });
  consumeStaged(ctx, input.evidence.map((e) => e.uploadId));
  return created;
}

type Snapshot = CaseColumns & { accused: unknown[]; violationCodes: string[] };

/** The case as its audit rows show it: particulars, accused (without row ids) and violations. */
function snapshot(db: Db, id: number, cols: CaseColumns): Snapshot {
  const accused = selectAccused(db, id).map(({ id: _rowId, ...person }) => person);
  return { ...cols, accused, violationCodes: selectViolationCodes(db, id) };
}

function pickColumns(row: CaseColumns): CaseColumns {
  const { source, source_kind, source_ref, source_date, reporter_anonymous, reporter_name, reporter_contact, incident_date, incident_time, incident_place, opd_id, chronology, catalogue_version } = row;
  return { source, source_kind, source_ref, source_date, reporter_anonymous, reporter_name, reporter_contact, incident_date, incident_time, incident_place, opd_id, chronology, catalogue_version };
}

/**
 * Edits a case with a stated reason. Only changed fields are written to the audit row
 * (before -> after), which the case timeline shows. A form loaded before someone else's
 * edit is refused rather than silently overwriting it.
 */
export function updateCase(ctx: AppContext, input: CaseUpdate): { id: number; updatedAt: string; version: number; changed: string[] } {
  const loaded = selectCase(ctx.db, input.id);
  if (!loaded) throw notFound('case.notFound');
  const cols = caseColumns(input, loaded.catalogue_version);
  checkIncidentDate(input.incidentDate, localIsoDate(ctx.now()));
  checkReferences(ctx.db, input, cols.catalogue_version);
  return mutate(ctx, (db) => {
    // Compared with the row read in this transaction, so no edit can slip in between check and write.
    const current = selectCase(db, input.id);
    if (!current) throw notFound('case.notFound');
    if (input.expectedVersion !== current.version) throw staleCaseError(db, current, input.expectedVersion, ctx.now());
    const before = snapshot(db, input.id, pickColumns(current));
    const nowIso = ctx.now().toISOString();
    const audits: Audit[] = [];
    updateCaseColumns(db, input.id, cols, nowIso, ctx.actor());
    syncAccused(db, input.id, input.accused, cols.opd_id ?? null, nowIso, audits);
    replaceViolationCodes(db, input.id, input.violationCodes);
    const after = snapshot(db, input.id, cols);
    const changedBefore: Record<string, unknown> = {};
    const changedAfter: Record<string, unknown> = {};
    for (const key of Object.keys(after) as (keyof Snapshot)[]) {
      if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
      changedBefore[key] = before[key];
      changedAfter[key] = after[key];
    }
    const changed = Object.keys(changedAfter);
    if (changed.length === 0) throw new AppError('INVALID_INPUT', 'case.noChange');
    syncCaseSearch(db, input.id);
    audits.push({ action: 'case.update', entity: 'case', entityId: input.id, before: changedBefore, after: changedAfter, reason: input.reason });
    return { value: { id: input.id, updatedAt: nowIso, version: current.version + 1, changed }, audit: audits };
  });
}

/** The case list page for the given filters. */
export function listCases(ctx: AppContext, query: CaseListQuery) {
  return selectCasePage(ctx.db, query);
}
