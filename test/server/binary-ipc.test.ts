/**
 * Bytes over HTTP (shared/ipc/binary.ts): an upload chunk is a raw application/octet-stream
 * body, never base64 in JSON; an answer holding bytes (an evidence chunk, a bulk print) comes
 * back as the raw body. The same checks as every call: session cookie, CSRF header (read
 * before a byte of the body), the channel's schema and policy, and a size limit of its own.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_ADMIN, addTestUser, tempApp, tempDir, validCase } from '../support/temp-app.ts';
import { OfficeClient, httpsRaw, startTestOfficeServer } from '../support/https-client.ts';
import { decodeIpcAnswer } from '../support/ipc-http.ts';
import { startWebServer } from '../../electron/web/server.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { UPLOAD_CHUNK_BYTES } from '../../shared/uploads/schemas.ts';
import { FIELDS_HEADER } from '../../shared/ipc/binary.ts';
import type { Envelope } from '../../shared/ipc/envelope.ts';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function rendererDir(): string {
  const renderer = tempDir();
  cleanups.push(renderer.cleanup);
  mkdirSync(join(renderer.dir, 'assets'));
  writeFileSync(join(renderer.dir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  return renderer.dir;
}

async function officeServer() {
  const app = await tempApp();
  cleanups.push(app.close);
  app.ctx.session.user = null;
  const { server, ca } = await startTestOfficeServer(app.ctx, rendererDir());
  cleanups.push(() => server.close());
  const c = new OfficeClient(server.port, ca);
  await c.login(TEST_ADMIN.username, TEST_ADMIN.password);
  return { app, server, ca, c };
}

/** The value of a successful answer. */
function valueOf<T>(e: Envelope<unknown>): T {
  if (!e.ok) throw new Error(e.error.message);
  return e.value as T;
}

/** The files waiting in the evidence store's temp area (an upload's bytes so far). */
const partFiles = (dir: string) => readdirSync(join(dir, 'evidence')).filter((n) => n.endsWith('.part'));

