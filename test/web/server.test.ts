import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer } from '../../electron/web/server.ts';
import type { WebServer } from '../../electron/web/server.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { dbFingerprint, tempApp, tempDir, validCase } from '../support/temp-app.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
let server: WebServer;
let renderer: ReturnType<typeof tempDir>;

beforeAll(async () => {
  app = await tempApp();
  renderer = tempDir();
  mkdirSync(join(renderer.dir, 'assets'));
  writeFileSync(join(renderer.dir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  writeFileSync(join(renderer.dir, 'assets', 'a.js'), 'console.log(1)');
  server = await startWebServer({ ctx: app.ctx, handlers, rendererDir: renderer.dir });
});
afterAll(async () => {
  await server.close();
  app.close();
  renderer.cleanup();
});

/** Raw HTTP so the Host header and paths are sent exactly as written. */
function raw(method: string, path: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, method, path, headers: { host: `127.0.0.1:${server.port}`, ...headers } }, (res) => {
      let data = '';
      res.on('data', (c: Buffer) => (data += c.toString()));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body: data, headers: res.headers }));
    });
    req.on('error', fail);
    if (body !== undefined) req.write(body);
    req.end();
  });
}
const ipc = (channel: string, payload: unknown, token: string | null = server.token) =>
  raw('POST', `/ipc/${channel}`, { 'content-type': 'application/json', ...(token === null ? {} : { 'x-sipena-token': token }) }, JSON.stringify(payload));

describe('web harness', () => {
  it('prints a loopback URL with the token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{20,}$/);
  });

  it('answers 401 without or with a wrong token, and runs nothing', async () => {
    const before = dbFingerprint(app.ctx);
    expect((await ipc('cases:create', validCase, null)).status).toBe(401);
    expect((await ipc('cases:create', validCase, 'wrong')).status).toBe(401);
    expect((await ipc('cases:create', validCase, `${server.token}x`)).status).toBe(401);
    expect(dbFingerprint(app.ctx)).toBe(before);
  });

  it('runs the IPC table with the token and answers the same envelope as Electron', async () => {
    const r = await ipc('cases:create', validCase);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: { id: 1, registerNo: 'REG/0001/INSP/2024' } });
    const bad = JSON.parse((await ipc('cases:get', { id: 'x' })).body);
    expect(bad.ok).toBe(false);
    expect(bad.error.code).toBe('INVALID_INPUT');
  });

  it('rejects malformed JSON with a clear message', async () => {
    const r = await raw('POST', '/ipc/cases:list', { 'x-sipena-token': server.token }, '{not json');
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error.message).toContain('objek JSON');
  });

  it('refuses foreign Host headers (DNS rebinding) and path traversal', async () => {
    expect((await raw('GET', '/', { host: 'evil.example:80' })).status).toBe(421);
    expect((await raw('GET', '/../../../../etc/passwd')).status).toBe(404);
    expect((await raw('GET', '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });

  it('answers a malformed percent escape (GET /%) with 400 and a clear message, not 500', async () => {
    for (const path of ['/%', '/%zz', '/assets/%E0%A4%A']) {
      const r = await raw('GET', path);
      expect(r.status, path).toBe(400);
      expect(r.body).toContain('Alamat tidak valid');
    }
    const r = await raw('POST', '/ipc/%', { 'x-sipena-token': server.token, 'content-type': 'application/json' }, '{}');
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('Alamat tidak valid') });
  });

  it('serves index.html with the api script first and a strict CSP', async () => {
    const r = await raw('GET', '/');
    expect(r.body).toMatch(/<head><script defer src="\/__sipena\/web-api.js"><\/script>/);
    expect(String(r.headers['content-security-policy'])).toContain("script-src 'self'");
    const script = await raw('GET', '/__sipena/web-api.js');
    expect(script.body).toContain('"cases:create"');
    expect((await raw('GET', '/assets/a.js')).body).toBe('console.log(1)');
  });
});
