/**
 * Bundle import and export run in a worker thread (bundle-worker.ts): while one is in the
 * worker the main thread answers other calls; a worker that dies leaves the database as it
 * was and answers with a clear error (never INTERNAL); an import of more than one batch
 * (short transactions of whole cases) leaves an audit chain that `cli verify` accepts.
 * Order is asserted through a gate the test holds (setBundleWorkerGate), never timing.
 */
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../electron/main/app-context.ts';
import type { AppContext } from '../../electron/main/app-context.ts';
import { verifyAuditChain } from '../../electron/main/audit/audit-log.ts';
import { exportBundleToFileOffThread, openBundleOffThread, setBundleWorkerGate } from '../../electron/main/bundles/bundle-client.ts';
import type { HeldBundleWorker } from '../../electron/main/bundles/bundle-client.ts';
import { BATCH_CASES } from '../../electron/main/bundles/import-steps.ts';
import { fingerprintOf } from '../../electron/main/trust/ed25519.ts';
import { buildPublicKeyFile } from '../../electron/main/trust/public-key-file.ts';
import { enrolOrigin } from '../../electron/main/trust/trust-service.ts';
import { translator } from '../../shared/i18n/index.ts';
import { decidedCase } from '../support/decided-case.ts';
import { callFail, callOk, uploadBuffer } from '../support/dispatch.ts';
import { runCliHere, scratchDirs } from '../support/run-cli.ts';
import { dbFingerprint, repoResources, tempApp, TEST_SCRYPT } from '../support/temp-app.ts';
import { setOffice } from '../trust/office.ts';
import { caseRecord, signedBundle } from './signed-bundle.ts';

let app: Awaited<ReturnType<typeof tempApp>> | null = null;
afterEach(() => {
  setBundleWorkerGate(null);
  app?.close();
  app = null;
});

const scratch = scratchDirs();

const REGENCY = { instansiCode: '3201', officeName: 'Inspektorat Kabupaten Uji' };

/** Makes `ctx` a province that enrolled a new regency key; returns a signed bundle of `n` cases from that regency. */
function enrolledBundle(ctx: AppContext, n: number): Buffer {
  setOffice(ctx, '3200', 'Inspektorat Provinsi Uji');
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const fingerprint = fingerprintOf(publicKey);
  enrolOrigin(ctx, buildPublicKeyFile(REGENCY.instansiCode, REGENCY.officeName, publicKey.export({ format: 'pem', type: 'spki' }).toString(), fingerprint));
  const records = Array.from({ length: n }, (_, i) => caseRecord(randomUUID(), `HD-2026-${String(i + 1).padStart(4, '0')}`, REGENCY.instansiCode));
  return Buffer.from(signedBundle(records, { ...REGENCY, keyFingerprint: fingerprint }, (data) => sign(null, data, privateKey), randomUUID()));
}

async function province(n: number) {
  app = await tempApp();
  return { ctx: app.ctx, bytes: enrolledBundle(app.ctx, n) };
}

/** The next job's worker, once it has done its work and waits for the test. */
function holdNextWorker(): Promise<HeldBundleWorker> {
  return new Promise((resolve) => setBundleWorkerGate(resolve));
}

