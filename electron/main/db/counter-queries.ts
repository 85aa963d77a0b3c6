/** The door to the yearly number registers (counters). */
import type { Db } from './connection.ts';

/**
 * Takes the next number of a yearly register (case register, each letter type).
 * Call inside the transaction that uses the number: a rollback returns it, a commit
 * consumes it for good, so numbers are gap-free and never reused.
 */
export function nextSerial(db: Db, register: string, year: number): number {
  const row = db
    .prepare(
      `INSERT INTO counters (register, year, last) VALUES (?, ?, 1)
       ON CONFLICT (register, year) DO UPDATE SET last = last + 1
       RETURNING last`,
    )
    .get(register, year) as { last: number };
  return row.last;
}

/** Peeks at the next serial of a register without taking it. */
export function peekSerial(db: Db, register: string, year: number): number {
  const r = db.prepare('SELECT last FROM counters WHERE register = ? AND year = ?').get(register, year) as { last: number } | undefined;
  return (r?.last ?? 0) + 1;
}

/** nextSerial prepared once, for bulk loads that take thousands of numbers (the demo generator). */
export function serialTaker(db: Db): (register: string, year: number) => number {
  const st = db.prepare(
    'INSERT INTO counters (register, year, last) VALUES (?, ?, 1) ON CONFLICT (register, year) DO UPDATE SET last = last + 1 RETURNING last',
  );
  return (register, year) => (st.get(register, year) as { last: number }).last;
}
