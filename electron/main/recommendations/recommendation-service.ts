/**
 * The recommendation register: registering a letter with the employees it names, linking or
 * creating one case per employee, recording that a recommendation is not followed, the list,
 * the overdue view of the dashboard and the list export.
 */
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import type { AuditEntry } from '../audit/audit-log.ts';
import { calendarDaysBetween, localIsoDate } from '../../../shared/calendar/iso-day.ts';
import type { CaseSource } from '../../../shared/cases/schemas.ts';
import { caseCreateSchema } from '../../../shared/cases/schemas.ts';
import { formatDate } from '../../../shared/indonesian/dates.ts';
import { ISSUER_NAMES } from '../../../shared/recommendations/schemas.ts';
import type { Issuer, OverdueRecommendations, RecommendationCreate, RecommendationDetail, RecommendationListQuery, RecommendationSummary } from '../../../shared/recommendations/schemas.ts';
import type { recCreateCasesSchema, recLinkCaseSchema, recNotFollowedSchema } from '../../../shared/recommendations/schemas.ts';
import type { z } from 'zod';
import { checkVersion } from '../records/record-version.ts';
import { createCase } from '../cases/case-service.ts';
import { selectAccused, selectCase } from '../cases/case-queries.ts';
import { selectEmployee, selectEmployeeByNip } from '../employees/employee-queries.ts';
import {
  insertRecItem,
  insertRecommendation,
  itemLinkingAccused,
  letterNumberTaken,
  linkItemCase,
  selectAllItems,
  selectItem,
  selectItems,
  selectRecommendation,
  selectRecommendations,
  setItemNotFollowed,
  touchRecommendation,
} from './recommendation-queries.ts';
import type { RecItemRow } from './recommendation-queries.ts';
import { knownSanction, knownViolation, recClock, toDetail, toSummary } from './recommendation-view.ts';

type Audit = Omit<AuditEntry, 'actor'>;

export function registerRecommendation(ctx: AppContext, input: RecommendationCreate): { id: number } {
  const issuerName = input.issuerName || ISSUER_NAMES[input.issuer] || '';
  const today = localIsoDate(ctx.now());
  if (input.receivedDate > today) throw new AppError('INVALID_INPUT', 'rec.receivedInFuture', {}, { receivedDate: 'rec.receivedInFuture' });
  const fields: Record<string, string> = {};
  input.employees.forEach((e, i) => {
    if (!knownViolation(e.violationCode)) fields[`employees.${i}.violationCode`] = 'rec.unknownViolation';
    if (e.sanctionCode && !knownSanction(e.sanctionCode)) fields[`employees.${i}.sanctionCode`] = 'rec.unknownSanction';
  });
  if (Object.keys(fields).length > 0) throw new AppError('INVALID_INPUT', 'rec.unknownCodes', {}, fields);
  return mutate(ctx, (db) => {
    if (letterNumberTaken(db, input.issuer, input.letterNumber)) throw new AppError('CONFLICT', 'rec.letterTaken', { number: input.letterNumber }, { letterNumber: 'rec.letterTaken' });
    const at = ctx.now().toISOString();
    const row = { issuer: input.issuer, issuerName, letterNumber: input.letterNumber, letterDate: input.letterDate, receivedDate: input.receivedDate, subject: input.subject || null, note: input.note || null };
    const id = insertRecommendation(db, row, at, ctx.actor());
    const employees = input.employees.map((e, i) => {
      // A registry entry picked on the form must be the person named; otherwise the NIP finds it.
      const picked = e.employeeId !== undefined ? selectEmployee(db, e.employeeId) : selectEmployeeByNip(db, e.nip);
      if (e.employeeId !== undefined && picked?.nip !== e.nip) throw new AppError('INVALID_INPUT', 'rec.employeeMismatch', { name: e.name }, { [`employees.${i}.nip`]: 'rec.employeeMismatch' });
      const item = {
        position: i + 1,
        employeeId: picked?.id ?? null,
        name: e.name,
        nip: e.nip,
        employmentType: e.employmentType,
        jabatan: e.jabatan || null,
        unitKerja: e.unitKerja || null,
        violationCode: e.violationCode,
        sanctionCode: e.sanctionCode || null,
      };
      insertRecItem(db, id, item);
      return item;
    });
    return { value: { id }, audit: { action: 'recommendation.create', entity: 'recommendation', entityId: id, after: { ...row, employees } } };
  });
}