describe('binary IPC over HTTPS (office server)', () => {
  it('uploads evidence in raw binary chunks and reads it back as raw bytes, the same file byte for byte', async () => {
    const { c } = await officeServer();
    const bytes = Buffer.alloc(UPLOAD_CHUNK_BYTES + 12_345);
    for (let i = 0; i < bytes.length; i += 4096) bytes.writeUInt32BE(i, i);
    const begun = await c.call('uploads:begin', { purpose: 'evidence', fileName: 'rekaman.bin', size: bytes.length });
    const uploadId = valueOf<{ uploadId: string }>(begun).uploadId;
    for (let offset = 0; offset < bytes.length; offset += UPLOAD_CHUNK_BYTES) {
      const r = await c.raw('uploads:chunk', { uploadId, offset, data: bytes.subarray(offset, offset + UPLOAD_CHUNK_BYTES) });
      // Sent as it is: no base64 anywhere on the way.
      expect(r.envelope).toEqual({ ok: true, value: { received: Math.min(bytes.length, offset + UPLOAD_CHUNK_BYTES) } });
    }
    const staged = await c.call('evidence:commit', { uploadId });
    expect(staged).toMatchObject({ ok: true, value: { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length } });

    const created = await c.call('cases:create', { ...validCase, evidence: [{ uploadId, description: 'Rekaman' }] });
    expect(created.ok).toBe(true);
    const list = await c.call('evidence:list', { id: valueOf<{ id: number }>(created).id });
    const evidenceId = valueOf<{ id: number; kind: string }[]>(list).find((e) => e.kind === 'file')!.id;
    const read = await c.raw('evidence:read', { id: evidenceId, offset: 5, length: 1000 });
    expect(read.headers['content-type']).toBe('application/octet-stream');
    expect(read.headers['x-sipena-binary']).toBe('data');
    expect(read.bytes.equals(bytes.subarray(5, 1005))).toBe(true);
    expect(read.envelope).toMatchObject({ ok: true, value: { offset: 5, total: bytes.length, mime: 'application/octet-stream' } });
  });

  it('refuses a binary chunk without the CSRF header or with a wrong one (403) before reading it, and writes nothing', async () => {
    const { app, server, ca, c } = await officeServer();
    const begun = await c.call('uploads:begin', { purpose: 'evidence', fileName: 'a.bin', size: 10 });
    const uploadId = valueOf<{ uploadId: string }>(begun).uploadId;
    const fields = encodeURIComponent(JSON.stringify({ uploadId, offset: 0 }));
    const base = { 'content-type': 'application/octet-stream', [FIELDS_HEADER]: fields, cookie: c.cookie };
    const none = await httpsRaw(server.port, ca, 'POST', '/ipc/uploads:chunk', base, Buffer.alloc(10, 7));
    expect(none.status).toBe(403);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('CSRF') } });
    const wrong = await httpsRaw(server.port, ca, 'POST', '/ipc/uploads:chunk', { ...base, 'x-sipena-csrf': `${c.csrf}x` }, Buffer.alloc(10, 7));
    expect(wrong.status).toBe(403);
    // Without the cookie: no session, 401.
    const anonymous = await httpsRaw(server.port, ca, 'POST', '/ipc/uploads:chunk', { ...base, cookie: '', 'x-sipena-csrf': c.csrf }, Buffer.alloc(10, 7));
    expect(anonymous.status).toBe(401);
    // Nothing was appended: the first chunk at offset 0 is still the one expected.
    expect(await c.call('uploads:chunk', { uploadId, offset: 0, data: Buffer.alloc(10, 1) })).toEqual({ ok: true, value: { received: 10 } });
    expect(partFiles(app.dir)).toHaveLength(1);
  });

  it('refuses a chunk over the chunk size (413), a binary body for a channel that takes none (415), and a string chunk in JSON', async () => {
    const { c } = await officeServer();
    const size = UPLOAD_CHUNK_BYTES * 2;
    const begun = await c.call('uploads:begin', { purpose: 'evidence', fileName: 'besar.bin', size });
    const uploadId = valueOf<{ uploadId: string }>(begun).uploadId;
    const over = await c.raw('uploads:chunk', { uploadId, offset: 0, data: Buffer.alloc(UPLOAD_CHUNK_BYTES + 1) });
    expect(over.status).toBe(413);
    expect(over.envelope).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining(`> ${UPLOAD_CHUNK_BYTES} bytes`) } });

    const other = await c.raw('cases:create', {}, { 'content-type': 'application/octet-stream', [FIELDS_HEADER]: encodeURIComponent('{}') });
    expect(other.status).toBe(415);
    expect(other.envelope).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    // The old way (base64 text in JSON) is no chunk at all.
    const text = await c.raw('uploads:chunk', { uploadId, offset: 0, dataBase64: 'AAAA' });
    expect(text.envelope).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    // After all that, the upload still expects its first byte.
    expect(await c.call('uploads:chunk', { uploadId, offset: 0, data: Buffer.alloc(UPLOAD_CHUNK_BYTES, 2) })).toEqual({ ok: true, value: { received: UPLOAD_CHUNK_BYTES } });
  });

  it('gives another user nothing of an upload they did not begin, binary or not', async () => {
    const { app, server, ca, c } = await officeServer();
    await addTestUser(app.ctx, 'sari', 'clerk');
    const sari = new OfficeClient(server.port, ca);
    await sari.login('sari', TEST_ADMIN.password);
    const begun = await c.call('uploads:begin', { purpose: 'evidence', fileName: 'a.bin', size: 4 });
    const uploadId = valueOf<{ uploadId: string }>(begun).uploadId;
    expect(await sari.call('uploads:chunk', { uploadId, offset: 0, data: Buffer.alloc(4) })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('binary IPC over the loopback web harness', () => {
  it('takes a raw chunk with the token and refuses one without it (401)', async () => {
    const app = await tempApp();
    cleanups.push(app.close);
    const web = await startWebServer({ ctx: app.ctx, handlers, rendererDir: rendererDir() });
    cleanups.push(web.close);
    const post = (channel: string, headers: Record<string, string>, body: string | Uint8Array) =>
      new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }>((ok, fail) => {
        const req = request({ host: '127.0.0.1', port: web.port, method: 'POST', path: `/ipc/${channel}`, headers: { host: `127.0.0.1:${web.port}`, ...headers } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (b: Buffer) => chunks.push(b));
          res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
        });
        req.on('error', fail);
        req.end(body);
      });
    const token = { 'x-sipena-token': web.token };
    const begun = decodeIpcAnswer({}, (await post('uploads:begin', { ...token, 'content-type': 'application/json' }, JSON.stringify({ purpose: 'logo', fileName: 'logo.png', size: 3 }))).bytes);
    const uploadId = valueOf<{ uploadId: string }>(begun).uploadId;
    const binary = { 'content-type': 'application/octet-stream', [FIELDS_HEADER]: encodeURIComponent(JSON.stringify({ uploadId, offset: 0 })) };
    expect((await post('uploads:chunk', binary, Buffer.from([1, 2, 3]))).status).toBe(401);
    const ok = await post('uploads:chunk', { ...token, ...binary }, Buffer.from([1, 2, 3]));
    expect(decodeIpcAnswer(ok.headers, ok.bytes)).toEqual({ ok: true, value: { received: 3 } });
    const over = await post('uploads:chunk', { ...token, ...binary }, Buffer.alloc(UPLOAD_CHUNK_BYTES + 1));
    expect(over.status).toBe(413);
  });
});
