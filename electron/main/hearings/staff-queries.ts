/** The door to the examiners (staff) and examination rooms (rooms) tables. */
import type { Db } from '../db/connection.ts';
import type { Room, Staff, StaffUnit } from '../../../shared/examination/types.ts';

/** The staff row as stored; `active` is 0 or 1. */
export interface StaffColumns {
  nip: string;
  name: string;
  pangkat: string | null;
  jabatan: string | null;
  unit: StaffUnit;
  active: number;
}

const toStaff = (r: StaffColumns & { id: number }): Staff => ({ ...r, active: r.active === 1 });

/** All examiners, active first, by name. */
export function selectAllStaff(db: Db): Staff[] {
  return (db.prepare('SELECT id, nip, name, pangkat, jabatan, unit, active FROM staff ORDER BY active DESC, name').all() as (StaffColumns & { id: number })[]).map(toStaff);
}

/** One examiner's stored columns, or undefined. */
export function selectStaffColumns(db: Db, id: number): StaffColumns | undefined {
  return db.prepare('SELECT nip, name, pangkat, jabatan, unit, active FROM staff WHERE id = ?').get(id) as StaffColumns | undefined;
}

/** The id of the examiner with this NIP, if any. */
export function staffIdByNip(db: Db, nip: string): number | undefined {
  return (db.prepare('SELECT id FROM staff WHERE nip = ?').get(nip) as { id: number } | undefined)?.id;
}

/** True when the examiner exists (`activeOnly`: and is active). */
export function staffExists(db: Db, id: number, activeOnly = false): boolean {
  return db.prepare(activeOnly ? 'SELECT 1 FROM staff WHERE id = ? AND active = 1' : 'SELECT 1 FROM staff WHERE id = ?').get(id) !== undefined;
}

/** Adds an examiner; returns the id. */
export function insertStaff(db: Db, row: StaffColumns, now: string): number {
  return Number(
    db
      .prepare('INSERT INTO staff (nip, name, pangkat, jabatan, unit, active, created_at, updated_at) VALUES (@nip, @name, @pangkat, @jabatan, @unit, @active, @now, @now)')
      .run({ ...row, now }).lastInsertRowid,
  );
}

/** Rewrites an examiner. */
export function updateStaff(db: Db, id: number, row: StaffColumns, now: string): void {
  db.prepare('UPDATE staff SET nip=@nip, name=@name, pangkat=@pangkat, jabatan=@jabatan, unit=@unit, active=@active, updated_at=@now WHERE id=@id').run({ ...row, now, id });
}

/** Active examination rooms, by name. */
export function selectRooms(db: Db): Room[] {
  return db.prepare('SELECT id, name FROM rooms WHERE active = 1 ORDER BY name').all() as Room[];
}

export function roomExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM rooms WHERE id = ?').get(id) !== undefined;
}

export function roomNameTaken(db: Db, name: string): boolean {
  return db.prepare('SELECT 1 FROM rooms WHERE name = ?').get(name) !== undefined;
}

/** Adds a room; returns the id. */
export function insertRoom(db: Db, name: string): number {
  return Number(db.prepare('INSERT INTO rooms (name) VALUES (?)').run(name).lastInsertRowid);
}

/** An examiner as signatures print them, or undefined. */
export function selectStaffPerson(db: Db, id: number): { name: string; nip: string; pangkat: string | null; jabatan: string | null } | undefined {
  return db.prepare('SELECT name, nip, pangkat, jabatan FROM staff WHERE id = ?').get(id) as { name: string; nip: string; pangkat: string | null; jabatan: string | null } | undefined;
}
