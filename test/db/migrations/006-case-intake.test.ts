import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo } from '../../support/migrations.ts';

/** A version-5 register with three cases as Sipena 5 wrote them: the rows migration 6 must carry over. */
function version5Register() {
  const db = databaseAt(5);
  const addCase = db.prepare(
    `INSERT INTO cases (register_no, register_year, register_seq, source, incident_date, incident_place, chronology, status, catalogue_version, created_at, created_by, updated_at)
     VALUES (?, 2024, ?, 'bawaslu', '2024-10-20', ?, ?, 'registered', 1, '2024-11-01T02:00:00.000Z', 'budi', '2024-11-01T02:00:00.000Z')`,
  );
  const addAccused = db.prepare('INSERT INTO case_accused (case_id, position, name, nip, employment_type) VALUES (?, ?, ?, ?, ?)');
  const mixed = Number(addCase.run('REG/0001/INSP/2024', 1, 'Balai Desa Sukamaju', 'Membagikan selebaran pasangan calon.').lastInsertRowid);
  addAccused.run(mixed, 1, 'Budi Santoso', '198609262015051001', 'PNS');
  addAccused.run(mixed, 2, 'Siti Aminah', '199001012019032002', 'PPPK');
  addAccused.run(mixed, 3, 'Rina Kartika', '199203042019032005', 'PPPK');
  const honorary = Number(addCase.run('REG/0002/INSP/2024', 2, 'Pasar Baru', 'Memasang alat peraga kampanye.').lastInsertRowid);
  addAccused.run(honorary, 1, 'Andi Wijaya', '3201010101900001', 'NON_ASN');
  const noAccused = Number(addCase.run('REG/0003/INSP/2024', 3, null, null).lastInsertRowid);
  return { db, mixed, honorary, noAccused };
}

describe('migration 6 (case intake) over a version-5 register', () => {
  it('derives each case\'s employment-type bits from its accused (PNS 1, PPPK 2, non-ASN 4; none 0)', () => {
    const { db, mixed, honorary, noAccused } = version5Register();
    migrateTo(db, 6);
    const types = (id: number) => (db.prepare('SELECT accused_types AS t FROM cases WHERE id = ?').get(id) as { t: number }).t;
    expect([types(mixed), types(honorary), types(noAccused)]).toEqual([1 | 2, 4, 0]);
  });

  it('indexes the existing cases for search by word (names, place) and by NIP or register-number fragment', () => {
    const { db, mixed, honorary, noAccused } = version5Register();
    migrateTo(db, 6);
    const byWord = (q: string) => (db.prepare('SELECT rowid AS id FROM case_fts WHERE case_fts MATCH ? ORDER BY rowid').all(q) as { id: number }[]).map((r) => r.id);
    const byFragment = (q: string) => (db.prepare('SELECT rowid AS id FROM case_ids_fts WHERE case_ids_fts MATCH ? ORDER BY rowid').all(`"${q}"`) as { id: number }[]).map((r) => r.id);
    expect(byWord('aminah')).toEqual([mixed]);
    expect(byWord('pasar')).toEqual([honorary]);
    expect(byFragment('2019032')).toEqual([mixed]);
    expect(byFragment('0003/INSP')).toEqual([noAccused]);
    expect((db.prepare('SELECT count(*) AS n FROM case_fts').get() as { n: number }).n).toBe(3);
  });
});
