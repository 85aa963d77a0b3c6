/**
 * Case identity for exchange (migration 24): every case has a random, unique, fixed
 * case_uuid, and its `revision` counts every change to the case or any of its records,
 * through the real channels, and never a read. The particulars' `version` stays the
 * stale-edit guard of the case form only.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import type { CaseDetail } from '../../shared/cases/schemas.ts';
import type { Decision } from '../../shared/examination/types.ts';
import { compareSchema } from '../../electron/main/db/schema-check.ts';
import { tempApp, validCase } from '../support/temp-app.ts';
import { callAs, callFail, callOk } from '../support/dispatch.ts';
import { HANDED_OVER } from '../support/decided-case.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
let clock: Date;
beforeEach(async () => {
  clock = new Date('2024-11-04T10:00');
  app = await tempApp(undefined, { clock: () => clock });
});
afterEach(() => app.close());
const at = (local: string) => {
  clock = new Date(local);
  app.ctx.session.lastActivity = clock.getTime();
};

const revisionOf = (id: number) => app.ctx.db.prepare('SELECT revision FROM cases WHERE id = ?').pluck().get(id) as number;
const versionOf = (id: number) => app.ctx.db.prepare('SELECT version FROM cases WHERE id = ?').pluck().get(id) as number;

/** Runs a change and expects the case's revision to have grown; returns the new revision. */
async function bumps(caseId: number, what: string, change: () => unknown): Promise<number> {
  const before = revisionOf(caseId);
  await change();
  const after = revisionOf(caseId);
  expect(after, what).toBeGreaterThan(before);
  return after;
}

describe('case_uuid', () => {
  it('is a random UUID v4 per case, unique, answered by reads and fixed once given', async () => {
    const ids = [1, 2, 3].map((n) => createCase(app.ctx, caseCreateSchema.parse({ ...validCase, sourceRef: `R/${n}`, acknowledgeDuplicates: true })).id);
    const uuids = ids.map((id) => app.ctx.db.prepare('SELECT case_uuid FROM cases WHERE id = ?').pluck().get(id) as string);
    for (const u of uuids) expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(uuids).size).toBe(3);
    const detail = await callOk(app.ctx, 'cases:get', { id: ids[0]! });
    expect(detail.caseUuid).toBe(uuids[0]);
    const list = await callOk(app.ctx, 'cases:list', { offset: 0, limit: 10 } as never);
    expect(list.rows.map((r) => r.caseUuid).sort()).toEqual([...uuids].sort());

    // Never moved to another case, never changed.
    expect(() => app.ctx.db.prepare('UPDATE cases SET case_uuid = ? WHERE id = ?').run(uuids[0], ids[1])).toThrow(/case_uuid is never changed|UNIQUE/);
    expect(() => app.ctx.db.prepare("UPDATE cases SET case_uuid = '00000000-0000-4000-8000-000000000000' WHERE id = ?").run(ids[0])).toThrow(/never changed/);
  });

  it('is given by the database to a case written without one (demo data, older fixtures), unique too', () => {
    const insert = app.ctx.db.prepare(
      `INSERT INTO cases (register_no, register_year, register_seq, source, incident_date, status, catalogue_version, created_at, created_by, updated_at)
       VALUES (?, 2024, ?, 'bawaslu', '2024-10-01', 'registered', 'PP94-2021+SKB-2022', '2024-10-02', 'x', '2024-10-02')`,
    );
    for (let i = 1; i <= 200; i++) insert.run(`T/${i}`, i);
    const rows = app.ctx.db.prepare('SELECT case_uuid AS u, revision AS r FROM cases').all() as { u: string; r: number }[];
    expect(rows).toHaveLength(200);
    for (const { u, r } of rows) {
      expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(r).toBe(1); // giving the identity is not a change of the case
    }
    expect(new Set(rows.map((x) => x.u)).size).toBe(200);
  });

  it('the triggers are part of Sipena\'s own schema: the schema check of restore and verify finds nothing', () => {
    expect(compareSchema(app.ctx.db)).toEqual([]);
  });
});

