import type { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import type { Room, Staff, StaffUnit } from '../../../shared/examination/types.ts';
import type { roomSaveSchema, staffSaveSchema } from '../../../shared/examination/schemas.ts';

interface StaffRow {
  id: number;
  nip: string;
  name: string;
  pangkat: string | null;
  jabatan: string | null;
  unit: StaffUnit;
  active: number;
}

const toStaff = (r: StaffRow): Staff => ({ ...r, active: r.active === 1 });

/** All examiners, active first, by name. */
export function listStaff(ctx: AppContext): Staff[] {
  return (ctx.db.prepare('SELECT id, nip, name, pangkat, jabatan, unit, active FROM staff ORDER BY active DESC, name').all() as StaffRow[]).map(toStaff);
}

/** Adds or edits an examiner; the NIP is unique. */
export function saveStaff(ctx: AppContext, input: z.output<typeof staffSaveSchema>): Staff {
  const clash = ctx.db.prepare('SELECT id FROM staff WHERE nip = ?').get(input.nip) as { id: number } | undefined;
  if (clash && clash.id !== input.id) throw new AppError('CONFLICT', 'staff.duplicateNip', { nip: input.nip }, { nip: 'staff.duplicateNip' });
  return mutate(ctx, (db) => {
    const now = ctx.now().toISOString();
    const row = { nip: input.nip, name: input.name, pangkat: input.pangkat || null, jabatan: input.jabatan || null, unit: input.unit, active: input.active ? 1 : 0 };
    if (input.id) {
      const before = db.prepare('SELECT nip, name, pangkat, jabatan, unit, active FROM staff WHERE id = ?').get(input.id);
      if (!before) throw notFound('staff.notFound');
      db.prepare('UPDATE staff SET nip=@nip, name=@name, pangkat=@pangkat, jabatan=@jabatan, unit=@unit, active=@active, updated_at=@now WHERE id=@id').run({ ...row, now, id: input.id });
      return { value: toStaff({ id: input.id, ...row }), audit: { action: 'staff.update', entity: 'staff', entityId: input.id, before, after: row } };
    }
    const id = Number(
      db
        .prepare('INSERT INTO staff (nip, name, pangkat, jabatan, unit, active, created_at, updated_at) VALUES (@nip, @name, @pangkat, @jabatan, @unit, @active, @now, @now)')
        .run({ ...row, now }).lastInsertRowid,
    );
    return { value: toStaff({ id, ...row }), audit: { action: 'staff.create', entity: 'staff', entityId: id, after: row } };
  });
}

/** Examination rooms, by name. */
export function listRooms(ctx: AppContext): Room[] {
  return ctx.db.prepare('SELECT id, name FROM rooms WHERE active = 1 ORDER BY name').all() as Room[];
}

/** Adds a room (names are unique). */
export function addRoom(ctx: AppContext, input: z.output<typeof roomSaveSchema>): Room {
  if (ctx.db.prepare('SELECT 1 FROM rooms WHERE name = ?').get(input.name)) throw new AppError('CONFLICT', 'room.duplicate', { name: input.name }, { name: 'room.duplicate' });
  return mutate(ctx, (db) => {
    const id = Number(db.prepare('INSERT INTO rooms (name) VALUES (?)').run(input.name).lastInsertRowid);
    return { value: { id, name: input.name }, audit: { action: 'room.create', entity: 'room', entityId: id, after: { name: input.name } } };
  });
}
