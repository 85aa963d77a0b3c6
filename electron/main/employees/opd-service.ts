import type { AppContext } from '../app-context.ts';
import { mutate } from '../app-context.ts';
import { AppError, notFound } from '../errors.ts';
import type { Db } from '../db/connection.ts';
import type { Opd, OpdHead, opdCreateSchema, opdListSchema, opdUpdateSchema } from '../../../shared/employees/schemas.ts';
import type { z } from 'zod';
import { insertOpdRow, opdExists, selectOpd, selectOpdNaming, selectOpds, updateOpdRow, writeOpdHead, writeOpdKop } from './opd-queries.ts';

interface OpdValues {
  name: string;
  code: string | null;
  shortName: string | null;
  active: boolean;
  /** Absent on OPDs an import adds (their head is recorded later). */
  head?: OpdHead | null;
  /** The OPD's kop lines; absent on OPDs an import adds. */
  kop?: { address: string | null; phone: string | null; email: string | null };
}

/** How OPD names are matched: case, spacing and punctuation do not make a different OPD. */
export function opdKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[.,'"()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The head as stored from a form: null unless title and name are both given. */
function headOf(input: { headTitle?: string | undefined; headPrefix?: OpdHead['prefix'] | undefined; headName?: string | undefined; headNip?: string | undefined; headPangkat?: string | undefined }): OpdHead | null {
  if (!input.headTitle || !input.headName) return null;
  return { title: input.headTitle, prefix: input.headPrefix ?? '', name: input.headName, nip: input.headNip ?? '', pangkat: input.headPangkat ?? '' };
}

const kopOf = (input: { address?: string | undefined; phone?: string | undefined; email?: string | undefined }) => ({
  address: input.address || null,
  phone: input.phone || null,
  email: input.email || null,
});

/** The head of an OPD, or null when none is recorded (or the OPD is unknown). */
export function opdHead(db: Db, id: number | null): OpdHead | null {
  if (id === null) return null;
  return selectOpd(db, id)?.head ?? null;
}

/** An OPD's name and letterhead lines, or undefined when unknown. */
export function opdKop(db: Db, id: number): Pick<Opd, 'name' | 'address' | 'phone' | 'email'> | undefined {
  const o = selectOpd(db, id);
  return o ? { name: o.name, address: o.address, phone: o.phone, email: o.email } : undefined;
}

/** OPDs by name; inactive ones only when asked (they stay on old records). */
export function listOpds(ctx: AppContext, q: z.output<typeof opdListSchema>): Opd[] {
  return selectOpds(ctx.db, q.includeInactive);
}

/** Refuses a name or code another OPD already has (names compared by opdKey). */
function assertUnique(db: Db, v: { name: string; code: string | null }, selfId: number | null): void {
  const key = opdKey(v.name);
  for (const o of selectOpdNaming(db)) {
    if (o.id === selfId) continue;
    if (opdKey(o.name) === key) throw new AppError('CONFLICT', 'opd.nameTaken', { name: o.name }, { name: 'opd.nameTaken' });
    if (v.code && o.code && o.code.toLowerCase() === v.code.toLowerCase()) {
      throw new AppError('CONFLICT', 'opd.codeTaken', { code: o.code, name: o.name }, { code: 'opd.codeTaken' });
    }
  }
}

/** Inserts an OPD row inside the caller's transaction and returns its id and audit entry. */
export function insertOpd(db: Db, v: OpdValues, nowIso: string, reason?: string) {
  const id = insertOpdRow(db, v, nowIso);
  return { id, audit: { action: 'opd.create', entity: 'opd', entityId: id, after: v, ...(reason ? { reason } : {}) } };
}

/** Adds an OPD (audited). */
export function createOpd(ctx: AppContext, input: z.output<typeof opdCreateSchema>): Opd {
  const v: OpdValues = { name: input.name, code: input.code || null, shortName: input.shortName || null, active: true, head: headOf(input), kop: kopOf(input) };
  const id = mutate(ctx, (db) => {
    assertUnique(db, v, null);
    const { id, audit } = insertOpd(db, v, ctx.now().toISOString());
    if (v.head) writeOpdHead(db, id, v.head);
    writeOpdKop(db, id, v.kop);
    return { value: id, audit };
  });
  return selectOpd(ctx.db, id)!;
}

/** Renames, recodes or (de)activates an OPD (audited with before/after). */
export function updateOpd(ctx: AppContext, input: z.output<typeof opdUpdateSchema>): Opd {
  mutate(ctx, (db) => {
    const current = selectOpd(db, input.id);
    if (!current) throw notFound('opd.one');
    const before: OpdValues = { name: current.name, code: current.code, shortName: current.shortName, active: current.active, head: current.head, kop: { address: current.address, phone: current.phone, email: current.email } };
    const after: OpdValues = { name: input.name, code: input.code || null, shortName: input.shortName || null, active: input.active, head: headOf(input), kop: kopOf(input) };
    assertUnique(db, after, input.id);
    updateOpdRow(db, input.id, after, ctx.now().toISOString());
    writeOpdHead(db, input.id, after.head ?? null);
    writeOpdKop(db, input.id, after.kop);
    return { value: null, audit: { action: 'opd.update', entity: 'opd', entityId: input.id, before, after } };
  });
  return selectOpd(ctx.db, input.id)!;
}

/** The OPD id for an id given by a form, refusing unknown ones. */
export function requireOpd(db: Db, id: number | null | undefined): number | null {
  if (id === null || id === undefined) return null;
  if (!opdExists(db, id)) {
    throw new AppError('NOT_FOUND', 'errors.NOT_FOUND', { whatKey: 'opd.one' }, { opdId: 'opd.unknown' });
  }
  return id;
}

/** Every OPD name and short name in the list (the import recognises an OPD column by them). */
export function opdNames(db: Db): string[] {
  return selectOpdNaming(db).flatMap((r) => (r.shortName ? [r.name, r.shortName] : [r.name]));
}
