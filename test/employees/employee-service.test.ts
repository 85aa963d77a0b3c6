import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../electron/main/app-context.ts';
import { createEmployee, findEmployees, getEmployee, listEmployees, updateEmployee } from '../../electron/main/employees/employee-service.ts';
import { createOpd, listOpds, updateOpd } from '../../electron/main/employees/opd-service.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { AppError } from '../../electron/main/errors.ts';
import { employeeInputSchema, employeeUpdateSchema } from '../../shared/employees/schemas.ts';
import type { EmployeeInput, EmployeeUpdateInput } from '../../shared/employees/schemas.ts';
import { dbFingerprint, tempApp } from '../support/temp-app.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
let ctx: AppContext;
beforeEach(async () => {
  app = await tempApp();
  ctx = app.ctx;
});
afterEach(() => app.close());

const add = (e: EmployeeInput) => createEmployee(ctx, employeeInputSchema.parse(e));
const edit = (e: EmployeeUpdateInput) => updateEmployee(ctx, employeeUpdateSchema.parse(e));
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof AppError ? `${e.code}:${e.key}` : String(e);
  }
  return 'no error';
};

describe('employee registry', () => {
  it('adds an employee with the pangkat of their golongan, audited', () => {
    const opd = createOpd(ctx, { name: 'Dinas Pendidikan', code: 'DISDIK' });
    const e = add({ nip: '19860926 201505 1 001', name: 'Budi Santoso', employmentType: 'PNS', golongan: 'III/b', jabatan: 'Guru', opdId: opd.id });
    expect(e).toMatchObject({ nip: '198609262015051001', pangkat: 'Penata Muda Tingkat I', golongan: 'III/b', opdName: 'Dinas Pendidikan' });
    const audit = ctx.db.prepare("SELECT action, after_json FROM audit_log WHERE entity = 'employee' AND entity_id = ?").get(String(e.id)) as { action: string; after_json: string };
    expect(audit.action).toBe('employee.create');
    expect(JSON.parse(audit.after_json)).toMatchObject({ nip: '198609262015051001', opdId: opd.id });
  });

  it('refuses a second employee with the same NIP and an unknown OPD, writing nothing', () => {
    add({ nip: '198609262015051001', name: 'Budi', employmentType: 'PNS' });
    const before = dbFingerprint(ctx);
    expect(codeOf(() => add({ nip: '198609262015051001', name: 'Budi Lagi', employmentType: 'PNS' }))).toBe('CONFLICT:employee.nipTaken');
    expect(codeOf(() => add({ nip: '198609262015052002', name: 'Ani', employmentType: 'PNS', opdId: 99 }))).toBe('NOT_FOUND:errors.NOT_FOUND');
    expect(dbFingerprint(ctx)).toBe(before);
  });

  it('updates with before/after and reason in the history, and refuses a stale form', () => {
    const e = add({ nip: '198609262015051001', name: 'Budi', employmentType: 'PNS', jabatan: 'Guru' });
    const changed = edit({ id: e.id, nip: e.nip, name: 'Budi Santoso', employmentType: 'PNS', jabatan: 'Kepala Sekolah', reason: 'SK mutasi 2024', expectedVersion: e.version });
    expect(changed.jabatan).toBe('Kepala Sekolah');
    const history = getEmployee(ctx, e.id).history;
    expect(history.map((h) => h.action)).toEqual(['employee.create', 'employee.update']);
    expect(history[1]).toMatchObject({ actor: 'admin', reason: 'SK mutasi 2024' });
    expect(history[1]!.changes).toEqual([
      { field: 'name', before: 'Budi', after: 'Budi Santoso' },
      { field: 'jabatan', before: 'Guru', after: 'Kepala Sekolah' },
    ]);
    expect(codeOf(() => edit({ id: e.id, nip: e.nip, name: 'X', employmentType: 'PNS', expectedVersion: e.version }))).toBe('STALE:stale.changed');
  });

  it('lists by name with a total, finds by NIP fragment, name, OPD and type', () => {
    const opd = createOpd(ctx, { name: 'Dinas Kesehatan' });
    add({ nip: '198609262015051001', name: 'Budi Santoso', employmentType: 'PNS', opdId: opd.id });
    add({ nip: '198902252024211013', name: 'Siti Aminah', employmentType: 'PPPK' });
    add({ nip: 'NIK3201010101900001', name: 'Agus Honorer', employmentType: 'NON_ASN', opdId: opd.id });
    const names = (q: Parameters<typeof listEmployees>[1]) => listEmployees(ctx, q).rows.map((r) => r.name);
    expect(listEmployees(ctx, { offset: 0, limit: 2 })).toMatchObject({ total: 3, rows: [{ name: 'Agus Honorer' }, { name: 'Budi Santoso' }] });
    expect(names({ search: '2015051', offset: 0, limit: 50 })).toEqual(['Budi Santoso']);
    expect(names({ search: 'aminah', offset: 0, limit: 50 })).toEqual(['Siti Aminah']);
    expect(names({ opdId: opd.id, offset: 0, limit: 50 })).toEqual(['Agus Honorer', 'Budi Santoso']);
    expect(names({ employmentType: 'PPPK', offset: 0, limit: 50 })).toEqual(['Siti Aminah']);
    expect(names({ search: '100%_', offset: 0, limit: 50 })).toEqual([]);
  });

  it('the picker puts an exact NIP first, then NIP and name prefixes', () => {
    add({ nip: '198609262015051001', name: 'Santi Budiman', employmentType: 'PNS' });
    add({ nip: '199001012015051002', name: 'Budi Santoso', employmentType: 'PNS' });
    add({ nip: '199001012015052003', name: 'Ani Budiarti', employmentType: 'PNS' });
    expect(findEmployees(ctx, 'budi', 10).map((e) => e.name)).toEqual(['Budi Santoso', 'Ani Budiarti', 'Santi Budiman']);
    expect(findEmployees(ctx, '199001012015052003', 10).map((e) => e.name)).toEqual(['Ani Budiarti']);
    expect(findEmployees(ctx, '1990', 1)).toHaveLength(1);
  });
});

