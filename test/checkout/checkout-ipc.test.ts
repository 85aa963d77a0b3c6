/**
 * The check-out channels as the screens call them: the files come back as bytes and go in as
 * uploads (purposes checkout and checkin); the roles are the channel's (officials lend,
 * cancel and apply; examiners take in and check in; nobody else).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selectCaseIdByUuid } from '../../electron/main/cases/case-queries.ts';
import { addTestUser, signInAs, tempApp } from '../support/temp-app.ts';
import { callFail, callOk, uploadBuffer } from '../support/dispatch.ts';
import { examiningCase, prepareOffice } from './fixture.ts';

type App = Awaited<ReturnType<typeof tempApp>>;
let office: App;
let laptop: App;
let caseId: number;

beforeEach(async () => {
  office = await tempApp();
  laptop = await tempApp();
  caseId = examiningCase(office.ctx, prepareOffice(office.ctx)).id;
});
afterEach(() => {
  office.close();
  laptop.close();
});

describe('check-out channels', () => {
  it('lend -> take -> return -> apply through IPC, with the state each side shows', async () => {
    const official = await addTestUser(office.ctx, 'pejabat', 'official', { signIn: true });
    expect(await callOk(office.ctx, 'checkout:state', { caseId })).toBeNull();
    const lent = await callOk(office.ctx, 'checkout:lend', { caseId, borrower: '  Ir. Hendra ', laptopLabel: 'LAPTOP-01' });
    expect(lent.bytes).toBeInstanceOf(Uint8Array);
    expect(lent.fileName).toMatch(/\.sipena-checkout$/);
    expect(await callOk(office.ctx, 'checkout:state', { caseId })).toMatchObject({ side: 'lent', borrower: 'Ir. Hendra', laptopLabel: 'LAPTOP-01', checkedOutBy: 'pejabat' });
    expect(await callOk(office.ctx, 'checkout:list', {})).toHaveLength(1);

    await addTestUser(laptop.ctx, 'pemeriksa', 'examiner', { signIn: true });
    const upload = await uploadBuffer(laptop.ctx, 'checkout', lent.fileName, Buffer.from(lent.bytes), 1024);
    const taken = await callOk(laptop.ctx, 'checkout:take', { uploadId: upload });
    const laptopCase = selectCaseIdByUuid(laptop.ctx.db, lent.checkout.caseUuid)!;
    expect(taken).toMatchObject({ side: 'borrowed', caseId: laptopCase, returnedAt: null });
    expect(await callOk(laptop.ctx, 'checkout:state', { caseId: laptopCase })).toMatchObject({ side: 'borrowed' });
    expect((await callOk(laptop.ctx, 'cases:get', { id: laptopCase })).registerNo).toBe(lent.checkout.registerNo);

    const back = await callOk(laptop.ctx, 'checkout:return', { caseId: laptopCase });
    expect(back.fileName).toMatch(/\.sipena-return$/);
    expect((await callOk(laptop.ctx, 'checkout:state', { caseId: laptopCase }))?.returnedAt).not.toBeNull();

    signInAs(office.ctx, official);
    const applied = await callOk(office.ctx, 'checkout:apply', { uploadId: await uploadBuffer(office.ctx, 'checkin', back.fileName, Buffer.from(back.bytes)) });
    expect(applied).toMatchObject({ sessionsAdded: 0, bapsAdded: 0, checkout: { returnedBy: 'pejabat' } });
    expect(await callOk(office.ctx, 'checkout:state', { caseId })).toBeNull();
  });

  it('refuses each action to the roles it is not for, and a file that is not a check-out file', async () => {
    await addTestUser(office.ctx, 'pemeriksa', 'examiner', { signIn: true });
    expect((await callFail(office.ctx, 'checkout:lend', { caseId, borrower: 'X', laptopLabel: 'L' })).code).toBe('FORBIDDEN');
    expect((await callFail(office.ctx, 'uploads:begin', { purpose: 'checkin', fileName: 'a.sipena-return', size: 10 })).code).toBe('FORBIDDEN');
    await addTestUser(office.ctx, 'pejabat', 'official', { signIn: true });
    const lent = await callOk(office.ctx, 'checkout:lend', { caseId, borrower: 'Ir. Hendra', laptopLabel: 'LAPTOP-01' });
    expect((await callFail(office.ctx, 'checkout:return', { caseId })).code).toBe('FORBIDDEN');
    expect((await callFail(office.ctx, 'checkout:cancel', { caseId, reason: ' ' })).code).toBe('INVALID_INPUT');
    await addTestUser(laptop.ctx, 'tamu', 'viewer', { signIn: true });
    expect((await callFail(laptop.ctx, 'checkout:take', { uploadId: '0'.repeat(32) })).code).toBe('FORBIDDEN');
    await addTestUser(laptop.ctx, 'pemeriksa', 'examiner', { signIn: true });
    const upload = await uploadBuffer(laptop.ctx, 'checkout', lent.fileName, Buffer.from(lent.bytes));
    // Garbage in the check-out slot is one clear refusal, nothing written.
    const junk = await uploadBuffer(laptop.ctx, 'checkout', 'rusak.sipena-checkout', Buffer.from('bukan zip'));
    expect(await callFail(laptop.ctx, 'checkout:take', { uploadId: junk })).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('tidak dapat dibaca sebagai berkas Sipena') });
    expect((await callOk(laptop.ctx, 'checkout:take', { uploadId: upload })).side).toBe('borrowed');
  });
});
