import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { DB_FILE_NAME, DatabaseDamagedError, DatabaseTooNewError, openCaseDatabase } from '../../electron/main/db/open.ts';
import { openAppDatabase } from '../../electron/main/backup/open-app-database.ts';
import { migrations } from '../../electron/main/db/migrations/index.ts';
import { tempDir } from '../support/temp-app.ts';

/** The schema version the shipped migrations reach (grows as features add migrations). */
const LATEST = Math.max(...migrations.map((m) => m.version));

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function dir() {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('openCaseDatabase', () => {
  it('creates a database with WAL, synchronous=FULL, foreign keys, busy timeout, at the latest schema', async () => {
    const d = dir();
    const { db } = await openCaseDatabase(d);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('user_version', { simple: true })).toBe(Math.max(...migrations.map((m) => m.version)));
    db.close();
  });

  it('refuses a database from a newer version and leaves the file byte-identical', async () => {
    const d = dir();
    const file = join(d, DB_FILE_NAME);
    const raw = new Database(file);
    raw.pragma('user_version = 999');
    raw.exec('CREATE TABLE future (x)');
    raw.close();
    const before = sha(file);
    await expect(openCaseDatabase(d)).rejects.toBeInstanceOf(DatabaseTooNewError);
    await expect(openCaseDatabase(d)).rejects.toThrow(/newer than this Sipena supports/);
    expect(sha(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a file that is not a database without overwriting it', async () => {
    const d = dir();
    const file = join(d, DB_FILE_NAME);
    writeFileSync(file, 'this is not sqlite at all, just some text that someone saved here');
    const before = sha(file);
    await expect(openCaseDatabase(d)).rejects.toBeInstanceOf(DatabaseDamagedError);
    expect(sha(file)).toBe(before);
  });

  it('takes a verified backup before migrating an older database, and migrates in a transaction', async () => {
    const d = dir();
    const first = await openAppDatabase(d, () => new Date('2024-01-01T00:00:00Z'), migrations);
    first.db.prepare("INSERT INTO settings (key, value) VALUES ('marker', 'kept')").run();
    first.db.close();
    const next = [...migrations, { version: 99, name: 'add-x', up: (db: Database.Database) => db.exec('CREATE TABLE x (id INTEGER PRIMARY KEY)') }];
    const { db, migratedFrom } = await openAppDatabase(d, () => new Date('2024-02-01T00:00:00Z'), next);
    expect(migratedFrom).toBe(LATEST);
    expect(db.pragma('user_version', { simple: true })).toBe(99);
    db.close();
    // One database copy (its manifest sits beside it).
    const backups = readdirSync(join(d, 'backups')).filter((n) => n.endsWith('.sqlite3'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^sipena-pre-migration-\d{8}T\d{9}Z\.sqlite3$/);
    const copy = new Database(join(d, 'backups', backups[0]!), { readonly: true });
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'marker'").get()).toEqual({ value: 'kept' });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST);
    copy.close();
  });

  it('rolls a failing migration back entirely and keeps the old version', async () => {
    const d = dir();
    (await openCaseDatabase(d)).db.close();
    const broken = [...migrations, { version: 50, name: 'broken', up: (db: Database.Database) => { db.exec('CREATE TABLE half (id)'); throw new Error('boom'); } }];
    await expect(openCaseDatabase(d, undefined, broken)).rejects.toThrow('boom');
    const { db } = await openCaseDatabase(d);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a 0-byte database file as damaged and leaves it as it is (no empty register is created over it)', async () => {
    const d = dir();
    const file = join(d, DB_FILE_NAME);
    writeFileSync(file, '');
    await expect(openCaseDatabase(d)).rejects.toThrow(DatabaseDamagedError);
    await expect(openCaseDatabase(d)).rejects.toThrow(/empty \(0 bytes\)/);
    expect(statSync(file).size).toBe(0);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses an SQLite file without the Sipena schema (version 0)', async () => {
    const d = dir();
    const file = join(d, DB_FILE_NAME);
    const raw = new Database(file);
    raw.exec('CREATE TABLE other (x)');
    raw.close();
    const before = sha(file);
    await expect(openCaseDatabase(d)).rejects.toThrow(/no Sipena schema/);
    expect(sha(file)).toBe(before);
  });

  it('treats a missing database beside existing backups as a loss, not a first launch', async () => {
    const d = dir();
    mkdirSync(join(d, 'backups'));
    writeFileSync(join(d, 'backups', 'sipena-daily-20241104T030000000Z.sqlite3'), 'x');
    await expect(openCaseDatabase(d)).rejects.toThrow(/missing but the data folder has backups/);
    expect(existsSync(join(d, DB_FILE_NAME))).toBe(false);
  });

  it('creates a new register under a temporary name and leaves no temporary file behind', async () => {
    const d = dir();
    const { db, migratedFrom } = await openCaseDatabase(d);
    expect(migratedFrom).toBe(0);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
    db.close();
    expect(readdirSync(d).filter((n) => n.includes('creating'))).toEqual([]);
  });
});
