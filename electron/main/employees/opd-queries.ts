/** The door to the OPD list (opds): every statement on the table. */
import type { Db } from '../db/connection.ts';
import type { Opd, OpdHead } from '../../../shared/employees/schemas.ts';

/** True when an OPD with this id exists (active or not). */
export function opdExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM opds WHERE id = ?').get(id) !== undefined;
}

/** Every OPD's id and name, by name (the intake form's choices). */
export function selectOpdChoices(db: Db): { id: number; name: string }[] {
  return db.prepare('SELECT id, name FROM opds ORDER BY name').all() as { id: number; name: string }[];
}

const SELECT_OPD = `
  SELECT o.id, o.name, o.code, o.short_name AS shortName, o.active,
         (SELECT count(*) FROM employees e WHERE e.opd_id = o.id) AS employeeCount,
         o.head_title AS headTitle, o.head_prefix AS headPrefix, o.head_name AS headName, o.head_nip AS headNip, o.head_pangkat AS headPangkat,
         o.address, o.phone, o.email
  FROM opds o`;

interface OpdRow extends Omit<Opd, 'active' | 'head'> {
  active: number;
  headTitle: string | null;
  headPrefix: OpdHead['prefix'];
  headName: string | null;
  headNip: string | null;
  headPangkat: string | null;
}

function toOpd(row: OpdRow): Opd {
  const { headTitle, headPrefix, headName, headNip, headPangkat, ...rest } = row;
  const head = headTitle && headName ? { title: headTitle, prefix: headPrefix, name: headName, nip: headNip ?? '', pangkat: headPangkat ?? '' } : null;
  return { ...rest, active: row.active === 1, head };
}

/** OPDs by name (case-insensitive); inactive ones only when asked. */
export function selectOpds(db: Db, includeInactive: boolean): Opd[] {
  return (db.prepare(`${SELECT_OPD} ${includeInactive ? '' : 'WHERE o.active = 1'} ORDER BY o.name COLLATE NOCASE`).all() as OpdRow[]).map(toOpd);
}

/** One OPD with its head, kop lines and employee count, or undefined. */
export function selectOpd(db: Db, id: number): Opd | undefined {
  const row = db.prepare(`${SELECT_OPD} WHERE o.id = ?`).get(id) as OpdRow | undefined;
  return row ? toOpd(row) : undefined;
}

/** Every OPD's id, name, code and short name, oldest first (for matching names and codes). */
export function selectOpdNaming(db: Db): { id: number; name: string; code: string | null; shortName: string | null }[] {
  return db.prepare('SELECT id, name, code, short_name AS shortName FROM opds ORDER BY id').all() as { id: number; name: string; code: string | null; shortName: string | null }[];
}

/** Adds an OPD row; returns its id. */
export function insertOpdRow(db: Db, v: { name: string; code: string | null; shortName: string | null; active: boolean }, nowIso: string): number {
  return Number(
    db
      .prepare('INSERT INTO opds (name, code, short_name, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(v.name, v.code, v.shortName, v.active ? 1 : 0, nowIso, nowIso).lastInsertRowid,
  );
}

/** Renames, recodes or (de)activates an OPD. */
export function updateOpdRow(db: Db, id: number, v: { name: string; code: string | null; shortName: string | null; active: boolean }, nowIso: string): void {
  db.prepare('UPDATE opds SET name = ?, code = ?, short_name = ?, active = ?, updated_at = ? WHERE id = ?').run(v.name, v.code, v.shortName, v.active ? 1 : 0, nowIso, id);
}

/** Writes (or clears, with null) the OPD's head. */
export function writeOpdHead(db: Db, id: number, head: OpdHead | null): void {
  db.prepare('UPDATE opds SET head_title = ?, head_prefix = ?, head_name = ?, head_nip = ?, head_pangkat = ? WHERE id = ?').run(
    head?.title ?? null,
    head?.prefix ?? '',
    head?.name ?? null,
    head?.nip || null,
    head?.pangkat || null,
    id,
  );
}

/** Writes the OPD's kop lines (absent: all cleared). */
export function writeOpdKop(db: Db, id: number, kop: { address: string | null; phone: string | null; email: string | null } | undefined): void {
  db.prepare('UPDATE opds SET address = ?, phone = ?, email = ? WHERE id = ?').run(kop?.address ?? null, kop?.phone ?? null, kop?.email ?? null, id);
}

/** The id of the OPD with this name, added (name only) when missing. */
export function ensureOpdNamed(db: Db, name: string): number {
  return (db.prepare('INSERT INTO opds (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id').get(name) as { id: number }).id;
}