const bundleAudit = (ctx: AppContext) =>
  (ctx.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'bundle.%' ORDER BY id").all() as { action: string }[]).map((r) => r.action);

describe('bundle work in a worker thread', () => {
  it('answers another call while an import is in the worker; the import then stores every case in batches, each audited', async () => {
    const n = BATCH_CASES + 5;
    const { ctx, bytes } = await province(n);
    const uploadId = await uploadBuffer(ctx, 'bundle', 'kiriman.sipena-bundle', bytes);
    const events: string[] = [];
    const held = holdNextWorker();
    const importing = callOk(ctx, 'received:import', { uploadId }).then((v) => {
      events.push('import answered');
      return v;
    });
    const worker = await held;
    events.push('worker holding');
    // The main thread is free: another user's list is answered, and nothing is stored yet.
    const list = await callOk(ctx, 'received:list', { offset: 0, limit: 50 });
    events.push(`list answered: ${list.total} cases`);
    worker.release();
    const done = await importing;
    expect(events).toEqual(['worker holding', 'list answered: 0 cases', 'import answered']);
    expect(done).toMatchObject({ imported: n, already: 0, refused: 0, refusal: null });
    expect(done.receipt?.fileName).toBe('kiriman.sipena-receipt');
    expect((await callOk(ctx, 'received:list', { offset: 0, limit: 50 })).total).toBe(n);
    // The first transaction decides and stores a batch, the second stores the rest: each audited.
    expect(bundleAudit(ctx)).toEqual(['bundle.import', 'bundle.import.cases']);
    expect(verifyAuditChain(ctx.db)).toMatchObject({ ok: true });
  });

  it('moves the file to the worker and back instead of copying it: the verified letters come back as views into the one file buffer', async () => {
    const { ctx, bytes } = await province(3);
    const file = new Uint8Array(bytes);
    const size = file.byteLength;
    const opened = await openBundleOffThread(ctx, file);
    // Moved, not copied: the caller's array is emptied.
    expect(file.byteLength).toBe(0);
    if (!opened.ok) throw new Error(`refused: ${opened.detail}`);
    const letters = opened.bundle.cases.flatMap((c) => c.letters);
    expect(letters).toHaveLength(3);
    // Each letter a view into the whole file's buffer, all into the same one: no letter was copied out of it.
    for (const l of letters) {
      expect(l.bytes.buffer.byteLength).toBe(size);
      expect(l.bytes.buffer).toBe(letters[0]!.bytes.buffer);
    }
    expect(bundleAudit(ctx)).toEqual([]);
  });

  it('the CLI imports through the same worker, prints the same line, and `cli verify` accepts the audit chain after a batched import', async () => {
    const dir = scratch();
    expect((await runCliHere(['init', '--data', dir])).code).toBe(0);
    const n = 2 * BATCH_CASES + 1;
    const ctx = await openApp({ dataDir: dir, resourcesDir: repoResources, appVersion: 'test', passwordParams: TEST_SCRYPT });
    let bytes: Buffer;
    try {
      bytes = enrolledBundle(ctx, n);
    } finally {
      ctx.db.close();
    }
    const file = join(dir, 'kiriman.sipena-bundle');
    writeFileSync(file, bytes);
    expect(await runCliHere(['bundle', 'import', file, '--data', dir])).toMatchObject({ code: 0, out: `imported ${n}, already 0, refused 0\nreceipt ${join(dir, 'kiriman.sipena-receipt')}` });
    const verified = await runCliHere(['verify', '--data', dir]);
    expect(verified).toMatchObject({ err: '', code: 0, out: expect.stringContaining('audit chain ok') });
    const after = await openApp({ dataDir: dir, resourcesDir: repoResources, appVersion: 'test', passwordParams: TEST_SCRYPT });
    try {
      expect(bundleAudit(after)).toEqual(['bundle.import', 'bundle.import.cases', 'bundle.import.cases']);
    } finally {
      after.db.close();
    }
  });

  it('a worker stopped before it answers leaves the database unchanged and refuses with a clear message, in Indonesian and English', async () => {
    const { ctx, bytes } = await province(3);
    const uploadId = await uploadBuffer(ctx, 'bundle', 'kiriman.sipena-bundle', bytes);
    const before = dbFingerprint(ctx);
    const held = holdNextWorker();
    const failing = callFail(ctx, 'received:import', { uploadId });
    await (await held).terminate();
    const error = await failing;
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(translator('id')('received.importFailed'));
    expect(translator('en')('received.importFailed')).toBe('The bundle import stopped before it finished; nothing was stored. Import the same file again.');
    expect(dbFingerprint(ctx)).toBe(before);
    expect(bundleAudit(ctx)).toEqual([]);

    // The next import, with the worker left alone, stores the file.
    setBundleWorkerGate(null);
    const again = await uploadBuffer(ctx, 'bundle', 'kiriman.sipena-bundle', bytes);
    expect(await callOk(ctx, 'received:import', { uploadId: again })).toMatchObject({ imported: 3 });
  });

  it('an export whose worker is stopped records nothing in the outbox and removes the file it claimed', async () => {
    app = await tempApp();
    const { ctx } = app;
    setOffice(ctx, '3201', REGENCY.officeName);
    const c = await decidedCase(ctx, 'PP94-SEDANG-TUKIN', 6, { name: 'Sri Wahyuni', nip: '198902252015032013' });
    const regNo = (ctx.db.prepare('SELECT register_no AS r FROM cases WHERE id = ?').get(c.id) as { r: string }).r;
    const sel = { sinceLast: false, from: null, registerNos: [regNo], withEvidence: false };
    const out = join(app.dir, 'kiriman.sipena-bundle');
    const before = dbFingerprint(ctx);
    const held = holdNextWorker();
    const failing = exportBundleToFileOffThread(ctx, sel, out, 'kiriman.sipena-bundle');
    await (await held).terminate();
    await expect(failing).rejects.toMatchObject({ code: 'CONFLICT', key: 'bundleExport.workerFailed' });
    expect(existsSync(out)).toBe(false);
    expect(dbFingerprint(ctx)).toBe(before);
    expect(translator('en')('bundleExport.workerFailed')).toContain('nothing was recorded in the outbox');

    setBundleWorkerGate(null);
    const r = await exportBundleToFileOffThread(ctx, sel, out, 'kiriman.sipena-bundle');
    expect(r).toMatchObject({ cases: 1, fileName: 'kiriman.sipena-bundle' });
    expect(existsSync(out)).toBe(true);
    expect(bundleAudit(ctx)).toEqual(['bundle.export']);
  });

  it('an AppError raised in the worker comes back as itself (nothing selected), not as a failure', async () => {
    app = await tempApp();
    setOffice(app.ctx, '3201', REGENCY.officeName);
    const error = await callFail(app.ctx, 'bundles:export', { sinceLast: true, from: null, registerNos: [], withEvidence: false });
    expect(error).toMatchObject({ code: 'CONFLICT', message: translator('id')('bundleExport.nothingSelected') });
  });
});
