import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { sniffMime } from '../../electron/main/evidence/sniff-mime.ts';
import { ingestFile, storedPath } from '../../electron/main/evidence/evidence-store.ts';
import { getCase } from '../../electron/main/cases/case-service.ts';
import { verifyAuditChain } from '../../electron/main/audit/audit-log.ts';
import type { Channel, ChannelRequest } from '../../shared/ipc/table.ts';
import { callOk } from '../support/dispatch.ts';
import { dbFingerprint, tempApp, validCase } from '../support/temp-app.ts';
import { UPLOAD_CHUNK_BYTES } from '../../shared/uploads/schemas.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
beforeEach(async () => {
  app = await tempApp();
});
afterEach(() => app.close());

const call = <C extends Channel>(channel: C, payload: ChannelRequest<C>) => callOk(app.ctx, channel, payload);

/** Uploads bytes the way the renderer does: uploads:begin, byte chunks, evidence:commit. */
async function upload(name: string, bytes: Buffer, chunk = 1000) {
  const { uploadId } = await call('uploads:begin', { purpose: 'evidence', fileName: name, size: bytes.length });
  for (let off = 0; off < bytes.length; off += chunk) {
    await call('uploads:chunk', { uploadId, offset: off, data: bytes.subarray(off, off + chunk) });
  }
  return call('evidence:commit', { uploadId });
}

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(3000, 7)]);
const PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('evidence store', () => {
  it('sniffs the type from magic bytes, not the name', () => {
    expect(sniffMime(PNG)).toBe('image/png');
    expect(sniffMime(PDF)).toBe('application/pdf');
    expect(sniffMime(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(sniffMime(Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42')]))).toBe('video/mp4');
    expect(sniffMime(Buffer.from('MZ\x90\x00\x03', 'latin1'))).toBe('application/x-msdownload');
    expect(sniffMime(Buffer.from('catatan biasa'))).toBe('text/plain');
  });

  it('streams chunks into evidence/<sha256>, records hash, size, sniffed type and original name, and attaches at intake', async () => {
    const png = await upload('foto-kampanye.pdf', PNG);
    expect(png).toMatchObject({ sha256: sha(PNG), size: PNG.length, mime: 'image/png', originalName: 'foto-kampanye.pdf' });
    const pdf = await upload('surat-bawaslu.pdf', PDF, 16);
    const created = await call('cases:create', {
      ...validCase,
      evidence: [{ uploadId: png.uploadId, description: 'Foto di lokasi' }, { uploadId: pdf.uploadId, category: 'source_document' }],
      links: [{ url: 'https://www.facebook.com/contoh/posts/123', description: 'Unggahan terlapor' }],
    });
    const c = getCase(app.ctx, created.id);
    expect(c.evidence!.map((e) => [e.kind, e.category, e.mime, e.originalName, e.url])).toEqual([
      ['file', 'evidence', 'image/png', 'foto-kampanye.pdf', null],
      ['file', 'source_document', 'application/pdf', 'surat-bawaslu.pdf', null],
      ['url', 'evidence', null, null, 'https://www.facebook.com/contoh/posts/123'],
    ]);
    const stored = storedPath(app.dir, sha(PNG));
    expect(readFileSync(stored).equals(PNG)).toBe(true);
    expect(readdirSync(join(app.dir, 'evidence')).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(c.history.map((h) => h.action)).toEqual(['case.create', 'evidence.add', 'evidence.add', 'evidence.add']);
    // The upload is consumed: it cannot be attached a second time.
    await expect(call('evidence:attach', { caseId: created.id, files: [{ uploadId: png.uploadId }] })).rejects.toThrow(/NOT_FOUND/);
  });

  it('reads the file back in chunks for preview', async () => {
    const png = await upload('a.png', PNG);
    const { id } = await call('cases:create', { ...validCase, evidence: [{ uploadId: png.uploadId }] });
    const [item] = (await call('cases:get', { id })).evidence!;
    const first = await call('evidence:read', { id: item!.id, offset: 0, length: 2000 });
    const rest = await call('evidence:read', { id: item!.id, offset: 2000, length: 2000 });
    expect(first).toMatchObject({ total: PNG.length, mime: 'image/png' });
    expect(Buffer.concat([first.data, rest.data]).equals(PNG)).toBe(true);
  });

  it('verify re-hashes: a match, then a mismatch after tampering, both in the timeline', async () => {
    const png = await upload('a.png', PNG);
    const { id } = await call('cases:create', { ...validCase, evidence: [{ uploadId: png.uploadId }] });
    const evidenceId = (await call('cases:get', { id })).evidence![0]!.id;
    expect(await call('evidence:verify', { id: evidenceId })).toMatchObject({ ok: true, expected: sha(PNG), actual: sha(PNG) });
    const path = storedPath(app.dir, sha(PNG));
    chmodSync(path, 0o644);
    writeFileSync(path, Buffer.concat([PNG, Buffer.from('x')]));
    const bad = await call('evidence:verify', { id: evidenceId });
    expect(bad.ok).toBe(false);
    expect(bad.actual).not.toBe(sha(PNG));
    const actions = (await call('cases:get', { id })).history.map((h) => h.action);
    expect(actions.slice(-2)).toEqual(['evidence.verified', 'evidence.mismatch']);
    expect(verifyAuditChain(app.ctx.db).ok).toBe(true);
  });

  it('never overwrites a stored file: the same content uploaded twice keeps the first copy untouched', async () => {
    const a = await upload('x.png', PNG);
    const path = storedPath(app.dir, a.sha256);
    const before = readFileSync(path);
    const b = await upload('y.png', PNG);
    expect(b.sha256).toBe(a.sha256);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses chunks out of order, past the declared size, or a commit short of it, writing nothing', async () => {
    const { uploadId } = await call('uploads:begin', { purpose: 'evidence', fileName: 'a.bin', size: 10 });
    await expect(call('uploads:chunk', { uploadId, offset: 5, data: Buffer.from('abc') })).rejects.toThrow(/CONFLICT/);
    await expect(call('uploads:chunk', { uploadId, offset: 0, data: Buffer.alloc(11) })).rejects.toThrow(/INVALID_INPUT/);
    await call('uploads:chunk', { uploadId, offset: 0, data: Buffer.alloc(4) });
    await expect(call('evidence:commit', { uploadId })).rejects.toThrow(/Unggahan belum lengkap \(4 dari 10 bita\)/);
    await call('uploads:abort', { uploadId });
    expect(readdirSync(join(app.dir, 'evidence'))).toEqual([]);
    // Text is not bytes: a chunk arriving as a (base64) string is refused, as is one past the chunk size.
    expect(await dispatch(app.ctx, handlers, 'uploads:chunk', { uploadId, offset: 0, data: 'AAAA' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await dispatch(app.ctx, handlers, 'uploads:chunk', { uploadId, offset: 0, data: Buffer.alloc(UPLOAD_CHUNK_BYTES + 1) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { data: 'potongan berkas terlalu besar (maksimal 4 MB)' } },
    });
  });

  it('a case with an unknown upload id is refused and nothing is written, not even a register number', async () => {
    const before = dbFingerprint(app.ctx);
    const r = await dispatch(app.ctx, handlers, 'cases:create', { ...validCase, evidence: [{ uploadId: 'a'.repeat(32) }] });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('pilih berkasnya lagi') } });
    expect(dbFingerprint(app.ctx)).toBe(before);
  });

  it('keeps URLs as text and never fetches them', async () => {
    let hits = 0;
    const server = createServer((_req, res) => {
      hits++;
      res.end('x');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
    const port = (server.address() as { port: number }).port;
    try {
      const { id } = await call('cases:create', { ...validCase, links: [{ url: `http://127.0.0.1:${port}/bukti` }] });
      await call('cases:get', { id });
      await call('evidence:list', { id });
      expect(hits).toBe(0);
      const r = await dispatch(app.ctx, handlers, 'evidence:attach', { caseId: id, links: [{ url: 'javascript:alert(1)' }] });
      expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('http://') } });
    } finally {
      server.close();
    }
  });

  it('ingests a file from disk by streaming (CLI, demo data)', async () => {
    const src = join(app.dir, 'src.pdf');
    writeFileSync(src, PDF);
    const stored = await ingestFile(app.dir, src);
    expect(stored).toEqual({ sha256: sha(PDF), size: PDF.length, mime: 'application/pdf', previous: 'missing' });
    expect(existsSync(storedPath(app.dir, stored.sha256))).toBe(true);
  });
});
