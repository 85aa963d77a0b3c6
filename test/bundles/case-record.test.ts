/**
 * case.json as a bundle sends it: built from the real records (intake, decision, SK,
 * delivery, appeal, evidence), valid against the format's schema, canonical, and without
 * anything of the reporter.
 */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCaseRecord } from '../../electron/main/bundles/case-record.ts';
import { generateDemo } from '../../electron/main/demo/demo-generate.ts';
import { issueDemoLetters } from '../../electron/main/demo/demo-letters.ts';
import { caseRecordSchema } from '../../shared/bundles/format.ts';
import { canonicalJson } from '../../shared/canonical-json.ts';
import type { Decision } from '../../shared/examination/types.ts';
import { decidedCase, HANDED_OVER } from '../support/decided-case.ts';
import { callOk } from '../support/dispatch.ts';
import { tempApp } from '../support/temp-app.ts';
import { setOffice } from '../trust/office.ts';
import { addEvidenceFile } from './evidence-file.ts';

const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
let app: Awaited<ReturnType<typeof tempApp>>;
let now: Date;
afterEach(() => app.close());
const at = (iso: string) => {
  now = new Date(iso);
  app.ctx.session.lastActivity = now.getTime();
};

const REPORTER = { name: 'Siti Pelapor Rahasia', contact: '0812-9999-7777 siti.pelapor@contoh.id' };

