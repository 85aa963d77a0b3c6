import { chmodSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { storedPath } from '../../electron/main/evidence/evidence-store.ts';
import { verifyDataFolder } from '../../electron/main/backup/verify-data.ts';
import type { Channel, ChannelRequest } from '../../shared/ipc/table.ts';
import { callOk } from '../support/dispatch.ts';
import { tempApp, validCase } from '../support/temp-app.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
beforeEach(async () => {
  app = await tempApp();
});
afterEach(() => app.close());

const call = <C extends Channel>(channel: C, payload: ChannelRequest<C>) => callOk(app.ctx, channel, payload);

async function upload(name: string, bytes: Buffer) {
  const { uploadId } = await call('uploads:begin', { purpose: 'evidence', fileName: name, size: bytes.length });
  await call('uploads:chunk', { uploadId, offset: 0, data: bytes });
  return call('evidence:commit', { uploadId });
}

const PHOTO = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(5000, 9)]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A case with one photo; returns the evidence id and the stored file's path. */
async function caseWithPhoto(): Promise<{ caseId: number; evidenceId: number; path: string }> {
  const staged = await upload('foto-lokasi.png', PHOTO);
  const created = await call('cases:create', { ...validCase, evidence: [{ uploadId: staged.uploadId }] });
  const [item] = await call('evidence:list', { id: created.id });
  return { caseId: created.id, evidenceId: item!.id, path: storedPath(app.dir, sha(PHOTO)) };
}

/** Replaces the stored (read-only) file the way an intruder with disk access would. */
function replaceStored(path: string, how: 'symlink' | 'bytes' | 'delete'): void {
  chmodSync(path, 0o644);
  rmSync(path);
  if (how === 'symlink') symlinkSync('/etc/passwd', path);
  if (how === 'bytes') writeFileSync(path, Buffer.concat([PHOTO.subarray(0, 100), Buffer.from('diubah')]));
}

async function readError(evidenceId: number) {
  const r = await dispatch(app.ctx, handlers, 'evidence:read', { id: evidenceId, offset: 0, length: 4096 });
  expect(r.ok).toBe(false);
  return r.ok ? undefined : r.error;
}

describe('evidence reads check the disk', () => {
  it('never serves a stored file replaced by a symlink (to /etc/passwd)', async () => {
    const { evidenceId, path } = await caseWithPhoto();
    replaceStored(path, 'symlink');
    const err = await readError(evidenceId);
    expect(err).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('diganti dengan tautan') });
    expect(err?.message).toContain('foto-lokasi.png');
    expect(JSON.stringify(err)).not.toContain('root:');
    expect(await call('evidence:verify', { id: evidenceId })).toMatchObject({ ok: false, actual: null });
    const report = await verifyDataFolder(app.ctx.db, app.dir);
    expect(report.problems).toContain(`evidence file replaced by a link or folder: "foto-lokasi.png" (${sha(PHOTO).slice(0, 12)})`);
  });

  it('re-hashes on read and refuses altered bytes with a clear error', async () => {
    const { evidenceId, path } = await caseWithPhoto();
    // A first read hashes and serves the file; a change afterwards is still noticed.
    expect(Buffer.from((await call('evidence:read', { id: evidenceId, offset: 0, length: 16 })).data).equals(PHOTO.subarray(0, 16))).toBe(true);
    replaceStored(path, 'bytes');
    expect(await readError(evidenceId)).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('hash berbeda') });
  });

  it('answers a missing stored file with a clear NOT_FOUND, never INTERNAL', async () => {
    const { evidenceId, path } = await caseWithPhoto();
    replaceStored(path, 'delete');
    expect(await readError(evidenceId)).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('tidak ada lagi di penyimpanan bukti') });
  });

  for (const how of ['bytes', 'symlink', 'delete'] as const) {
    it(`repairs the stored copy (${how}) from an upload of the original, atomically, with an audit row on the case`, async () => {
      const { caseId, evidenceId, path } = await caseWithPhoto();
      replaceStored(path, how);
      const again = await upload('foto-lokasi (salinan).png', PHOTO);
      expect(again.sha256).toBe(sha(PHOTO));
      expect(lstatSync(path).isSymbolicLink()).toBe(false);
      expect(readFileSync(path).equals(PHOTO)).toBe(true);
      expect(lstatSync(path).mode & 0o222).toBe(0);
      expect(Buffer.from((await call('evidence:read', { id: evidenceId, offset: 0, length: 8 })).data).equals(PHOTO.subarray(0, 8))).toBe(true);
      const audit = app.ctx.db.prepare("SELECT entity_id, before_json FROM audit_log WHERE action = 'evidence.repaired'").all() as { entity_id: string; before_json: string }[];
      expect(audit).toEqual([{ entity_id: String(caseId), before_json: expect.stringContaining(how === 'bytes' ? '"altered"' : how === 'symlink' ? '"notRegular"' : '"missing"') }]);
    });
  }

  it('writes no repair row when the stored copy was sound', async () => {
    await caseWithPhoto();
    await upload('foto-lagi.png', PHOTO);
    expect(app.ctx.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'evidence.repaired'").get()).toEqual({ n: 0 });
  });
});
