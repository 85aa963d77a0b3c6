/**
 * The export service and the outbox at the database level: evidence files in the bundle,
 * selection by date and register number, previousSha256 on a resend, and each refusal of a
 * receipt (forged, for another file, unknown bundle); an older receipt does not undo a newer one,
 * and a case the receiver once imported stays delivered when a later import refuses it.
 */
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openBundle } from '../../electron/main/bundles/container.ts';
import { exportBundle } from '../../electron/main/bundles/export-service.ts';
import { listOutbox, recordReceipt } from '../../electron/main/bundles/outbox-service.ts';
import { receiptFileText, signReceipt } from '../../electron/main/bundles/receipt.ts';
import { generateDemo } from '../../electron/main/demo/demo-generate.ts';
import { storedPath } from '../../electron/main/evidence/evidence-store.ts';
import { insertIssued } from '../../electron/main/letters/issued-queries.ts';
import { fingerprintOf } from '../../electron/main/trust/ed25519.ts';
import { buildPublicKeyFile } from '../../electron/main/trust/public-key-file.ts';
import { officePublicKey } from '../../electron/main/trust/signing-key.ts';
import { enrolOrigin } from '../../electron/main/trust/trust-service.ts';
import type { ReceiptBody } from '../../shared/bundles/format.ts';
import { decidedCase, HANDED_OVER } from '../support/decided-case.ts';
import { callFail, callOk } from '../support/dispatch.ts';
import { addTestUser, tempApp } from '../support/temp-app.ts';
import { setOffice } from '../trust/office.ts';
import { addEvidenceFile } from './evidence-file.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
let now: Date;
afterEach(() => app.close());

async function regency() {
  now = new Date('2024-12-02T03:00:00Z');
  app = await tempApp(undefined, { clock: () => now });
  setOffice(app.ctx, '3201', 'Inspektorat Kabupaten Uji');
  const a = await decidedCase(app.ctx, 'PP94-BERAT-TURUN-JABATAN', 12, { name: 'Budi Santoso', nip: '198609262015051001' });
  const b = await decidedCase(app.ctx, 'PP94-SEDANG-TUKIN', 6, { name: 'Sri Wahyuni', nip: '198902252015032013' });
  const regNo = (id: number) => (app.ctx.db.prepare('SELECT register_no AS r FROM cases WHERE id = ?').get(id) as { r: string }).r;
  return { a: { ...a, regNo: regNo(a.id) }, b: { ...b, regNo: regNo(b.id) } };
}

const ownLookup = () => {
  const key = officePublicKey(app.ctx.db)!;
  return () => ({ publicKeyPem: key.publicKeyPem, name: 'kami', revoked: false });
};

/** A province whose key this regency enrolled, able to sign receipts. */
function province() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
  const fingerprint = fingerprintOf(publicKey);
  enrolOrigin(app.ctx, buildPublicKeyFile('3200', 'Inspektorat Provinsi Uji', pem, fingerprint));
  const receipt = (body: Omit<ReceiptBody, 'format' | 'formatVersion' | 'receiver'>, key = privateKey) =>
    receiptFileText(signReceipt({ format: 'sipena-receipt', formatVersion: 1, receiver: { instansiCode: '3200', officeName: 'Inspektorat Provinsi Uji', keyFingerprint: fingerprint }, ...body }, (d) => sign(null, d, key)));
  return { receipt };
}

const none = { sinceLast: false, from: null, registerNos: [], withEvidence: false };

