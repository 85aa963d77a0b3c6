import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase, getCase, listCases, updateCase } from '../../electron/main/cases/case-service.ts';
import { setRegisterTemplate } from '../../electron/main/cases/register-settings.ts';
import { caseCreateSchema, caseListSchema, caseUpdateSchema } from '../../shared/cases/schemas.ts';
import type { CaseListQuery } from '../../shared/cases/schemas.ts';
import { verifyAuditChain } from '../../electron/main/audit/audit-log.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { addTestUser, dbFingerprint, tempApp, validCase } from '../support/temp-app.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
beforeEach(async () => {
  app = await tempApp();
});
afterEach(() => app.close());
const create = (input: unknown) => createCase(app.ctx, caseCreateSchema.parse(input));
const list = (q: Partial<CaseListQuery> = {}) => listCases(app.ctx, caseListSchema.parse(q));
const SRI = { name: 'Sri Wahyuni', nip: '198902252024211013', employmentType: 'PPPK' as const };
const SUGI = { name: 'Súgiharto Wibowo', nip: '197501012000031002', employmentType: 'PNS' as const };

function opd(name: string): number {
  return Number(app.ctx.db.prepare('INSERT INTO opds (name) VALUES (?)').run(name).lastInsertRowid);
}

describe('case model', () => {
  it('refuses an incident date after today (office day) on intake and on edit, naming the field', async () => {
    const before = dbFingerprint(app.ctx);
    // The clock is 4 November 2024, 10:00 WIB.
    expect(await dispatch(app.ctx, handlers, 'cases:create', { ...validCase, incidentDate: '2024-11-05' })).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'Tanggal kejadian 5 November 2024 belum terjadi (hari ini 4 November 2024); periksa tanggalnya.',
        fields: { incidentDate: 'tanggal kejadian tidak boleh sesudah hari ini' },
      },
    });
    expect(dbFingerprint(app.ctx)).toBe(before);
    const { id } = create({ ...validCase, incidentDate: '2024-11-04' });
    const c = getCase(app.ctx, id);
    try {
      updateCase(app.ctx, caseUpdateSchema.parse({ ...validCase, id, incidentDate: '2042-10-20', expectedVersion: c.version, reason: 'salah ketik' }));
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'INVALID_INPUT', fields: { incidentDate: 'case.incidentFutureShort' } });
    }
  });

  it('stores source details, the confidential reporter, incident time and OPD', () => {
    const opdId = opd('Dinas Pendidikan');
    const { id } = create({
      ...validCase,
      sourceKind: 'recommendation',
      sourceDate: '2024-10-25',
      reporter: { anonymous: false, name: 'Warga Pelapor', contact: '0812-0000-1111' },
      incidentTime: '14:30',
      opdId,
    });
    const c = getCase(app.ctx, id);
    expect(c).toMatchObject({ sourceKind: 'recommendation', sourceDate: '2024-10-25', incidentTime: '14:30', opdId, opdName: 'Dinas Pendidikan' });
    expect(c.reporter).toEqual({ anonymous: false, name: 'Warga Pelapor', contact: '0812-0000-1111' });
  });

  it('an anonymous reporter keeps no name or contact; a named public complaint needs the name', () => {
    const { id } = create({ ...validCase, source: 'public_complaint', reporter: { anonymous: true, name: 'ignored', contact: 'x' } });
    expect(getCase(app.ctx, id).reporter).toEqual({ anonymous: true, name: null, contact: null });
    const r = caseCreateSchema.safeParse({ ...validCase, source: 'public_complaint', reporter: { anonymous: false } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['reporter', 'name'], message: 'case.reporterNameRequired' });
  });

  it('judges a case under the catalogue in force on the incident date (PP 53/2010 with the ethics list before 31 Aug 2021)', () => {
    const old = { ...validCase, incidentDate: '2019-04-17', violationCodes: ['L53-PILKADA-FASILITAS', 'E-PROFIL-MEDSOS'] };
    const { id } = create(old);
    const c = getCase(app.ctx, id);
    expect(c.catalogueVersion).toBe('PP53-2010/2024.1');
    expect(c.violations.map((v) => [v.code, v.legalBasis.slice(0, 10)])).toEqual([
      ['E-PROFIL-MEDSOS', 'PP 42/2004'],
      ['L53-PILKADA-FASILITAS', 'PP 53/2010'],
    ]);
    // The last day under PP 53/2010 and the first under PP 94/2021.
    expect(getCase(app.ctx, create({ ...old, accused: [SRI], incidentDate: '2021-08-30' }).id).catalogueVersion).toBe('PP53-2010/2024.1');
    expect(getCase(app.ctx, create({ ...validCase, incidentDate: '2021-08-31' }).id).catalogueVersion).toMatch(/^PP94-2021/);
    // Naming the right catalogue is fine too.
    expect(getCase(app.ctx, create({ ...old, accused: [SUGI], catalogueVersion: 'PP53-2010/2024.1' }).id).catalogueVersion).toBe('PP53-2010/2024.1');
  });

  it('refuses a catalogue or violation codes that do not fit the incident date, writing nothing', () => {
    const before = dbFingerprint(app.ctx);
    expect(() => create({ ...validCase, violationCodes: ['L53-PILKADA-FASILITAS'] })).toThrow(/violationOtherCatalogue/);
    expect(() => create({ ...validCase, incidentDate: '2019-04-17' })).toThrow(/violationOtherCatalogue/);
    expect(() => create({ ...validCase, catalogueVersion: 'PP53-2010/2024.1', violationCodes: ['L53-PILKADA-FASILITAS'] })).toThrow(/catalogueNotInForce/);
    expect(() => create({ ...validCase, incidentDate: '2019-04-17', catalogueVersion: 'PP94-2021/2024.1' })).toThrow(/catalogueNotInForce/);
    expect(() => create({ ...validCase, incidentDate: '2005-01-01' })).toThrow(/noCatalogueForDate/);
    expect(() => create({ ...validCase, violationCodes: ['X-TIDAK-ADA'] })).toThrow(/unknownViolation/);
    expect(() => create({ ...validCase, catalogueVersion: 'PP00-1999' })).toThrow(/unknownCatalogue/);
    expect(dbFingerprint(app.ctx)).toBe(before);
  });

  it('explains a catalogue mismatch in Indonesian over IPC, on the right field', async () => {
    const r = await dispatch(app.ctx, handlers, 'cases:create', { ...validCase, incidentDate: '2019-04-17' });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'Jenis pelanggaran "N-FASILITAS-NEGARA" berasal dari PP 94/2021, sedangkan kejadian tanggal 17 April 2019 diperiksa menurut PP 53/2010. Pilih ulang jenis pelanggarannya.',
        fields: { violationCodes: expect.stringContaining('PP 53/2010') },
      },
    });
  });

  it('takes the register template from the office settings; numbers continue and are never reused', () => {
    expect(create(validCase).registerNo).toBe('REG/0001/INSP/2024');
    expect(() => setRegisterTemplate(app.ctx, '700/{seq}/INSP', 0)).toThrow(/templatePlaceholders/);
    setRegisterTemplate(app.ctx, '700/{seq}/INSP-NET/{year}', 0);
    expect(create({ ...validCase, accused: [SRI] }).registerNo).toBe('700/0002/INSP-NET/2024');
  });

  it('links an accused picked from the registry and refuses an id that does not match the NIP', () => {
    const empId = Number(
      app.ctx.db
        .prepare("INSERT INTO employees (nip, name, employment_type, created_at, updated_at) VALUES (?, ?, 'PPPK', 'x', 'x')")
        .run(SRI.nip, SRI.name).lastInsertRowid,
    );
    const { id } = create({ ...validCase, accused: [{ ...SRI, employeeId: empId }, validCase.accused[0]] });
    expect(getCase(app.ctx, id).accused.map((a) => a.employeeId)).toEqual([empId, expect.any(Number)]);
    const before = dbFingerprint(app.ctx);
    expect(() => create({ ...validCase, accused: [{ ...validCase.accused[0], employeeId: empId }] })).toThrow(/employeeMismatch/);
    expect(dbFingerprint(app.ctx)).toBe(before);
  });
});

