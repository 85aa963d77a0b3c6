/**
 * The laptop's examination work of a borrowed case in the office's terms: each hearing and
 * BAP as the check-in carries it, with the office's ids where the row came from the office.
 * The same form is hashed at take-in (checkout_row_map.taken_sha256) and at check-in, so a
 * record is sent back exactly when it was added or changed on the laptop.
 */
import type { Db } from '../db/connection.ts';
import { sha256Hex } from '../bundles/container.ts';
import { canonicalJson } from '../../../shared/canonical-json.ts';
import type { ReturnBap, ReturnSession, Row } from '../../../shared/checkout/file-format.ts';
import { selectRowMap } from './checkout-queries.ts';
import { selectBapExaminerNips, selectBapQa, selectBapRows, selectRoomName, selectSessionExaminerNips, selectSessionRows } from './exam-work-queries.ts';

export interface ExamWork {
  sessions: ReturnSession[];
  baps: ReturnBap[];
}

const without = (row: Row, drop: readonly string[]): Row => Object.fromEntries(Object.entries(row).filter(([c]) => !drop.includes(c)));

function officeId(map: Map<number, number>, localId: number, what: string): number {
  const id = map.get(localId);
  if (id === undefined) throw new Error(`check-in: ${what} ${localId} has no office row`);
  return id;
}

/** Every hearing and BAP of the borrowed case, in the check-in's form. */
export function examWorkOf(db: Db, checkoutId: number, caseId: number): ExamWork {
  const accused = selectRowMap(db, checkoutId, 'case_accused');
  const sessionMap = selectRowMap(db, checkoutId, 'exam_sessions');
  const bapMap = selectRowMap(db, checkoutId, 'baps');
  const sessions = selectSessionRows(db, caseId).map((r): ReturnSession => {
    const id = r.id as number;
    return {
      laptopId: id,
      officeId: sessionMap.get(id) ?? null,
      row: { ...without(r, ['id', 'case_id', 'room_id']), accused_id: officeId(accused, r.accused_id as number, 'accused') },
      roomName: typeof r.room_id === 'number' ? selectRoomName(db, r.room_id) : null,
      examiners: selectSessionExaminerNips(db, id),
    };
  });
  const baps = selectBapRows(db, caseId).map((r): ReturnBap => {
    const id = r.id as number;
    const sessionId = r.session_id as number;
    return {
      laptopId: id,
      officeId: bapMap.get(id) ?? null,
      sessionLaptopId: sessionId,
      sessionOfficeId: sessionMap.get(sessionId) ?? null,
      row: { ...without(r, ['id', 'case_id', 'session_id']), accused_id: officeId(accused, r.accused_id as number, 'accused') },
      qa: selectBapQa(db, id),
      examinerNips: selectBapExaminerNips(db, id),
    };
  });
  return { sessions, baps };
}

/** The hash a hearing or BAP is compared by. */
export const workHash = (record: ReturnSession | ReturnBap): string => sha256Hex(canonicalJson(record));
