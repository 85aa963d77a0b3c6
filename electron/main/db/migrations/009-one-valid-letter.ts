import type { Migration } from './migration.ts';
import { appendAudit } from '../../audit/audit-log.ts';

const REASON = 'Terbit ganda: surat yang sama sudah terbit lebih dahulu dengan nomor ';

/**
 * One valid letter per case, type and subject: a second click or two windows issuing at
 * once gave the same summons, SK or receipt two valid numbers. The partial unique index
 * lets the database itself refuse the second one, whichever process issues it.
 *
 * A register that already holds such twins cannot take the index, so the later twins are
 * voided here, each naming the first one's number, with an audit row: the first issued is
 * the one most likely sent, and a void letter keeps its number and bytes.
 */
export const oneValidLetter: Migration = {
  version: 9,
  name: 'one-valid-letter',
  up: (db) => {
    const twins = db
      .prepare(
        `SELECT l.id, l.case_id AS caseId, l.type, l.number, f.number AS firstNumber
         FROM issued_letters l
         JOIN issued_letters f ON f.id = (
           SELECT min(x.id) FROM issued_letters x
           WHERE x.case_id = l.case_id AND x.type = l.type AND x.subject = l.subject AND x.status = 'issued')
         WHERE l.status = 'issued' AND l.id != f.id
         ORDER BY l.id`,
      )
      .all() as { id: number; caseId: number; type: string; number: string; firstNumber: string }[];
    const now = new Date();
    const at = now.toISOString();
    const voidRow = db.prepare("UPDATE issued_letters SET status = 'void', void_reason = ?, voided_by = 'system:migration', voided_at = ? WHERE id = ?");
    for (const t of twins) {
      const reason = `${REASON}${t.firstNumber}.`;
      voidRow.run(reason, at, t.id);
      const after = { status: 'void', number: t.number, duplicateOf: t.firstNumber };
      appendAudit(db, { actor: 'system:migration', action: 'letter.void', entity: 'letter', entityId: t.id, before: { status: 'issued' }, after, reason }, now);
      appendAudit(db, { actor: 'system:migration', action: 'letter.void', entity: 'case', entityId: t.caseId, after: { type: t.type, number: t.number, letterId: t.id }, reason }, now);
    }
    db.exec("CREATE UNIQUE INDEX issued_letters_one_valid ON issued_letters(case_id, type, subject) WHERE status = 'issued'");
  },
};
