import type { Db } from './connection.ts';

/** Who wrote a setting and when (kept for the stale-edit refusal). */
export interface SettingWriter {
  at: string;
  actor: string;
}

/**
 * Inserts or replaces one row of `settings`; callers run it inside `mutate` with their audit
 * row. The row's version is counted by its trigger (migration 022): 1 when first saved.
 */
export function putSetting(db: Db, key: string, value: string, by?: SettingWriter): void {
  db.prepare(
    `INSERT INTO settings (key, value, updated_at, updated_by) VALUES (@key, @value, @at, @actor)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run({ key, value, at: by?.at ?? null, actor: by?.actor ?? null });
}

/** The stored text of one setting, or undefined when it was never saved. */
export function getSetting(db: Db, key: string): string | undefined {
  return (db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

/** A setting's version and last writer, or undefined when it was never saved (version 0). */
export function settingStamp(db: Db, key: string): { version: number; updatedAt: string | null; updatedBy: string | null } | undefined {
  return db.prepare('SELECT version, updated_at AS updatedAt, updated_by AS updatedBy FROM settings WHERE key = ?').get(key) as
    | { version: number; updatedAt: string | null; updatedBy: string | null }
    | undefined;
}

/** Creates the settings table alone (key, value): what an in-memory stand-in needs while no real database is open. */
export function createStandInSettingsTable(db: Db): void {
  db.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT');
}
