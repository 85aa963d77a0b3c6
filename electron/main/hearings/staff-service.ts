import type { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import type { Room, Staff } from '../../../shared/examination/types.ts';
import type { roomSaveSchema, staffSaveSchema } from '../../../shared/examination/schemas.ts';
import { insertRoom, insertStaff, roomNameTaken, selectAllStaff, selectRooms, selectStaffColumns, staffIdByNip, updateStaff } from './staff-queries.ts';
import type { StaffColumns } from './staff-queries.ts';

/** All examiners, active first, by name. */
export function listStaff(ctx: AppContext): Staff[] {
  return selectAllStaff(ctx.db);
}

/** Adds or edits an examiner; the NIP is unique. */
export function saveStaff(ctx: AppContext, input: z.output<typeof staffSaveSchema>): Staff {
  const clash = staffIdByNip(ctx.db, input.nip);
  if (clash !== undefined && clash !== input.id) throw new AppError('CONFLICT', 'staff.duplicateNip', { nip: input.nip }, { nip: 'staff.duplicateNip' });
  return mutate(ctx, (db) => {
    const now = ctx.now().toISOString();
    const row: StaffColumns = { nip: input.nip, name: input.name, pangkat: input.pangkat || null, jabatan: input.jabatan || null, unit: input.unit, active: input.active ? 1 : 0 };
    const toStaff = (id: number): Staff => ({ id, ...row, active: row.active === 1 });
    if (input.id) {
      const before = selectStaffColumns(db, input.id);
      if (!before) throw notFound('staff.notFound');
      updateStaff(db, input.id, row, now);
      return { value: toStaff(input.id), audit: { action: 'staff.update', entity: 'staff', entityId: input.id, before, after: row } };
    }
    const id = insertStaff(db, row, now);
    return { value: toStaff(id), audit: { action: 'staff.create', entity: 'staff', entityId: id, after: row } };
  });
}

/** Examination rooms, by name. */
export function listRooms(ctx: AppContext): Room[] {
  return selectRooms(ctx.db);
}

/** Adds a room (names are unique). */
export function addRoom(ctx: AppContext, input: z.output<typeof roomSaveSchema>): Room {
  if (roomNameTaken(ctx.db, input.name)) throw new AppError('CONFLICT', 'room.duplicate', { name: input.name }, { name: 'room.duplicate' });
  return mutate(ctx, (db) => {
    const id = insertRoom(db, input.name);
    return { value: { id, name: input.name }, audit: { action: 'room.create', entity: 'room', entityId: id, after: { name: input.name } } };
  });
}
