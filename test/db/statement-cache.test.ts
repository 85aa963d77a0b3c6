/**
 * cachedStatement: one prepared statement per connection and SQL text, so a query run once
 * per case of a long job compiles once instead of leaving a program per case in native memory.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachedStatement } from '../../electron/main/db/connection.ts';

const open: Database.Database[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));
function memoryDb(): Database.Database {
  const db = new Database(':memory:');
  open.push(db);
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
  return db;
}

describe('cachedStatement', () => {
  it('prepares a SQL text once per connection and hands back the same statement after', () => {
    const a = memoryDb();
    const b = memoryDb();
    const spy = vi.spyOn(a, 'prepare');
    const insert = cachedStatement(a, 'INSERT INTO t (v) VALUES (?)');
    for (let i = 0; i < 50; i++) cachedStatement(a, 'INSERT INTO t (v) VALUES (?)').run(`v${i}`);
    expect(cachedStatement(a, 'INSERT INTO t (v) VALUES (?)')).toBe(insert);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(cachedStatement(a, 'SELECT count(*) AS n FROM t').get()).toEqual({ n: 50 });
    expect(spy).toHaveBeenCalledTimes(2);
    // Another connection gets its own statement, running on its own database.
    const other = cachedStatement(b, 'INSERT INTO t (v) VALUES (?)');
    expect(other).not.toBe(insert);
    other.run('x');
    expect(cachedStatement(b, 'SELECT count(*) AS n FROM t').get()).toEqual({ n: 1 });
  });
});
