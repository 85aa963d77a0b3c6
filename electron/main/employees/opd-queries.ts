/** The door to the OPD list (opds): every statement on the table. */
import type { Db } from '../db/connection.ts';

/** True when an OPD with this id exists (active or not). */
export function opdExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM opds WHERE id = ?').get(id) !== undefined;
}

/** Every OPD's id and name, by name (the intake form's choices). */
export function selectOpdChoices(db: Db): { id: number; name: string }[] {
  return db.prepare('SELECT id, name FROM opds ORDER BY name').all() as { id: number; name: string }[];
}