describe('duplicate warning', () => {
  it('refuses a second case for the same NIP and violation within 30 days until acknowledged, and says so in the audit', () => {
    const first = create(validCase);
    const before = dbFingerprint(app.ctx);
    expect(() => create({ ...validCase, incidentDate: '2024-10-28' })).toThrow(/duplicateWarning/);
    expect(dbFingerprint(app.ctx)).toBe(before);
    const second = create({ ...validCase, incidentDate: '2024-10-28', acknowledgeDuplicates: true });
    expect(getCase(app.ctx, second.id).history[0]!.reason).toContain(first.registerNo);
    // Another violation, or another person: no warning.
    expect(() => create({ ...validCase, violationCodes: ['N-DUKUNGAN-KTP'] })).not.toThrow();
    expect(() => create({ ...validCase, accused: [SRI] })).not.toThrow();
  });

  it('reports the duplicates over IPC so the form can show them', async () => {
    create(validCase);
    const r = await dispatch(app.ctx, handlers, 'cases:duplicates', { nips: ['19860926 201505 1 001'], violationCodes: ['N-FASILITAS-NEGARA'], incidentDate: '2024-11-01' });
    expect(r).toMatchObject({ ok: true, value: [{ registerNo: 'REG/0001/INSP/2024', nip: '198609262015051001', code: 'N-FASILITAS-NEGARA' }] });
  });
});

