import type { AppContext } from '../app-context.ts';
import { notFound } from '../errors.ts';
import { auditHistory } from '../audit/audit-queries.ts';
import type { Db } from '../db/connection.ts';
import { findViolationIn } from '../catalogue/violations.ts';
import { selectAccused, selectCase, selectOpdName, selectViolationCodes } from './case-queries.ts';
import { selectEvidence } from '../evidence/evidence-queries.ts';
import type { CaseDetail, FieldChange, HistoryEntry } from '../../../shared/cases/schemas.ts';

const parse = (json: string | null): unknown => (json === null ? undefined : JSON.parse(json));
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Evidence summaries shown in the timeline: name or URL, and the digest. */
const EVIDENCE_FIELDS = ['originalName', 'url', 'sha256', 'expected', 'actual'];

/** The timeline of a case from its audit rows: who, when, what, and the fields that changed. */
export function caseHistory(db: Db, caseId: number): HistoryEntry[] {
  return auditHistory(db, 'case', caseId).map((h) => {
    const before = parse(h.before_json);
    const after = parse(h.after_json);
    let changes: FieldChange[] | undefined;
    if (h.action === 'case.update' && isObject(after)) {
      const b = isObject(before) ? before : {};
      changes = Object.keys(after).map((field) => ({ field, before: b[field] ?? null, after: after[field] ?? null }));
    } else if (h.action.startsWith('evidence.') && isObject(after)) {
      changes = EVIDENCE_FIELDS.filter((f) => after[f] !== undefined && after[f] !== null).map((field) => ({ field, before: null, after: after[field] }));
    }
    return { at: h.at, actor: h.actor, action: h.action, reason: h.reason, ...(changes ? { changes } : {}) };
  });
}

/** Full case record with its evidence and history, catalogue titles in the user's language. */
export function getCase(ctx: AppContext, id: number): CaseDetail {
  const row = selectCase(ctx.db, id);
  if (!row) throw notFound('case.notFound');
  const lang = ctx.language();
  return {
    id: row.id,
    registerNo: row.register_no,
    status: row.status,
    source: row.source,
    sourceKind: row.source_kind,
    sourceRef: row.source_ref,
    sourceDate: row.source_date,
    reporter: { anonymous: row.reporter_anonymous === 1, name: row.reporter_name, contact: row.reporter_contact },
    incidentDate: row.incident_date,
    incidentTime: row.incident_time,
    incidentPlace: row.incident_place,
    opdId: row.opd_id,
    opdName: selectOpdName(ctx.db, row.opd_id),
    chronology: row.chronology,
    catalogueVersion: row.catalogue_version,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    version: row.version,
    caseUuid: row.case_uuid,
    revision: row.revision,
    accused: selectAccused(ctx.db, id),
    violations: selectViolationCodes(ctx.db, id).map((code) => {
      const v = findViolationIn(row.catalogue_version, code);
      return { code, title: v ? v.title[lang] : code, level: v?.level ?? null, legalBasis: v?.legalBasis ?? '', ...(v?.levelBasis ? { levelBasis: v.levelBasis } : {}) };
    }),
    evidence: selectEvidence(ctx.db, id),
    history: caseHistory(ctx.db, id),
  };
}
