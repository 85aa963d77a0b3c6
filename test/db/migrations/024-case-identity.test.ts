import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo } from '../../support/migrations.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A version-22 register with three cases (one with an accused), as Sipena 22 wrote them. */
function version22Register() {
  const db = databaseAt(22);
  const addCase = db.prepare(
    `INSERT INTO cases (register_no, register_year, register_seq, source, incident_date, status, catalogue_version, created_at, created_by, updated_at, version)
     VALUES (?, 2024, ?, 'bawaslu', '2024-10-20', 'registered', 1, 'x', 'x', 'x', ?)`,
  );
  const ids = [1, 2, 3].map((n) => Number(addCase.run(`REG/000${n}/INSP/2024`, n, n).lastInsertRowid));
  db.prepare("INSERT INTO case_accused (case_id, position, name, nip, employment_type) VALUES (?, 1, 'Budi Santoso', '198609262015051001', 'PNS')").run(ids[0]);
  return { db, ids };
}

describe('migration 24 (case identity) over a version-22 register', () => {
  it('gives every existing case its own random UUID and revision 1, keeps the form versions, and counts later changes', () => {
    const { db, ids } = version22Register();
    migrateTo(db, 24);
    const rows = db.prepare('SELECT id, case_uuid AS uuid, revision, version FROM cases ORDER BY id').all() as { id: number; uuid: string; revision: number; version: number }[];
    expect(rows.map((r) => r.revision)).toEqual([1, 1, 1]);
    expect(rows.map((r) => r.version)).toEqual([1, 2, 3]);
    for (const r of rows) expect(r.uuid).toMatch(UUID_V4);
    expect(new Set(rows.map((r) => r.uuid)).size).toBe(3);

    // UNIQUE: an identity is never held by two cases.
    expect(() => db.prepare('UPDATE cases SET case_uuid = ? WHERE id = ?').run(rows[0]!.uuid, ids[1])).toThrow();
    // A change to the case row and to a child record each count once.
    db.prepare("UPDATE cases SET chronology = 'baru' WHERE id = ?").run(ids[0]);
    db.prepare("UPDATE case_accused SET jabatan = 'Guru' WHERE case_id = ?").run(ids[0]);
    db.prepare("INSERT INTO case_violations (case_id, code) VALUES (?, 'N-FASILITAS-NEGARA')").run(ids[0]);
    db.prepare('DELETE FROM case_violations WHERE case_id = ?').run(ids[0]);
    expect(db.prepare('SELECT revision FROM cases WHERE id = ?').pluck().get(ids[0])).toBe(5);
    expect(db.prepare('SELECT revision FROM cases WHERE id = ?').pluck().get(ids[1])).toBe(1);
  });
});
