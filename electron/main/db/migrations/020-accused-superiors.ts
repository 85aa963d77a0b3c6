import type { Migration } from './migration.ts';
import { appendAudit } from '../../audit/audit-log.ts';

/**
 * The direct superior (atasan langsung) belongs to each accused, not to the case: two
 * teachers of different schools have two head teachers. Each accused gets one row: the person
 * (from the employee registry or typed: name, NIP, pangkat, jabatan) and the OPD whose
 * letterhead a summons they sign carries.
 *
 * Existing cases keep the superior they had, now written to each accused: the person typed
 * for the case's summonses on the letters screen (Summons I before II) and, failing that, the
 * team member of the "Atasan langsung" unit. The typed person is then cleared from the
 * summons signer choice (its role stays), so later edits per accused take effect; one audit
 * row per case says what was moved.
 */
export const accusedSuperiors: Migration = {
  version: 20,
  name: 'accused-superiors',
  up: (db) => {
    db.exec(`
      CREATE TABLE accused_superiors (
        accused_id INTEGER PRIMARY KEY REFERENCES case_accused(id) ON DELETE CASCADE,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        employee_id INTEGER REFERENCES employees(id),
        name TEXT NOT NULL,
        nip TEXT NOT NULL,
        pangkat TEXT,
        jabatan TEXT,
        opd_id INTEGER REFERENCES opds(id),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX accused_superiors_case ON accused_superiors(case_id);
    `);
    const now = new Date();
    const at = now.toISOString();
    type Person = { name: string; nip: string; pangkat: string | null; jabatan: string | null };
    const typed = db.prepare(
      `SELECT case_id AS caseId, signatory FROM letter_signers WHERE letter_type IN ('summons1', 'summons2') AND role = 'superior' AND signatory IS NOT NULL
       ORDER BY case_id, letter_type`,
    ).all() as { caseId: number; signatory: string }[];
    const fromSigner = new Map<number, Person>();
    for (const r of typed) {
      if (fromSigner.has(r.caseId)) continue;
      const s = JSON.parse(r.signatory) as { title?: string; name?: string; nip?: string; pangkat?: string };
      if (s.name) fromSigner.set(r.caseId, { name: s.name, nip: s.nip ?? '', pangkat: s.pangkat || null, jabatan: s.title || null });
    }
    const onTeam = db.prepare(
      `SELECT s.name, s.nip, s.pangkat, s.jabatan FROM case_team t JOIN staff s ON s.id = t.staff_id
       WHERE t.case_id = ? AND s.unit = 'atasan' ORDER BY CASE t.role WHEN 'chair' THEN 0 WHEN 'member' THEN 1 ELSE 2 END, s.name LIMIT 1`,
    );
    const cases = db.prepare(`SELECT DISTINCT t.case_id AS id FROM case_team t JOIN staff s ON s.id = t.staff_id WHERE s.unit = 'atasan'`).all() as { id: number }[];
    const ids = new Set([...fromSigner.keys(), ...cases.map((c) => c.id)]);
    const accusedOf = db.prepare('SELECT id FROM case_accused WHERE case_id = ? ORDER BY position');
    const employee = db.prepare('SELECT id, opd_id AS opdId FROM employees WHERE nip = ?');
    const insert = db.prepare(
      `INSERT INTO accused_superiors (accused_id, case_id, employee_id, name, nip, pangkat, jabatan, opd_id, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'system:migration')`,
    );
    for (const caseId of [...ids].sort((a, b) => a - b)) {
      const person = fromSigner.get(caseId) ?? (onTeam.get(caseId) as Person | undefined);
      if (!person) continue;
      const emp = person.nip ? (employee.get(person.nip) as { id: number; opdId: number | null } | undefined) : undefined;
      const accused = (accusedOf.all(caseId) as { id: number }[]).map((a) => a.id);
      for (const a of accused) insert.run(a, caseId, emp?.id ?? null, person.name, person.nip, person.pangkat, person.jabatan, emp?.opdId ?? null, at);
      appendAudit(
        db,
        { actor: 'system:migration', action: 'accused.superior', entity: 'case', entityId: caseId, after: { accused, superior: person, from: fromSigner.has(caseId) ? 'letter_signers' : 'case_team' }, reason: 'Atasan langsung dicatat per terlapor' },
        now,
      );
    }
    db.exec(`UPDATE letter_signers SET signatory = NULL WHERE letter_type IN ('summons1', 'summons2') AND role = 'superior'`);
  },
};