describe('find: filters, sort, paging and full-text search', () => {
  it('searches names ignoring case and diacritics, NIP fragments, register numbers, place and chronology words', () => {
    create({ ...validCase, accused: [SUGI], incidentPlace: 'Pasar Kecamatan Cibeureum' });
    create({ ...validCase, accused: [SRI], chronology: 'Unggahan dukungan di média sosial' });
    const names = (search: string) => list({ search }).rows.map((r) => r.accusedNames);
    expect(names('sugiharto')).toEqual(['Súgiharto Wibowo']);
    expect(names('SÚGIHARTO')).toEqual(['Súgiharto Wibowo']);
    expect(names('sugi')).toEqual(['Súgiharto Wibowo']);
    expect(names('media sosial')).toEqual(['Sri Wahyuni']);
    expect(names('cibeureum')).toEqual(['Súgiharto Wibowo']);
    expect(names('2024211')).toEqual(['Sri Wahyuni']);
    expect(names('19890225 2024')).toEqual(['Sri Wahyuni']);
    expect(names('REG/0002')).toEqual(['Sri Wahyuni']);
    expect(names('"* OR NEAR(')).toEqual([]);
  });

  it('filters by status, OPD, violation, source, employment type and date range, sorts and pages with a total', () => {
    const a = opd('Dinas Kesehatan');
    const b = opd('Dinas Pendidikan');
    create({ ...validCase, opdId: a, incidentDate: '2024-10-01' });
    create({ ...validCase, accused: [SRI], opdId: b, source: 'media', incidentDate: '2024-10-15', violationCodes: ['N-MEDSOS-DUKUNGAN'] });
    create({ ...validCase, accused: [SUGI], opdId: b, incidentDate: '2024-09-20', violationCodes: ['N-MEDSOS-DUKUNGAN', 'N-DUKUNGAN-KTP'] });
    expect(list({ opdId: b }).total).toBe(2);
    expect(list({ violationCode: 'N-MEDSOS-DUKUNGAN' }).total).toBe(2);
    expect(list({ source: 'media' }).rows.map((r) => r.accusedNames)).toEqual(['Sri Wahyuni']);
    expect(list({ employmentType: 'PPPK' }).total).toBe(1);
    expect(list({ status: 'registered' }).total).toBe(3);
    expect(list({ status: 'closed' }).total).toBe(0);
    expect(list({ dateFrom: '2024-09-30', dateTo: '2024-10-10' }).rows.map((r) => r.incidentDate)).toEqual(['2024-10-01']);
    expect(list({ sort: 'incident_asc' }).rows.map((r) => r.incidentDate)).toEqual(['2024-09-20', '2024-10-01', '2024-10-15']);
    expect(list({ sort: 'register_asc' }).rows.map((r) => r.registerNo)).toEqual(['REG/0001/INSP/2024', 'REG/0002/INSP/2024', 'REG/0003/INSP/2024']);
    const page = list({ sort: 'register_asc', limit: 2, offset: 2 });
    expect(page).toMatchObject({ total: 3, rows: [{ registerNo: 'REG/0003/INSP/2024', opdName: 'Dinas Pendidikan' }] });
    expect(list({ opdId: b, employmentType: 'PNS', search: 'wibowo' }).total).toBe(1);
  });

  it('refuses unknown sort options and extra filter keys at the IPC boundary', async () => {
    expect(await dispatch(app.ctx, handlers, 'cases:list', { sort: 'id; DROP TABLE cases' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await dispatch(app.ctx, handlers, 'cases:list', { orderBy: 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('edit', () => {
  const update = (input: unknown) => updateCase(app.ctx, caseUpdateSchema.parse(input));
  const editable = (id: number, patch: Record<string, unknown>) => {
    const { registerNo: _r, ...fields } = { ...validCase, registerNo: '' };
    return { ...fields, id, reason: 'Koreksi data dari berita acara', expectedVersion: getCase(app.ctx, id).version, ...patch };
  };

  it('writes only changed fields with before -> after and the reason into the timeline, and re-indexes search', () => {
    const { id } = create(validCase);
    const r = update(editable(id, { incidentPlace: 'Aula Kantor Camat', accused: [{ ...validCase.accused[0], name: 'Budi Santosa' }, SRI] }));
    expect(r.changed.sort()).toEqual(['accused', 'incident_place']);
    const c = getCase(app.ctx, id);
    expect(c.incidentPlace).toBe('Aula Kantor Camat');
    expect(c.accused.map((a) => a.name)).toEqual(['Budi Santosa', 'Sri Wahyuni']);
    const h = c.history.at(-1)!;
    expect(h).toMatchObject({ action: 'case.update', reason: 'Koreksi data dari berita acara', actor: 'admin' });
    expect(h.changes).toContainEqual({ field: 'incident_place', before: 'Balai Desa Sukamaju', after: 'Aula Kantor Camat' });
    expect(list({ search: 'aula camat' }).total).toBe(1);
    expect(list({ search: 'sukamaju' }).total).toBe(0);
    expect(list({ search: '2024211013' }).total).toBe(1);
    expect(verifyAuditChain(app.ctx.db).ok).toBe(true);
  });

  it('keeps accused row ids stable (hearings and letters point to them)', () => {
    const { id } = create(validCase);
    const before = getCase(app.ctx, id).accused[0]!.id;
    update(editable(id, { accused: [SRI, { ...validCase.accused[0], jabatan: 'Kepala Bidang' }] }));
    const after = getCase(app.ctx, id).accused.find((a) => a.nip === validCase.accused[0]!.nip)!;
    expect(after).toMatchObject({ id: before, jabatan: 'Kepala Bidang' });
  });

  it('needs a reason, refuses no-op and stale edits, and writes nothing then', () => {
    const { id } = create(validCase);
    expect(caseUpdateSchema.safeParse(editable(id, { reason: '' })).success).toBe(false);
    const before = dbFingerprint(app.ctx);
    expect(() => update(editable(id, {}))).toThrow(/noChange/);
    expect(() => update(editable(id, { chronology: 'baru', expectedVersion: 7 }))).toThrow(/STALE: stale\.changed/);
    expect(dbFingerprint(app.ctx)).toBe(before);
  });

  it('requires the version the form was loaded with, in the schema and at the IPC boundary', async () => {
    const { id } = create(validCase);
    const { expectedVersion: _e, ...withoutStamp } = editable(id, { chronology: 'baru' });
    const parsed = caseUpdateSchema.safeParse(withoutStamp);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['expectedVersion'], message: 'validation.required' });
    expect(caseUpdateSchema.safeParse(editable(id, { expectedVersion: 0 })).success).toBe(false);
    expect(caseUpdateSchema.safeParse(editable(id, { expectedVersion: '1' })).success).toBe(false);
    const before = dbFingerprint(app.ctx);
    expect(await dispatch(app.ctx, handlers, 'cases:update', withoutStamp)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(dbFingerprint(app.ctx)).toBe(before);
  });

  it('refuses the second of two edits made from forms loaded at the same time', async () => {
    app.close();
    let tick = Date.parse('2024-11-04T03:00:00Z');
    app = await tempApp(undefined, { clock: () => new Date((tick += 1000)) });
    const { id } = create(validCase);
    const formA = editable(id, { incidentPlace: 'Aula Kantor Camat' });
    const formB = editable(id, { chronology: 'Versi lain dari kronologi.' });
    update(formA);
    const before = dbFingerprint(app.ctx);
    expect(() => update(formB)).toThrow(/STALE: stale\.changed/);
    expect(dbFingerprint(app.ctx)).toBe(before);
    expect(getCase(app.ctx, id).chronology).toBe(validCase.chronology);
  });

  it('keeps the stored catalogue when the field is empty, and refuses a date the stored catalogue does not cover', () => {
    const { id } = create({ ...validCase, incidentDate: '2019-04-17', violationCodes: ['L53-PILKADA-FASILITAS'] });
    const old = { incidentDate: '2019-04-17', violationCodes: ['L53-PILKADA-FASILITAS'] };
    update(editable(id, { ...old, catalogueVersion: '', incidentPlace: 'Aula Kantor Camat' }));
    expect(getCase(app.ctx, id)).toMatchObject({ catalogueVersion: 'PP53-2010/2024.1', incidentPlace: 'Aula Kantor Camat' });
    const before = dbFingerprint(app.ctx);
    expect(() => update(editable(id, { ...old, incidentDate: '2024-10-20' }))).toThrow(/catalogueNotInForce/);
    expect(dbFingerprint(app.ctx)).toBe(before);
    // Moving the date across 31 Aug 2021 works together with the catalogue and its codes.
    update(editable(id, { catalogueVersion: 'PP94-2021/2024.1', incidentDate: '2024-10-20', violationCodes: ['N-FASILITAS-NEGARA'] }));
    expect(getCase(app.ctx, id).catalogueVersion).toMatch(/^PP94-2021/);
  });
});

describe('reporter confidentiality', () => {
  it('hides the reporter from a read-only viewer', async () => {
    const { id } = create({ ...validCase, source: 'public_complaint', reporter: { anonymous: false, name: 'Warga Pelapor', contact: '0812' } });
    updateCase(app.ctx, caseUpdateSchema.parse({ ...validCase, id, source: 'public_complaint', reporter: { anonymous: false, name: 'Warga Pelapor', contact: '0813-RAHASIA' }, reason: 'nomor baru', expectedVersion: getCase(app.ctx, id).version }));
    const asAdmin = await dispatch(app.ctx, handlers, 'cases:get', { id });
    expect(asAdmin).toMatchObject({ ok: true, value: { reporter: { name: 'Warga Pelapor' } } });
    await addTestUser(app.ctx, 'pengamat', 'viewer', { signIn: true });
    const asViewer = await dispatch(app.ctx, handlers, 'cases:get', { id });
    expect(asViewer).toMatchObject({ ok: true, value: { reporter: { anonymous: false, name: null, contact: null } } });
    expect(JSON.stringify(asViewer)).not.toMatch(/Warga Pelapor|RAHASIA/);
    expect(JSON.stringify(asAdmin)).toContain('0813-RAHASIA');
  });
});