describe('OPD list', () => {
  it('adds, renames and deactivates OPDs, refusing look-alike names and taken codes', () => {
    const a = createOpd(ctx, { name: 'Dinas Pendidikan', code: 'DISDIK', shortName: 'Disdik' });
    createOpd(ctx, { name: 'Dinas Sosial', code: 'DINSOS' });
    expect(codeOf(() => createOpd(ctx, { name: 'DINAS  pendidikan' }))).toBe('CONFLICT:opd.nameTaken');
    expect(codeOf(() => createOpd(ctx, { name: 'Dinas Baru', code: 'disdik' }))).toBe('CONFLICT:opd.codeTaken');
    updateOpd(ctx, { id: a.id, name: 'Dinas Pendidikan dan Kebudayaan', code: 'DISDIKBUD', active: false });
    expect(listOpds(ctx, { includeInactive: false }).map((o) => o.name)).toEqual(['Dinas Sosial']);
    expect(listOpds(ctx, { includeInactive: true }).map((o) => [o.name, o.active])).toEqual([
      ['Dinas Pendidikan dan Kebudayaan', false],
      ['Dinas Sosial', true],
    ]);
    const audit = ctx.db.prepare("SELECT before_json, after_json FROM audit_log WHERE action = 'opd.update'").get() as { before_json: string; after_json: string };
    expect(JSON.parse(audit.before_json)).toMatchObject({ name: 'Dinas Pendidikan', active: true });
    expect(JSON.parse(audit.after_json)).toMatchObject({ name: 'Dinas Pendidikan dan Kebudayaan', active: false });
  });
});