function matches(s: RecommendationSummary, q: RecommendationListQuery): boolean {
  if (q.issuer && s.issuer !== q.issuer) return false;
  if (q.status && s.counts[q.status] === 0) return false;
  if (q.overdueOnly && s.overdueCount === 0) return false;
  if (q.receivedFrom && s.receivedDate < q.receivedFrom) return false;
  if (q.receivedTo && s.receivedDate > q.receivedTo) return false;
  if (q.search) {
    const needle = q.search.toLowerCase();
    const hay = `${s.letterNumber} ${s.issuerName} ${s.subject ?? ''} ${s.names} ${(s as { nips?: string }).nips ?? ''}`.toLowerCase();
    if (!hay.includes(needle)) return false;
  }
  return true;
}

/** The register as the list screen shows it: filtered, newest received first. */
export function listRecommendations(ctx: AppContext, q: RecommendationListQuery): RecommendationSummary[] {
  const clock = recClock(ctx);
  const items = selectAllItems(ctx.db);
  return selectRecommendations(ctx.db)
    .map((r) => {
      const list = items.get(r.id) ?? [];
      const { employees, ...summary } = toSummary(r, list, clock);
      return { ...summary, nips: employees.map((e) => e.nip).join(' ') };
    })
    .filter((s) => matches(s, q))
    .map(({ nips: _nips, ...s }) => s);
}

export function getRecommendation(ctx: AppContext, id: number): RecommendationDetail {
  const rec = selectRecommendation(ctx.db, id);
  if (!rec) throw notFound('rec.what');
  return toDetail(ctx, rec, selectItems(ctx.db, id), recClock(ctx));
}

function requireItem(ctx: AppContext, itemId: number): RecItemRow {
  const item = selectItem(ctx.db, itemId);
  if (!item) throw notFound('rec.whatEmployee');
  return item;
}

const stamp = (item: RecItemRow, by: string | null, at: string | null) => ({ version: item.version, updatedAt: at, updatedBy: by });

/** Links a case already registered for the named employee: the case must name them (same NIP). */
export function linkCase(ctx: AppContext, input: z.output<typeof recLinkCaseSchema>): RecommendationDetail {
  const item = requireItem(ctx, input.itemId);
  mutate(ctx, (db) => {
    const current = selectItem(db, input.itemId)!;
    checkVersion(ctx, 'recommendation', stamp(current, null, null), input.expectedVersion);
    if (current.caseId !== null) throw new AppError('CONFLICT', 'rec.alreadyLinked', { name: current.name, registerNo: current.registerNo ?? '' });
    const c = selectCase(db, input.caseId);
    if (!c) throw notFound('case.notFound');
    const accused = selectAccused(db, input.caseId).find((a) => a.nip === current.nip);
    if (!accused) throw new AppError('CONFLICT', 'rec.caseNotNaming', { registerNo: c.register_no, name: current.name, nip: current.nip });
    linkItemCase(db, current.id, input.caseId, accused.id);
    touchRecommendation(db, current.recommendationId, ctx.now().toISOString(), ctx.actor());
    return { value: undefined, audit: linkAudits(current, input.caseId, accused.id) };
  });
  return getRecommendation(ctx, item.recommendationId);
}

function linkAudits(item: RecItemRow, caseId: number, accusedId: number): Audit[] {
  return [
    { action: 'recommendation.link', entity: 'recommendation', entityId: item.recommendationId, after: { itemId: item.id, nip: item.nip, caseId, accusedId } },
    { action: 'recommendation.link', entity: 'case', entityId: caseId, after: { recommendationId: item.recommendationId, nip: item.nip, accusedId } },
  ];
}

const CASE_SOURCE: Record<Issuer, CaseSource> = {
  bawaslu_ri: 'bawaslu',
  bawaslu_provinsi: 'bawaslu',
  bawaslu_kabupaten: 'bawaslu',
  bkn: 'bkn',
  kemenpanrb: 'kemenpanrb',
  other: 'other_agency',
};

/**
 * One case per named employee that has none yet (or the chosen ones), each registered through
 * the normal intake (register number, duplicate check, audit) and linked at once. Each case is
 * its own transaction: a refusal (e.g. a likely duplicate) stops there, and the cases made
 * before it stay registered and linked, as the answer says.
 */
