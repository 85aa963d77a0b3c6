import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo } from '../../support/migrations.ts';

/**
 * A version-19 register: one case whose summonses name a typed superior, one whose team seats
 * a superior, one with neither. Migration 20 gives each accused the superior their case had.
 */
function version19Register() {
  const db = databaseAt(19);
  const addCase = db.prepare(
    `INSERT INTO cases (register_no, register_year, register_seq, source, incident_date, status, catalogue_version, created_at, created_by, updated_at)
     VALUES (?, 2024, ?, 'bawaslu', '2024-10-20', 'summons_1', 1, 'x', 'x', 'x')`,
  );
  const addAccused = db.prepare("INSERT INTO case_accused (case_id, position, name, nip, employment_type) VALUES (?, ?, ?, ?, 'PNS')");
  const typed = Number(addCase.run('REG/0001/INSP/2024', 1).lastInsertRowid);
  addAccused.run(typed, 1, 'Budi Santoso', '198609262015051001');
  addAccused.run(typed, 2, 'Sri Wahyuni', '199001012015032001');
  const signatory = JSON.stringify({ title: 'KEPALA SMP NEGERI 1 CONTOH', prefix: '', name: 'H. MULYADI', pangkat: 'Pembina Tk. I (IV/b)', nip: '197105121995031002' });
  db.prepare("INSERT INTO letter_signers (case_id, letter_type, role, signatory, updated_at, updated_by) VALUES (?, 'summons1', 'superior', ?, 'x', 'x')").run(typed, signatory);
  const team = Number(addCase.run('REG/0002/INSP/2024', 2).lastInsertRowid);
  addAccused.run(team, 1, 'Andi Wijaya', '198703032010011004');
  const staff = db.prepare("INSERT INTO staff (nip, name, pangkat, jabatan, unit, active, created_at, updated_at) VALUES ('196805171993032003', 'Dra. Endang', 'Pembina (IV/a)', 'Kepala SD Negeri 2', 'atasan', 1, 'x', 'x')").run().lastInsertRowid;
  db.prepare("INSERT INTO case_team (case_id, staff_id, role) VALUES (?, ?, 'member')").run(team, staff);
  const none = Number(addCase.run('REG/0003/INSP/2024', 3).lastInsertRowid);
  addAccused.run(none, 1, 'Rina Kartika', '199203042019032005');
  return { db, typed, team, none };
}

describe('migration 20 (a direct superior per accused) over a version-19 register', () => {
  it('gives every accused the superior their case had (typed for the summons first, else the team\'s), clears the typed person, audits per case', () => {
    const { db, typed, team, none } = version19Register();
    migrateTo(db, 20);
    const rows = db.prepare('SELECT case_id AS caseId, name, nip, pangkat, jabatan, updated_by AS by FROM accused_superiors ORDER BY accused_id').all();
    expect(rows).toEqual([
      { caseId: typed, name: 'H. MULYADI', nip: '197105121995031002', pangkat: 'Pembina Tk. I (IV/b)', jabatan: 'KEPALA SMP NEGERI 1 CONTOH', by: 'system:migration' },
      { caseId: typed, name: 'H. MULYADI', nip: '197105121995031002', pangkat: 'Pembina Tk. I (IV/b)', jabatan: 'KEPALA SMP NEGERI 1 CONTOH', by: 'system:migration' },
      { caseId: team, name: 'Dra. Endang', nip: '196805171993032003', pangkat: 'Pembina (IV/a)', jabatan: 'Kepala SD Negeri 2', by: 'system:migration' },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM accused_superiors WHERE case_id = ?').get(none)).toEqual({ n: 0 });
    expect(db.prepare('SELECT role, signatory FROM letter_signers').all()).toEqual([{ role: 'superior', signatory: null }]);
    expect(db.prepare("SELECT entity_id AS id FROM audit_log WHERE action = 'accused.superior' ORDER BY id").all()).toEqual([{ id: String(typed) }, { id: String(team) }]);
  });
});