describe('over IPC', () => {
  it('records the SIASN person id from the form; an update that leaves it out keeps it; a malformed one is refused by name', async () => {
    const e = add({ nip: '198609262015051001', name: 'Budi', employmentType: 'PNS', siasnPersonId: ' A8ACA7-0001 ' });
    expect(e.siasnPersonId).toBe('A8ACA7-0001');
    const kept = edit({ id: e.id, nip: e.nip, name: 'Budi Santoso', employmentType: 'PNS', expectedVersion: e.version });
    expect(kept.siasnPersonId).toBe('A8ACA7-0001');
    const cleared = edit({ id: e.id, nip: e.nip, name: 'Budi Santoso', employmentType: 'PNS', siasnPersonId: '', expectedVersion: kept.version });
    expect(cleared.siasnPersonId).toBeNull();
    expect(getEmployee(ctx, e.id).history.at(-1)!.changes).toEqual([{ field: 'siasnPersonId', before: 'A8ACA7-0001', after: null }]);
    const bad = await dispatch(ctx, handlers, 'employees:create', { nip: '198609262015052002', name: 'Ani', employmentType: 'PNS', siasnPersonId: '=1+1' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.fields?.siasnPersonId).toBe('ID SIASN hanya berisi huruf, angka dan tanda hubung (seperti tertulis di SIASN)');
  });

  it('validates the payload in main and names what is wrong with the NIP, in Indonesian', async () => {
    const r = await dispatch(ctx, handlers, 'employees:create', { nip: '198609262015131001', name: 'Budi', employmentType: 'PNS' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_INPUT');
      expect(r.error.fields?.nip).toBe('NIP: digit 13-14 harus bulan pengangkatan 01-12 (PNS) atau 21-29 (PPPK)');
    }
    const extra = await dispatch(ctx, handlers, 'employees:create', { nip: '198609262015051001', name: 'Budi', employmentType: 'PNS', salary: 1 });
    expect(extra.ok).toBe(false);
    const ok = await dispatch(ctx, handlers, 'employees:search', { query: 'Budi' });
    expect(ok).toEqual({ ok: true, value: [] });
  });

  it('moves a file in chunks, previews and imports it', async () => {
    const csv = 'NIP;Nama\n198609262015051001;Budi Santoso\n123;Salah\n';
    const bytes = Buffer.from(csv);
    const begin = await dispatch(ctx, handlers, 'uploads:begin', { purpose: 'import', fileName: 'p.csv', size: bytes.length });
    if (!begin.ok) throw new Error(begin.error.message);
    const { uploadId } = begin.value as { uploadId: string };
    await dispatch(ctx, handlers, 'uploads:chunk', { uploadId, offset: 0, data: bytes.subarray(0, 10) });
    const early = await dispatch(ctx, handlers, 'employees:importPreview', { uploadId });
    expect(early.ok).toBe(false);
    const wrongOrder = await dispatch(ctx, handlers, 'uploads:chunk', { uploadId, offset: 5, data: Buffer.alloc(1) });
    expect(wrongOrder.ok).toBe(false);
    await dispatch(ctx, handlers, 'uploads:chunk', { uploadId, offset: 10, data: bytes.subarray(10) });
    const preview = await dispatch(ctx, handlers, 'employees:importPreview', { uploadId });
    expect(preview).toMatchObject({ ok: true, value: { counts: { create: 1, rejected: 1 }, errors: [{ line: 3, column: 'NIP' }] } });
    const done = await dispatch(ctx, handlers, 'employees:importCommit', { uploadId, strict: false });
    expect(done).toMatchObject({ ok: true, value: { written: true, imported: 1, rejected: 1 } });
    const bad = await dispatch(ctx, handlers, 'uploads:begin', { purpose: 'import', fileName: 'x.csv', size: 60 * 1024 * 1024 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { size: 'berkas terlalu besar (maksimal 50 MB)' } } });
    // The uploaded file is gone once imported.
    expect(await dispatch(ctx, handlers, 'employees:importPreview', { uploadId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('one write path for employees (form, import, case intake)', () => {
  const row = (nip: string) =>
    ctx.db
      .prepare('SELECT nip, name, pangkat, golongan, opd_id AS opdId, position_class AS positionClass, unit_kerja AS unitKerja FROM employees WHERE nip = ?')
      .get(nip);

  it('case intake stores the golongan split from a typed pangkat and the case OPD, as the form would', async () => {
    const { createCase } = await import('../../electron/main/cases/case-service.ts');
    const { caseCreateSchema } = await import('../../shared/cases/schemas.ts');
    const { validCase } = await import('../support/temp-app.ts');
    const opd = createOpd(ctx, { name: 'Dinas Pendidikan' });
    createCase(
      ctx,
      caseCreateSchema.parse({
        ...validCase,
        opdId: opd.id,
        accused: [{ name: 'Budi Santoso', nip: '198609262015051001', employmentType: 'PNS', pangkat: 'Penata Muda Tingkat I, III/b', unitKerja: 'SDN 1' }],
      }),
    );
    add({ nip: '199001012015051002', name: 'Ani', employmentType: 'PNS', pangkat: 'Penata Muda Tingkat I, III/b', unitKerja: 'SDN 1', opdId: opd.id });
    const fromIntake = row('198609262015051001');
    const fromForm = row('199001012015051002');
    expect(fromIntake).toEqual({ nip: '198609262015051001', name: 'Budi Santoso', pangkat: 'Penata Muda Tingkat I', golongan: 'III/b', opdId: opd.id, positionClass: null, unitKerja: 'SDN 1' });
    expect(fromForm).toMatchObject({ pangkat: 'Penata Muda Tingkat I', golongan: 'III/b', opdId: opd.id });
    const audit = ctx.db.prepare("SELECT after_json FROM audit_log WHERE action = 'employee.create' AND reason = 'added at case intake'").get() as { after_json: string };
    expect(JSON.parse(audit.after_json)).toMatchObject({ golongan: 'III/b', opdId: opd.id, employmentType: 'PNS' });
  });

  it('an import update writes the same columns as the form, the NIP included, and marks its batch', async () => {
    const { runImport } = await import('../../electron/main/employees/import/import-service.ts');
    const e = add({ nip: '198609262015051001', name: 'Budi', employmentType: 'PNS', golongan: 'III/b' });
    const csv = 'NIP;Nama;Status;Golongan;Jabatan;OPD\n198609262015051001;Budi Santoso;PNS;III/c;Guru;Dinas Pendidikan\n';
    const r = await runImport(ctx, new TextEncoder().encode(csv), 'p.csv', { strict: false });
    expect(r).toMatchObject({ written: true, updated: 1 });
    const stored = ctx.db.prepare('SELECT nip, pangkat, golongan, import_batch_id AS batch FROM employees WHERE id = ?').get(e.id);
    expect(stored).toEqual({ nip: '198609262015051001', pangkat: 'Penata', golongan: 'III/c', batch: r.batchId });
  });
});
