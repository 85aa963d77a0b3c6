import { describe, expect, it } from 'vitest';
import { databaseAt, migrateTo } from '../../support/migrations.ts';

/** A version-21 register with an employee, a setting and an adjusted deadline rule, as Sipena 21 wrote them. */
function version21Register() {
  const db = databaseAt(21);
  const employee = Number(
    db
      .prepare("INSERT INTO employees (nip, name, employment_type, created_at, updated_at) VALUES ('198609262015051001', 'Budi Santoso', 'PNS', '2024-11-01T02:00:00.000Z', '2024-11-01T02:00:00.000Z')")
      .run().lastInsertRowid,
  );
  db.prepare("INSERT INTO settings (key, value) VALUES ('case.registerTemplate', 'REG/{seq}/INSP/{year}')").run();
  db.prepare("INSERT INTO deadline_rule_settings (rule_id, value, unit, mode, updated_at, updated_by) VALUES ('skDelivery', 14, 'workdays', 'atMost', '2024-11-01T02:00:00.000Z', 'admin')").run();
  return { db, employee };
}

describe('migration 22 (record versions) over a version-21 register', () => {
  it('starts every existing record at version 1, keeps adjusted rules adjusted, and counts every later change, whoever writes it', () => {
    const { db, employee } = version21Register();
    migrateTo(db, 22);
    expect(db.prepare('SELECT version, updated_by AS by FROM employees WHERE id = ?').get(employee)).toEqual({ version: 1, by: null });
    expect(db.prepare("SELECT version FROM settings WHERE key = 'case.registerTemplate'").pluck().get()).toBe(1);
    expect(db.prepare("SELECT version, adjusted FROM deadline_rule_settings WHERE rule_id = 'skDelivery'").get()).toEqual({ version: 1, adjusted: 1 });
    // A write that knows nothing of versions (an import, an older code path) still counts.
    db.prepare("UPDATE employees SET jabatan = 'Guru' WHERE id = ?").run(employee);
    db.prepare("UPDATE employees SET jabatan = 'Kepala Sekolah' WHERE id = ?").run(employee);
    expect(db.prepare('SELECT version FROM employees WHERE id = ?').pluck().get(employee)).toBe(3);
    // A writer that sets the version itself is not counted twice.
    db.prepare('UPDATE employees SET version = version + 1 WHERE id = ?').run(employee);
    expect(db.prepare('SELECT version FROM employees WHERE id = ?').pluck().get(employee)).toBe(4);
    expect(() => db.prepare('UPDATE employees SET version = 0 WHERE id = ?').run(employee)).toThrow(/CHECK/);
  });
});