export function createLinkedCases(ctx: AppContext, input: z.output<typeof recCreateCasesSchema>): { created: { itemId: number; caseId: number; registerNo: string }[] } {
  const rec = selectRecommendation(ctx.db, input.recommendationId);
  if (!rec) throw notFound('rec.what');
  const wanted = new Set(input.itemIds);
  const targets = selectItems(ctx.db, rec.id).filter((i) => (wanted.size === 0 || wanted.has(i.id)) && i.caseId === null && i.notFollowedReason === null);
  if (targets.length === 0) throw new AppError('CONFLICT', 'rec.nothingToCreate');
  const source = CASE_SOURCE[rec.issuer];
  const created: { itemId: number; caseId: number; registerNo: string }[] = [];
  for (const item of targets) {
    const payload = caseCreateSchema.parse({
      source,
      sourceKind: 'recommendation',
      sourceRef: rec.letterNumber,
      sourceDate: rec.letterDate,
      accused: [
        {
          ...(item.employeeId !== null ? { employeeId: item.employeeId } : {}),
          name: item.name,
          nip: item.nip,
          employmentType: item.employmentType,
          jabatan: item.jabatan ?? '',
          unitKerja: item.unitKerja ?? '',
        },
      ],
      violationCodes: [item.violationCode],
      incidentDate: input.incidentDate,
      incidentPlace: input.incidentPlace ?? '',
      opdId: input.opdId ?? null,
      chronology: `Rekomendasi ${rec.issuerName} Nomor ${rec.letterNumber} tanggal ${formatDate(rec.letterDate)}, diterima ${formatDate(rec.receivedDate)}${rec.subject ? `, perihal ${rec.subject}` : ''}.`,
    });
    const made = createCase(ctx, payload);
    const accusedId = selectAccused(ctx.db, made.id)[0]!.id;
    mutate(ctx, (db) => {
      if (itemLinkingAccused(db, made.id, accusedId)) throw new AppError('CONFLICT', 'rec.alreadyLinked', { name: item.name, registerNo: made.registerNo });
      linkItemCase(db, item.id, made.id, accusedId);
      touchRecommendation(db, rec.id, ctx.now().toISOString(), ctx.actor());
      return { value: undefined, audit: linkAudits(item, made.id, accusedId) };
    });
    created.push({ itemId: item.id, caseId: made.id, registerNo: made.registerNo });
  }
  return { created };
}

/** Records (or withdraws) that the recommendation is not followed for one employee, with the reason. */
export function setNotFollowed(ctx: AppContext, input: z.output<typeof recNotFollowedSchema>): RecommendationDetail {
  const item = requireItem(ctx, input.itemId);
  mutate(ctx, (db) => {
    const current = selectItem(db, input.itemId)!;
    checkVersion(ctx, 'recommendation', stamp(current, current.notFollowedBy, current.notFollowedAt), input.expectedVersion);
    if (input.notFollowed && current.skNumber !== null) throw new AppError('CONFLICT', 'rec.alreadyDecided', { name: current.name, number: current.skNumber });
    if (input.notFollowed === (current.notFollowedReason !== null)) throw new AppError('CONFLICT', input.notFollowed ? 'rec.alreadyNotFollowed' : 'rec.notMarked', { name: current.name });
    const at = ctx.now().toISOString();
    setItemNotFollowed(db, current.id, input.notFollowed ? { reason: input.reason, at, by: ctx.actor() } : null);
    touchRecommendation(db, current.recommendationId, at, ctx.actor());
    return {
      value: undefined,
      audit: {
        action: input.notFollowed ? 'recommendation.notFollowed' : 'recommendation.notFollowedWithdrawn',
        entity: 'recommendation',
        entityId: current.recommendationId,
        before: { itemId: current.id, notFollowedReason: current.notFollowedReason },
        after: { itemId: current.id, nip: current.nip, notFollowed: input.notFollowed },
        reason: input.reason,
      },
    };
  });
  return getRecommendation(ctx, item.recommendationId);
}

/** The dashboard's list: recommendations past their follow-up deadline with the employees still waiting. */
export function overdueRecommendations(ctx: AppContext): OverdueRecommendations {
  const clock = recClock(ctx);
  const items = selectAllItems(ctx.db);
  const out: OverdueRecommendations['items'] = [];
  for (const r of selectRecommendations(ctx.db)) {
    const s = toSummary(r, items.get(r.id) ?? [], clock);
    const late = s.employees.filter((e) => e.overdue);
    if (late.length === 0) continue;
    out.push({
      id: s.id,
      issuerName: s.issuerName,
      letterNumber: s.letterNumber,
      receivedDate: s.receivedDate,
      dueDate: s.dueDate,
      daysLate: calendarDaysBetween(s.dueDate, clock.today),
      employees: late.map((e) => ({ itemId: e.id, name: e.name, nip: e.nip, status: e.status, caseId: e.caseId, registerNo: e.registerNo })),
    });
  }
  out.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id - b.id));
  return { today: clock.today, items: out };
}