describe('bundle export service and outbox', () => {
  it('carries evidence files with --with-evidence, only their hashes without, and refuses a missing evidence file', async () => {
    const { a } = await regency();
    const sha = await addEvidenceFile(app.ctx, a.id, Buffer.from('foto kampanye'), 'foto.jpg', 'evidence');
    const withFiles = exportBundle(app.ctx, { ...none, registerNos: [a.regNo], withEvidence: true });
    expect(withFiles).toMatchObject({ cases: 1, evidence: 1 });
    const opened = openBundle(withFiles.bytes, ownLookup());
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.bundle.withEvidence).toBe(true);
    expect(Buffer.from(opened.cases[0]!.evidence.get(sha)!).toString()).toBe('foto kampanye');
    const hashesOnly = openBundle(exportBundle(app.ctx, { ...none, registerNos: [a.regNo] }).bytes, ownLookup());
    expect(hashesOnly.ok && hashesOnly.cases[0]!.record.evidence).toEqual([expect.objectContaining({ sha256: sha, path: null })]);
    rmSync(storedPath(app.ctx.dataDir, sha));
    expect(() => exportBundle(app.ctx, { ...none, registerNos: [a.regNo], withEvidence: true })).toThrow(expect.objectContaining({ key: 'bundleExport.evidenceMissing' }));
    expect(listOutbox(app.ctx)).toHaveLength(2);
  });

  it('selects by date, and a resend of the same revision names the hash that revision named before', async () => {
    const { a, b } = await regency();
    const first = openBundle(exportBundle(app.ctx, { ...none, sinceLast: true }).bytes, ownLookup());
    if (!first.ok) throw new Error('first bundle did not open');
    expect(first.bundle.cases.map((c) => [c.registerNo, c.previousSha256])).toEqual([
      [a.regNo, null],
      [b.regNo, null],
    ]);
    const sent = new Map(first.bundle.cases.map((c) => [c.registerNo, c]));
    expect(() => exportBundle(app.ctx, { ...none, from: '2024-12-03' })).toThrow(expect.objectContaining({ key: 'bundleExport.nothingSelected' }));
    expect(() => exportBundle(app.ctx, { ...none, sinceLast: true })).toThrow(expect.objectContaining({ key: 'bundleExport.nothingSelected' }));

    now = new Date('2024-12-05T03:00:00Z');
    app.ctx.session.lastActivity = now.getTime();
    await callOk(app.ctx, 'examination:recordDelivery', { caseId: b.id, accusedId: b.accusedId, deliveredOn: '2024-12-04', ...HANDED_OVER });
    const byDate = openBundle(exportBundle(app.ctx, { ...none, from: '2024-12-03' }).bytes, ownLookup());
    const changed = byDate.ok ? byDate.bundle.cases : [];
    expect(changed.map((c) => [c.registerNo, c.previousSha256])).toEqual([[b.regNo, sent.get(b.regNo)!.sha256]]);
    expect(changed[0]!.revision).toBeGreaterThan(sent.get(b.regNo)!.revision);
    // Resending: the unchanged case names what its first sending named (nothing), the changed one the hash of its older revision.
    const again = openBundle(exportBundle(app.ctx, { ...none, registerNos: [a.regNo, b.regNo] }).bytes, ownLookup());
    expect(again.ok && again.bundle.cases.map((c) => [c.registerNo, c.sha256, c.previousSha256])).toEqual([
      [a.regNo, sent.get(a.regNo)!.sha256, null],
      [b.regNo, changed[0]!.sha256, sent.get(b.regNo)!.sha256],
    ]);
  });

  it('records a verified receipt once; refuses a forged one, one for another file and one for an unknown bundle; an older receipt does not undo a newer', async () => {
    await regency();
    const p = province();
    const x = exportBundle(app.ctx, { ...none, sinceLast: true });
    const opened = openBundle(x.bytes, ownLookup());
    if (!opened.ok) throw new Error('bundle did not open');
    const results = (outcome: 'imported' | 'already') => opened.bundle.cases.map((c) => ({ caseUuid: c.caseUuid, revision: c.revision, outcome }));
    const refusedAll = opened.bundle.cases.map((c) => ({ caseUuid: c.caseUuid, revision: c.revision, outcome: 'refused' as const, reason: 'REVOKED' as const }));
    const base = { bundleId: x.bundleId, bundleSha256: x.sha256 };

    const forger = generateKeyPairSync('ed25519').privateKey;
    expect(() => recordReceipt(app.ctx, p.receipt({ ...base, receivedAt: '2024-12-03T01:00:00.000Z', results: results('imported') }, forger))).toThrow(expect.objectContaining({ key: 'bundleExport.receiptRefused', params: expect.objectContaining({ code: 'BAD_SIGNATURE' }) }));
    expect(() => recordReceipt(app.ctx, p.receipt({ ...base, bundleSha256: 'f'.repeat(64), receivedAt: '2024-12-03T01:00:00.000Z', results: results('imported') }))).toThrow(expect.objectContaining({ key: 'bundleExport.receiptOtherFile' }));
    expect(() => recordReceipt(app.ctx, p.receipt({ ...base, bundleId: '0b6e2c1a-3f4d-4e5a-9b6c-7d8e9f0a1b2c', receivedAt: '2024-12-03T01:00:00.000Z', results: [] }))).toThrow(expect.objectContaining({ key: 'bundleExport.receiptUnknownBundle' }));
    expect(() => recordReceipt(app.ctx, 'not json')).toThrow(expect.objectContaining({ key: 'bundleExport.receiptRefused' }));
    expect(listOutbox(app.ctx)[0]!.acknowledgement).toBeNull();

    now = new Date('2024-12-04T03:00:00Z');
    expect(recordReceipt(app.ctx, p.receipt({ ...base, receivedAt: '2024-12-03T02:00:00.000Z', results: results('imported') }))).toMatchObject({ imported: 2, already: 0, refused: 0, firstAcknowledgement: true, receiverCode: '3200' });
    now = new Date('2024-12-06T03:00:00Z');
    // An older receipt (the bundle was first refused, then imported after a key change) arrives late: the newer one stands.
    expect(recordReceipt(app.ctx, p.receipt({ ...base, receivedAt: '2024-12-03T01:00:00.000Z', results: refusedAll }))).toMatchObject({ refused: 2, firstAcknowledgement: false });
    expect(listOutbox(app.ctx)[0]!.acknowledgement!.refusedCases).toEqual([]);
    expect(listOutbox(app.ctx)[0]!.acknowledgement).toEqual({
      at: '2024-12-04T03:00:00.000Z',
      by: 'admin',
      receiverCode: '3200',
      receiverName: 'Inspektorat Provinsi Uji',
      receivedAt: '2024-12-03T02:00:00.000Z',
      imported: 2,
      already: 0,
      refused: 0,
      refusedCases: [],
    });
    recordReceipt(app.ctx, p.receipt({ ...base, receivedAt: '2024-12-05T02:00:00.000Z', results: results('already') }));
    expect(listOutbox(app.ctx)[0]!.acknowledgement).toMatchObject({ at: '2024-12-04T03:00:00.000Z', receivedAt: '2024-12-05T02:00:00.000Z', imported: 0, already: 2, refusedCases: [] });
    const audit = app.ctx.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'bundle.receipt'").get();
    expect(audit).toEqual({ n: 3 });
  });

  it('the outbox shows what the receiver holds: a case it once imported stays delivered when a later import refuses it, in whichever order the receipts come', async () => {
    await regency();
    const p = province();
    const x = exportBundle(app.ctx, { ...none, sinceLast: true });
    const opened = openBundle(x.bytes, ownLookup());
    if (!opened.ok) throw new Error('bundle did not open');
    const [first, second] = opened.bundle.cases;
    const base = { bundleId: x.bundleId, bundleSha256: x.sha256 };
    const outcome = (c: typeof first, o: 'imported' | 'already') => ({ caseUuid: c!.caseUuid, revision: c!.revision, outcome: o });
    const refused = (c: typeof first, reason: 'REVOKED' | 'CONFLICT') => ({ caseUuid: c!.caseUuid, revision: c!.revision, outcome: 'refused' as const, reason });

    // The first receipt: one case imported, the other refused; the outbox names the refused one.
    recordReceipt(app.ctx, p.receipt({ ...base, receivedAt: '2024-12-03T02:00:00.000Z', results: [outcome(first, 'imported'), refused(second, 'CONFLICT')] }));
    expect(listOutbox(app.ctx)[0]!.acknowledgement).toMatchObject({ imported: 1, already: 0, refused: 1, refusedCases: [{ registerNo: second!.registerNo, revision: second!.revision, reason: 'CONFLICT' }] });

    // The receiver revokes this office's key and imports the file again: both refused REVOKED.
    // It still holds the first case; the second stays refused, now for the newer reason.
    const revoked = recordReceipt(app.ctx, p.receipt({ ...base, receivedAt: '2024-12-04T02:00:00.000Z', results: [refused(first, 'REVOKED'), refused(second, 'REVOKED')] }));
    expect(revoked).toMatchObject({ imported: 0, refused: 2 });
    expect(listOutbox(app.ctx)[0]!.acknowledgement).toMatchObject({ receivedAt: '2024-12-04T02:00:00.000Z', imported: 1, refused: 1, refusedCases: [{ registerNo: second!.registerNo, reason: 'REVOKED' }] });

    // A receipt older than the one held, in which the second case was imported, arrives late:
    // the receiver holds it, so it counts as delivered; the newer receipt's time stays.
    recordReceipt(app.ctx, p.receipt({ ...base, receivedAt: '2024-12-03T12:00:00.000Z', results: [outcome(first, 'already'), outcome(second, 'imported')] }));
    expect(listOutbox(app.ctx)[0]!.acknowledgement).toMatchObject({ receivedAt: '2024-12-04T02:00:00.000Z', imported: 2, already: 0, refused: 0, refusedCases: [] });
  });

  it('prepares its per-case statements once per connection, not once per case (each prepared statement holds native memory until it is collected)', async () => {
    app = await tempApp();
    setOffice(app.ctx, '3201', 'Inspektorat Kabupaten Uji');
    generateDemo(app.ctx, { cases: 300, seed: 'prepares', letterSample: 0 });
    const decided = app.ctx.db
      .prepare('SELECT DISTINCT c.id, c.register_no AS regNo FROM decisions d JOIN cases c ON c.id = d.case_id WHERE d.level IS NOT NULL ORDER BY c.id LIMIT 23')
      .all() as { id: number; regNo: string }[];
    expect(decided).toHaveLength(23);
    // A letter each (its bytes need only hash to its record), so every case reads its letters, decision and sanction in force.
    decided.forEach((c, i) => {
      const pdf = Buffer.from(`%PDF-1.4 letter ${c.id}`);
      const sha256 = createHash('sha256').update(pdf).digest('hex');
      insertIssued(app.ctx.db, { caseId: c.id, type: 'sk', subject: `test:${i}`, register: 'T', year: 2024, serial: i + 1, number: `T/${i + 1}/2024`, letterDate: '2024-11-04', issuedAt: '2024-11-04T03:00:00.000Z', issuedBy: 'test', inputJson: '{}', contentHash: sha256, sha256, pdf, fileName: `t-${i}.pdf` });
    });
    exportBundle(app.ctx, { ...none, registerNos: [decided[0]!.regNo] });
    const prepares = (cases: { regNo: string }[]) => {
      const spy = vi.spyOn(app.ctx.db, 'prepare');
      try {
        expect(exportBundle(app.ctx, { ...none, registerNos: cases.map((c) => c.regNo) })).toMatchObject({ cases: cases.length, letters: cases.length });
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    // The same statements whether the bundle holds 2 cases or 20.
    expect(prepares(decided.slice(1, 3))).toBe(prepares(decided.slice(3)));
  });

  it('the channels: administrators and officials export and see the outbox (the bytes in the answer), other roles are refused', async () => {
    await regency();
    const r = await callOk(app.ctx, 'bundles:export', { sinceLast: true });
    expect(r).toMatchObject({ cases: 2, fileName: expect.stringMatching(/^3201-20241202-[0-9a-f]{8}\.sipena-bundle$/) });
    expect(r.bytes).toBeInstanceOf(Uint8Array);
    expect(await callOk(app.ctx, 'bundles:outbox', {})).toEqual([expect.objectContaining({ bundleId: r.bundleId, fileSha256: r.sha256, cases: 2, acknowledgement: null })]);
    expect(await callFail(app.ctx, 'bundles:export', { sinceLast: true, from: '2024-13-45' })).toMatchObject({ code: 'INVALID_INPUT' });
    await addTestUser(app.ctx, 'pejabat', 'official', { signIn: true });
    expect(await callFail(app.ctx, 'bundles:export', { sinceLast: true })).toMatchObject({ code: 'CONFLICT', message: 'Tidak ada kasus yang perlu dikirim untuk pilihan ini.' });
    for (const role of ['clerk', 'examiner', 'viewer'] as const) {
      await addTestUser(app.ctx, `u-${role}`, role, { signIn: true });
      for (const channel of ['bundles:export', 'bundles:outbox', 'bundles:receipt'] as const) expect(await callFail(app.ctx, channel, channel === 'bundles:receipt' ? { text: '{}' } : {}), `${role} ${channel}`).toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
