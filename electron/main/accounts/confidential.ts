import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import type { CaseDetail } from '../../../shared/cases/schemas.ts';
import { canSeeConfidential } from '../../../shared/accounts/roles.ts';
import type { Role } from '../../../shared/accounts/roles.ts';
import { selectEvidenceById } from '../evidence/evidence-queries.ts';

/** History fields that reveal who reported or what the evidence is. */
const CONFIDENTIAL_FIELD = /^(reporter|originalName|url|description)/i;

function hasConfidential(detail: CaseDetail): boolean {
  const r = detail.reporter;
  return Boolean((r && (r.name || r.contact)) || (detail.evidence && detail.evidence.length > 0));
}

/**
 * A case as a role may see it: without reporter name and contact, evidence, and the
 * history details that would reveal them, for roles outside CONFIDENTIAL_ROLES.
 */
export function redactCase(detail: CaseDetail, role: Role): CaseDetail {
  if (canSeeConfidential(role)) return detail;
  const out: CaseDetail = {
    ...detail,
    history: detail.history.map((h) => (h.changes ? { ...h, changes: h.changes.filter((c) => !CONFIDENTIAL_FIELD.test(c.field)) } : h)),
  };
  if (detail.reporter) {
    const hidden = Boolean(detail.reporter.name || detail.reporter.contact);
    out.reporter = { anonymous: detail.reporter.anonymous, name: null, contact: null, ...(hidden ? { hidden } : {}) };
  }
  if (detail.evidence) out.evidence = [];
  return out;
}

/**
 * What `cases:get` answers: the case redacted for the caller's role and, when the caller
 * sees a reporter's identity or evidence, an audit row saying so. The row goes to entity
 * "confidential" so it is searchable per case without filling the case's own timeline.
 */
export function openCaseFor(ctx: AppContext, detail: CaseDetail): CaseDetail {
  const role = ctx.session.user?.role;
  if (!role) return redactCase(detail, 'viewer');
  if (!canSeeConfidential(role)) return redactCase(detail, role);
  if (hasConfidential(detail)) {
    const what = [detail.reporter?.name || detail.reporter?.contact ? 'reporter' : null, detail.evidence?.length ? 'evidence' : null].filter(Boolean);
    mutate(ctx, () => ({ value: undefined, audit: { action: 'case.viewConfidential', entity: 'confidential', entityId: detail.id, after: { registerNo: detail.registerNo, what } } }));
  }
  return detail;
}

/**
 * Records that someone opened an evidence file (once per opening: the first chunk, at
 * offset 0), under entity "confidential" with the case id, like `openCaseFor`.
 */
export function auditEvidenceOpen(ctx: AppContext, evidenceId: number, offset: number): void {
  if (offset !== 0) return;
  const row = selectEvidenceById(ctx.db, evidenceId);
  if (!row) return;
  mutate(ctx, () => ({ value: undefined, audit: { action: 'evidence.view', entity: 'confidential', entityId: row.caseId, after: { evidenceId, name: row.originalName } } }));
}