describe('case record (case.json)', () => {
  it('a decided, delivered and appealed case: every field from the real records, letters with their PDFs, evidence hashes, no reporter', async () => {
    now = new Date('2024-12-02T03:00:00Z');
    app = await tempApp(undefined, { clock: () => now });
    setOffice(app.ctx, '3201', 'Inspektorat Kabupaten Uji');
    const c = await decidedCase(app.ctx, 'PP94-BERAT-TURUN-JABATAN', 12, { name: 'Budi Santoso', nip: '198609262015051001', golongan: 'III/b' });
    app.ctx.db.prepare('UPDATE cases SET reporter_anonymous = 0, reporter_name = ?, reporter_contact = ?, chronology = ? WHERE id = ?').run(REPORTER.name, REPORTER.contact, `Dilaporkan oleh ${REPORTER.name}`, c.id);
    app.ctx.db.prepare("UPDATE employees SET siasn_person_id = 'A8ACA7397A1C3912E040640A040269BB' WHERE nip = '198609262015051001'").run();
    const evidence = Buffer.from('foto kampanye');
    const report = Buffer.from(`laporan asli dari ${REPORTER.name}`);
    await addEvidenceFile(app.ctx, c.id, evidence, 'foto.jpg', 'evidence');
    await addEvidenceFile(app.ctx, c.id, report, 'laporan.pdf', 'source_document');
    at('2024-12-05T03:00:00Z');
    await callOk(app.ctx, 'examination:recordDelivery', { caseId: c.id, accusedId: c.accusedId, deliveredOn: '2024-12-04', ...HANDED_OVER });
    const filed = await callOk(app.ctx, 'examination:fileAppeal', { caseId: c.id, accusedId: c.accusedId, kind: 'keberatan', filedOn: '2024-12-05', addressedTo: 'Bupati Contoh' });
    at('2025-01-06T03:00:00Z');
    await callOk(app.ctx, 'examination:appealOutcome', { id: (filed as Decision).appeals[0]!.id, outcome: 'lightened', outcomeNumber: 'KEP/5/2025', outcomeDate: '2025-01-06', sanctionCode: 'PP94-SEDANG-TUKIN', durationMonths: 6 });

    const built = buildCaseRecord(app.ctx, c.id, { instansiCode: '3201', withEvidence: false });
    const row = app.ctx.db.prepare('SELECT case_uuid AS uuid, revision, register_no AS regNo FROM cases WHERE id = ?').get(c.id) as { uuid: string; revision: number; regNo: string };
    const d = app.ctx.db.prepare('SELECT effective_date AS s, end_date AS e FROM decisions WHERE case_id = ?').get(c.id) as { s: string; e: string };
    const r = built.record;
    expect(caseRecordSchema.safeParse(JSON.parse(built.bytes.toString('utf8'))).success).toBe(true);
    expect(built.bytes.toString('utf8')).toBe(canonicalJson(r));
    expect(built.sha256).toBe(sha(built.bytes));
    expect(r).toMatchObject({ caseUuid: row.uuid, revision: row.revision, registerNo: row.regNo, originInstansiCode: '3201', status: 'decision', incident: { date: '2024-10-20', place: 'Balai Desa Sukamaju' } });
    expect(r.violations).toEqual([{ code: 'N-FASILITAS-NEGARA', title: expect.stringContaining('fasilitas negara') }]);
    expect(r.dates).toMatchObject({ decision: '2024-12-02', examinations: [], lhp: null });
    expect(r.accused).toHaveLength(1);
    const a = r.accused[0]!;
    expect(a).toMatchObject({ position: 1, name: 'Budi Santoso', nip: '198609262015051001', siasnPersonId: 'A8ACA7397A1C3912E040640A040269BB', employmentType: 'PNS' });
    expect(a.pangkat).toContain('III/b');
    expect(a.decision).toMatchObject({ sanctionCode: 'PP94-BERAT-TURUN-JABATAN', level: 'berat', durationMonths: 12, skNumber: c.skNumber, skDate: '2024-12-02', repeatOffender: false, withoutExamination: false });
    expect(a.decision!.sanctionTitle).toBeTruthy();
    expect(a.skDelivery).toEqual({ deliveredOn: '2024-12-04', method: 'langsung', refused: false });
    expect(a.appeals).toEqual([
      { kind: 'keberatan', filedOn: '2024-12-05', addressedTo: 'Bupati Contoh', answerDue: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), outcome: 'lightened', outcomeNumber: 'KEP/5/2025', outcomeDate: '2025-01-06', sanctionCode: 'PP94-SEDANG-TUKIN', durationMonths: 6 },
    ]);
    // The sanction in force is the appeal's, with the dates the appeal left on the decision.
    expect(a.sanctionInForce).toEqual({
      sanctionCode: 'PP94-SEDANG-TUKIN',
      sanctionTitle: expect.any(String),
      level: 'sedang',
      durationMonths: 6,
      startDate: d.s,
      endDate: d.e,
      annulled: false,
      changedByAppeal: { outcome: 'lightened', number: 'KEP/5/2025', date: '2025-01-06' },
    });
    // Every letter issued for the case, its PDF carried under its hash.
    const letters = app.ctx.db.prepare('SELECT type, number, sha256, pdf FROM issued_letters WHERE case_id = ? ORDER BY id').all(c.id) as { type: string; number: string; sha256: string; pdf: Buffer }[];
    expect(letters.map((l) => l.type)).toContain('sk');
    expect(r.letters.map((l) => [l.kind, l.number, l.sha256, l.path])).toEqual(letters.map((l) => [l.type, l.number, l.sha256, `cases/${row.uuid}/letters/${l.sha256}.pdf`]));
    for (const l of letters) expect(Buffer.from(built.letters.get(l.sha256)!)).toEqual(l.pdf);
    // Evidence by hash only (no path without evidence); the source document (the report) is not listed.
    expect(r.evidence).toEqual([{ sha256: sha(evidence), kind: 'file', name: 'foto.jpg', size: evidence.length, mime: expect.any(String), path: null }]);
    expect(built.evidence).toEqual([sha(evidence)]);
    expect(buildCaseRecord(app.ctx, c.id, { instansiCode: '3201', withEvidence: true }).record.evidence[0]!.path).toBe(`cases/${row.uuid}/evidence/${sha(evidence)}`);
    // Nothing of the reporter: no field, no value, not the report's hash.
    const text = built.bytes.toString('utf8');
    expect(text).not.toMatch(/reporter|chronology|Pelapor Rahasia|0812-9999|siti\.pelapor/i);
    expect(text).not.toContain(sha(report));

    // A stored value outside the format (an instant in another form, written by hand) is refused naming the case, never sent malformed.
    app.ctx.db.prepare("UPDATE issued_letters SET issued_at = '04/12/2024 10:00' WHERE case_id = ?").run(c.id);
    expect(() => buildCaseRecord(app.ctx, c.id, { instansiCode: '3201', withEvidence: false })).toThrow(expect.objectContaining({ key: 'bundleExport.recordInvalid', params: expect.objectContaining({ registerNo: row.regNo }) }));
  });

  it('every case of a small demo register builds a valid record, and none carries a reporter', async () => {
    app = await tempApp();
    setOffice(app.ctx, '3201', 'Inspektorat Kabupaten Uji');
    generateDemo(app.ctx, { cases: 40, seed: '7', letterSample: 4 });
    await issueDemoLetters(app.ctx, 4);
    const cases = app.ctx.db.prepare('SELECT id, reporter_name AS name, reporter_contact AS contact FROM cases ORDER BY id').all() as { id: number; name: string | null; contact: string | null }[];
    const contacts = cases.map((x) => x.contact).filter((v): v is string => !!v);
    expect(contacts.length).toBeGreaterThan(0);
    let decided = 0;
    for (const x of cases) {
      const built = buildCaseRecord(app.ctx, x.id, { instansiCode: '3201', withEvidence: false });
      expect(caseRecordSchema.safeParse(JSON.parse(built.bytes.toString('utf8'))).success).toBe(true);
      const text = built.bytes.toString('utf8');
      expect(text).not.toMatch(/reporter|chronology/i);
      for (const v of contacts) expect(text).not.toContain(v);
      // The demo's reporters share first names with employees: a name counts only when no accused of the case bears it.
      if (x.name && !built.record.accused.some((a) => a.name.includes(x.name!))) expect(text).not.toContain(x.name);
      if (built.record.accused.some((a) => a.decision?.skNumber)) decided++;
    }
    expect(decided).toBeGreaterThan(0);
  });
});