describe('revision', () => {
  it('grows with every kind of change to the case and its records, and with no read', async () => {
    const { id: caseId } = createCase(app.ctx, caseCreateSchema.parse({ ...validCase, acknowledgeDuplicates: true }));
    const accusedId = app.ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').pluck().get(caseId) as number;
    const detail = () => callOk(app.ctx, 'cases:get', { id: caseId }) as Promise<CaseDetail>;
    const start = await detail();
    expect(start.revision).toBe(revisionOf(caseId));

    // The particulars: the case row (and the form's version, which only these count).
    const form = (patch: Record<string, unknown>) => ({ ...validCase, id: caseId, reason: 'Koreksi', expectedVersion: versionOf(caseId), ...patch });
    await bumps(caseId, 'case particulars', () => callAs(app.ctx, 'cases:update', form({ chronology: 'Kronologi yang dilengkapi.' })));
    await bumps(caseId, 'accused', () => callAs(app.ctx, 'cases:update', form({ accused: [{ ...validCase.accused[0]!, jabatan: 'Kepala Bidang' }] })));
    await bumps(caseId, 'violations', () => callAs(app.ctx, 'cases:update', form({ violationCodes: ['N-FASILITAS-NEGARA', 'N-KAMPANYE-ATRIBUT'] })));
    const versionAfterForm = versionOf(caseId);

    // Examination: team, workflow, hearing, attendance, BAP, LHP.
    const staff = async (nip: string, name: string, unit: string) => (await callAs<{ id: number }>(app.ctx, 'staff:save', { nip, name, unit })).id;
    const chair = await staff('197501012000031001', 'Ir. Hendra', 'inspektorat');
    const members = [
      { staffId: chair, role: 'chair' },
      { staffId: await staff('198003032005012002', 'Sri Lestari', 'bkpsdm'), role: 'member' },
      { staffId: await staff('197805052003121003', 'Drs. Agus', 'atasan'), role: 'member' },
    ];
    await bumps(caseId, 'team', () => callAs(app.ctx, 'examination:setTeam', { caseId, members }));
    for (const action of ['start_verification', 'start_examination']) await bumps(caseId, action, () => callAs(app.ctx, 'examination:transition', { caseId, action }));
    let sessionId = 0;
    await bumps(caseId, 'hearing scheduled', async () => {
      const s = await callAs<{ saved: boolean; session: { id: number } }>(app.ctx, 'hearings:schedule', {
        caseId, accusedId, summonsNo: 1, summonsDate: '2024-11-04', date: '2024-11-13', startTime: '09:00', durationMin: 120, videoLink: 'https://m.example/1', examinerIds: [chair],
      });
      sessionId = s.session.id;
    });
    at('2024-11-13T10:00');
    await bumps(caseId, 'attendance', () => callAs(app.ctx, 'hearings:attendance', { id: sessionId, attendance: 'present', expectedVersion: 1 }));
    await bumps(caseId, 'BAP', () => callAs(app.ctx, 'examination:saveBap', { sessionId, examinerIds: [chair], examineePresent: true, qa: [{ question: 'Apakah Saudara sehat?', answer: 'Ya.' }], expectedVersion: 0 }));
    at('2024-11-14T10:00');
    app.ctx.db.prepare("UPDATE cases SET status = 'report' WHERE id = ?").run(caseId);
    const lhp = { caseId, accusedId, violationForm: 'Mobil dinas', violationTime: 'Oktober', violationPlace: 'Balai Desa', impact: 'Ada', recommendedSanctionCode: 'PP94-BERAT-PELAKSANA', authorisedOfficial: 'Bupati', expectedVersion: 0 };
    await bumps(caseId, 'LHP', () => callAs(app.ctx, 'examination:saveLhp', lhp));

    // Decision, SK issued, delivery, appeal and its outcome, a voided letter, evidence.
    app.ctx.db.prepare("UPDATE cases SET status = 'decision' WHERE id = ?").run(caseId);
    await bumps(caseId, 'decision', () => callAs(app.ctx, 'examination:saveDecision', { caseId, accusedId, catalogueId: 'PP94-2021', sanctionCode: 'PP94-BERAT-PELAKSANA', durationMonths: 12, expectedVersion: 0 }));
    let skId = 0;
    await bumps(caseId, 'SK issued', async () => {
      skId = (await callAs<{ letter: { id: number } }>(app.ctx, 'letters:issue', { caseId, type: 'sk', subject: `accused:${accusedId}` })).letter.id;
    });
    at('2024-11-20T10:00');
    await bumps(caseId, 'delivery', () => callAs(app.ctx, 'examination:recordDelivery', { caseId, accusedId, deliveredOn: '2024-11-20', ...HANDED_OVER }));
    let appealId = 0;
    at('2024-11-21T10:00');
    await bumps(caseId, 'appeal filed', async () => {
      appealId = (await callAs<Decision>(app.ctx, 'examination:fileAppeal', { caseId, accusedId, kind: 'keberatan', filedOn: '2024-11-21', addressedTo: 'Bupati Contoh' })).appeals[0]!.id;
    });
    at('2024-12-10T10:00');
    await bumps(caseId, 'appeal outcome', () => callAs(app.ctx, 'examination:appealOutcome', { id: appealId, outcome: 'upheld', outcomeNumber: '800/1/2024', outcomeDate: '2024-12-10' }));
    await bumps(caseId, 'evidence', () => callAs(app.ctx, 'evidence:attach', { caseId, links: [{ url: 'https://berita.example/foto' }] }));
    const beforeVoid = await bumps(caseId, 'letter voided', () => callAs(app.ctx, 'letters:void', { id: skId, reason: 'Salah ketik nama' }));

    // None of that touched the particulars' version: an open case form is not made stale by a hearing.
    expect(versionOf(caseId)).toBe(versionAfterForm);

    // Reads change nothing.
    const reads: [string, unknown][] = [
      ['cases:get', { id: caseId }],
      ['cases:list', { offset: 0, limit: 10 }],
      ['cases:export', { format: 'csv' }],
      ['examination:overview', { caseId }],
      ['examination:superiors', { caseId }],
      ['examination:morals', { caseId }],
      ['examination:releases', { caseId }],
      ['letters:list', { caseId }],
      ['letters:options', { id: caseId }],
      ['letters:pdf', { id: skId }],
      ['letters:signers', { id: caseId }],
      ['evidence:list', { id: caseId }],
      ['hearings:range', { from: '2024-11-01', to: '2024-11-30' }],
    ];
    for (const [channel, payload] of reads) {
      await callAs(app.ctx, channel, payload);
      expect(revisionOf(caseId), channel).toBe(beforeVoid);
    }
    expect((await detail()).revision).toBe(beforeVoid);
  });

  it('a refused change counts nothing; one case\'s change is not another\'s', async () => {
    const a = createCase(app.ctx, caseCreateSchema.parse({ ...validCase, sourceRef: 'A', acknowledgeDuplicates: true })).id;
    const b = createCase(app.ctx, caseCreateSchema.parse({ ...validCase, sourceRef: 'B', acknowledgeDuplicates: true })).id;
    const ra = revisionOf(a);
    const rb = revisionOf(b);
    await callFail(app.ctx, 'cases:update', { ...validCase, id: a, reason: 'Koreksi', chronology: 'x', expectedVersion: versionOf(a) + 5 });
    expect(revisionOf(a)).toBe(ra);
    await callAs(app.ctx, 'cases:update', { ...validCase, id: b, reason: 'Koreksi', chronology: 'Baru', expectedVersion: versionOf(b) });
    expect(revisionOf(a)).toBe(ra);
    // One save may change several rows (the case, its accused, its violations): each counts, so the
    // revision grows by at least one; a receiver never relies on consecutive numbers.
    expect(revisionOf(b)).toBeGreaterThan(rb);
  });
});

describe('the office\'s BKN instansi code (office settings)', () => {
  it('is empty until entered, takes 4 to 8 digits, and refuses anything else naming the field', async () => {
    const { logoFile: _logo, version, ...office } = await callAs<Record<string, unknown> & { version: number }>(app.ctx, 'letters:settings', {});
    expect(office.bknInstansiCode).toBe('');
    for (const bad of ['12.34', 'A401', '123', '123456789', '40 11']) {
      const refused = await callFail(app.ctx, 'letters:saveSettings', { ...office, bknInstansiCode: bad, expectedVersion: version });
      expect(refused, bad).toMatchObject({ code: 'INVALID_INPUT', fields: { bknInstansiCode: 'kode instansi BKN: 4 sampai 8 angka saja (tanpa spasi atau titik)' } });
    }
    const saved = await callAs<{ bknInstansiCode: string; version: number }>(app.ctx, 'letters:saveSettings', { ...office, bknInstansiCode: ' 4011 ', expectedVersion: version });
    expect(saved.bknInstansiCode).toBe('4011');
    expect((await callAs<{ bknInstansiCode: string }>(app.ctx, 'letters:settings', {})).bknInstansiCode).toBe('4011');
  });
});
