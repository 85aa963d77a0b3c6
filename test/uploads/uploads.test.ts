/**
 * One upload mechanism for every file (evidence, employee import, logo, letter to verify):
 * who may upload for what, whose upload it is, what it may be used for, and that the
 * bytes wait on disk, not in memory, and are gone once used or dropped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addTestUser, signInAs, tempApp, validCase } from '../support/temp-app.ts';
import { callFail, callOk, uploadBuffer } from '../support/dispatch.ts';
import { uploadsDir } from '../../electron/main/uploads/temp-file.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
let adminId: number;
beforeEach(async () => {
  app = await tempApp();
  adminId = app.ctx.session.user!.id;
});
afterEach(() => app.close());

const LOGO = readFileSync(resolve(import.meta.dirname, '..', 'letters', 'fixtures', 'logo.jpg'));
const tempFiles = () => (existsSync(uploadsDir(app.dir)) ? readdirSync(uploadsDir(app.dir)) : []);

describe('uploads: one mechanism for every file', () => {
  it('streams the chunks to a temp file on disk, and the consumer (the logo) takes it and leaves nothing behind', async () => {
    const uploadId = await uploadBuffer(app.ctx, 'logo', 'logo.jpg', LOGO, 1000);
    const [temp] = tempFiles();
    expect(readFileSync(join(uploadsDir(app.dir), temp!)).equals(LOGO)).toBe(true);
    const settings = await callOk(app.ctx, 'letters:uploadLogo', { uploadId });
    expect(settings.logoFile).toMatch(/^logo-[0-9a-f]{64}\.jpg$/);
    expect(tempFiles()).toEqual([]);
    expect(await callFail(app.ctx, 'letters:uploadLogo', { uploadId })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets each role upload only for what it may do with the file', async () => {
    await addTestUser(app.ctx, 'pengamat', 'viewer', { signIn: true });
    // Anyone may verify a letter; only intake roles bring evidence or registers, only the administrator a logo.
    await expect(uploadBuffer(app.ctx, 'verify', 'surat.pdf', Buffer.from('%PDF-1.4'))).resolves.toMatch(/^[0-9a-f]{32}$/);
    for (const purpose of ['evidence', 'import', 'logo'] as const) {
      expect(await callFail(app.ctx, 'uploads:begin', { purpose, fileName: 'x', size: 10 })).toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it("answers only to the user who began it: another user's chunks, use or abort find nothing", async () => {
    const uploadId = await uploadBuffer(app.ctx, 'logo', 'logo.jpg', LOGO.subarray(0, 100));
    const other = await addTestUser(app.ctx, 'kepala', 'administrator', { signIn: true });
    expect(other).not.toBe(adminId);
    expect(await callFail(app.ctx, 'uploads:chunk', { uploadId, offset: 100, data: Buffer.alloc(3) })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await callFail(app.ctx, 'letters:uploadLogo', { uploadId })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await callOk(app.ctx, 'uploads:abort', { uploadId })).toEqual({ aborted: false });
    signInAs(app.ctx, adminId);
    expect(await callOk(app.ctx, 'uploads:abort', { uploadId })).toEqual({ aborted: true });
    expect(tempFiles()).toEqual([]);
  });

  it("keeps a committed evidence file staged for its own user only: another clerk can neither commit it again nor attach it", async () => {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(64, 7)]);
    const uploadId = await uploadBuffer(app.ctx, 'evidence', 'foto.png', png);
    const staged = await callOk(app.ctx, 'evidence:commit', { uploadId });
    const { id: caseId } = await callOk(app.ctx, 'cases:create', validCase);
    await addTestUser(app.ctx, 'sari', 'clerk', { signIn: true });
    expect(await callFail(app.ctx, 'evidence:commit', { uploadId })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await callFail(app.ctx, 'evidence:attach', { caseId, files: [{ uploadId }] })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await callFail(app.ctx, 'cases:create', { ...validCase, sourceRef: '002/Rek/Bawaslu-Kab/XI/2024', accused: [{ ...validCase.accused[0]!, nip: '199001012015051002', name: 'Dewi Lestari' }], evidence: [{ uploadId }] })).toMatchObject({ code: 'NOT_FOUND' });
    signInAs(app.ctx, adminId);
    const attached = await callOk(app.ctx, 'evidence:attach', { caseId, files: [{ uploadId }] });
    expect(attached.map((e) => e.sha256)).toEqual([staged.sha256]);
  });

  it('is used only for the purpose it was begun for, and only when complete', async () => {
    const uploadId = await uploadBuffer(app.ctx, 'logo', 'logo.jpg', LOGO);
    expect(await callFail(app.ctx, 'letters:verify', { uploadId })).toMatchObject({ code: 'CONFLICT', message: 'Unggahan ini dibuat untuk keperluan lain; pilih berkasnya lagi di layar ini.' });
    expect(await callFail(app.ctx, 'evidence:commit', { uploadId })).toMatchObject({ code: 'CONFLICT' });
    const { uploadId: partial } = await callOk(app.ctx, 'uploads:begin', { purpose: 'logo', fileName: 'logo.jpg', size: LOGO.length });
    await callOk(app.ctx, 'uploads:chunk', { uploadId: partial, offset: 0, data: LOGO.subarray(0, 500) });
    expect(await callFail(app.ctx, 'letters:uploadLogo', { uploadId: partial })).toMatchObject({ code: 'INVALID_INPUT', message: `Unggahan belum lengkap (500 dari ${LOGO.length} bita).` });
  });

  it('refuses a file over its purpose limit before any byte is sent', async () => {
    expect(await callFail(app.ctx, 'uploads:begin', { purpose: 'logo', fileName: 'logo.png', size: 1024 * 1024 + 1 })).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { size: 'berkas logo terlalu besar (maksimal 1 MB)' },
    });
    expect(tempFiles()).toEqual([]);
  });
});
