/**
 * The decision follows its SK letter: issuing the SK gives the decision its number and
 * date, voiding it takes them away (with the delivery and the sanction's dates that
 * rested on it). Both run inside the letter's own issue/void transaction, so a letter
 * and the decision it carries never disagree.
 */
import type { Db } from '../db/connection.ts';
import type { AuditEntry } from '../audit/audit-log.ts';
import { AppError } from '../errors.ts';
import { clearSkFields, decisionOfSkLetter, linkSkLetter, selectDecisionSk } from './decision-queries.ts';
import { onSkIssued, onSkVoided } from './deadline-hooks.ts';

type Audit = Omit<AuditEntry, 'actor'>;

/** 'accused:12' -> 12. */
export function accusedOfSubject(subject: string): number | null {
  const m = /^accused:(\d{1,12})$/.exec(subject);
  return m ? Number(m[1]) : null;
}

/** The SK letter was just inserted: the decision takes its number and date; delivery is now due. */
export function skIssued(db: Db, now: Date, l: { caseId: number; subject: string; letterId: number; number: string; date: string; deliveryDue: string }): Audit[] {
  const accusedId = accusedOfSubject(l.subject);
  if (accusedId === null) return [];
  const before = selectDecisionSk(db, l.caseId, accusedId);
  if (!before) return [];
  linkSkLetter(db, l.caseId, accusedId, { id: l.letterId, number: l.number, date: l.date }, now.toISOString());
  onSkIssued(db, now, { caseId: l.caseId, accusedId, skDate: l.date, due: l.deliveryDue });
  return [
    {
      action: 'decision.skIssued',
      entity: 'case',
      entityId: l.caseId,
      before: { accused_id: accusedId, sk_letter_id: before.sk_letter_id, sk_number: before.sk_number, sk_date: before.sk_date },
      after: { accused_id: accusedId, sk_letter_id: l.letterId, sk_number: l.number, sk_date: l.date },
    },
  ];
}

/**
 * The SK letter is being voided: the decision loses its number and date, and the delivery
 * recorded for that SK goes with them. While a valid delivery record letter (berita acara)
 * still attests the delivery, the SK cannot be voided: void that letter first.
 */
export function skVoided(db: Db, now: Date, letterId: number, deliveryLetter: (caseId: number, accusedId: number) => string | null): Audit[] {
  const d = decisionOfSkLetter(db, letterId);
  if (!d) return [];
  const attested = deliveryLetter(d.case_id, d.accused_id);
  if (attested) throw new AppError('CONFLICT', 'delivery.skDeliveredVoid', { number: attested });
  clearSkFields(db, d.case_id, d.accused_id, now.toISOString());
  onSkVoided(db, now, { caseId: d.case_id, accusedId: d.accused_id });
  const { case_id, ...before } = d;
  return [
    {
      action: 'decision.skVoided',
      entity: 'case',
      entityId: case_id,
      before,
      after: { accused_id: d.accused_id, sk_letter_id: null, sk_number: null, sk_date: null, delivered_on: null, effective_date: null, end_date: null },
    },
  ];
}
