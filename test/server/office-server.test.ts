import { mkdirSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../../electron/main/ipc/dispatch.ts';
import { handlers as appHandlers } from '../../electron/main/handlers.ts';
import { TEST_ADMIN, addTestUser, dbFingerprint, tempApp, tempDir, validCase } from '../support/temp-app.ts';
import { OfficeClient, httpsRaw, startTestOfficeServer } from '../support/https-client.ts';
import { channels, ipcTable } from '../../shared/ipc/table.ts';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(clock?: () => Date, handlers?: Handlers) {
  const app = await tempApp(undefined, clock ? { clock } : {});
  cleanups.push(app.close);
  // The local session plays no part over HTTP.
  app.ctx.session.user = null;
  const renderer = tempDir();
  cleanups.push(renderer.cleanup);
  mkdirSync(join(renderer.dir, 'assets'));
  writeFileSync(join(renderer.dir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  const { server, ca } = await startTestOfficeServer(app.ctx, renderer.dir, handlers);
  cleanups.push(() => server.close());
  const client = () => new OfficeClient(server.port, ca);
  return { app, server, ca, client };
}

const cookieOf = (r: { headers: Record<string, unknown> }) => {
  const c = r.headers['set-cookie'];
  return (Array.isArray(c) ? c : [c]).join('\n');
};

describe('office server sessions', () => {
  it('signs in with an HttpOnly, Secure, SameSite=Strict cookie and a CSRF token, and needs both on every other call', async () => {
    const { app, client } = await setup();
    const c = client();
    const before = dbFingerprint(app.ctx);
    // No session: 401, nothing runs.
    const none = await c.raw('cases:create', validCase);
    expect(none.status).toBe(401);
    expect(none.envelope).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Sesi Anda tidak ada atau telah berakhir. Silakan masuk kembali.' } });
    expect(dbFingerprint(app.ctx)).toBe(before);

    const login = await c.raw('auth:login', { username: TEST_ADMIN.username, password: TEST_ADMIN.password });
    expect(login.status).toBe(200);
    expect(cookieOf(login)).toMatch(/^sipena_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Secure$/);
    expect(login.envelope).toMatchObject({ ok: true, value: { username: 'admin', role: 'administrator', csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) } });

    const good = await c.call('cases:create', validCase);
    expect(good).toMatchObject({ ok: true, value: { registerNo: 'REG/0001/INSP/2024' } });
    expect(app.ctx.db.prepare("SELECT actor FROM audit_log WHERE action = 'case.create'").all()).toEqual([{ actor: 'admin' }]);

    // The cookie without the header, or with a wrong one: refused before anything runs.
    const after = dbFingerprint(app.ctx);
    for (const csrf of ['-', `${c.csrf}x`, c.csrf.slice(1)]) {
      const r = await c.raw('cases:create', validCase, { 'x-sipena-csrf': csrf });
      expect(r.status, csrf).toBe(403);
      expect(r.envelope).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('CSRF') } });
    }
    const noHeader = await new OfficeClient(c.port, c.ca).raw('cases:list', {}, { cookie: c.cookie, 'x-sipena-csrf': '' });
    expect(noHeader.status).toBe(403);
    expect(dbFingerprint(app.ctx)).toBe(after);

    // A reload: the page has the cookie but not the token; auth:status gives it back.
    const reloaded = new OfficeClient(c.port, c.ca);
    reloaded.cookie = c.cookie;
    expect(await reloaded.call('auth:status')).toMatchObject({ ok: true, value: { user: { username: 'admin' }, csrfToken: c.csrf } });
    expect((await reloaded.call('cases:list', {})).ok).toBe(true);
  });

  it('refuses a wrong Host (421), a cross-site origin, and answers no token in any URL', async () => {
    const { server, ca, client } = await setup();
    expect((await httpsRaw(server.port, ca, 'GET', '/', { host: `evil.example:${server.port}` })).status).toBe(421);
    expect((await httpsRaw(server.port, ca, 'GET', '/', { host: `localhost:${server.port}` })).status).toBe(200);
    const page = await httpsRaw(server.port, ca, 'GET', '/');
    expect(page.body).toContain('<script defer src="/__sipena/web-api.js"></script>');
    expect(page.body).not.toMatch(/token=/);
    const c = client();
    await c.login(TEST_ADMIN.username, TEST_ADMIN.password);
    const cross = await c.raw('cases:list', {}, { origin: 'https://evil.example' });
    expect(cross.status).toBe(403);
    expect(cross.envelope).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const sameOrigin = await c.raw('cases:list', {}, { origin: `https://127.0.0.1:${server.port}`, 'sec-fetch-site': 'same-origin' });
    expect(sameOrigin.envelope.ok).toBe(true);
    expect((await c.raw('cases:list', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });

  it('runs each browser as its own user: roles, FORBIDDEN, logout ends only that cookie', async () => {
    const { app, client } = await setup();
    await addTestUser(app.ctx, 'sari', 'clerk', { displayName: 'Sari' });
    await addTestUser(app.ctx, 'vera', 'viewer', { displayName: 'Vera' });
    const sari = client();
    const vera = client();
    await sari.login('sari', TEST_ADMIN.password);
    await vera.login('vera', TEST_ADMIN.password);
    expect(await vera.call('cases:create', validCase)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await sari.call('cases:create', validCase)).toMatchObject({ ok: true });
    expect(await sari.call('auth:status')).toMatchObject({ ok: true, value: { user: { username: 'sari', role: 'clerk' } } });
    expect(await vera.call('auth:status')).toMatchObject({ ok: true, value: { user: { username: 'vera', role: 'viewer' } } });

    // Each sees who else is signed in, oneself first.
    expect(await sari.call('auth:signedIn')).toEqual({
      ok: true,
      value: [
        { username: 'sari', displayName: 'Sari', role: 'clerk', locked: false, self: true },
        { username: 'vera', displayName: 'Vera', role: 'viewer', locked: false, self: false },
      ],
    });
    const out = await sari.raw('auth:logout');
    expect(cookieOf(out)).toContain('Max-Age=0');
    expect(sari.cookie).toBe('');
    expect((await sari.raw('cases:list', {})).status).toBe(401);
    expect((await vera.call('cases:list', {})).ok).toBe(true);

    // An administrator deactivates vera: her next call ends her session (401, cookie cleared).
    const admin = client();
    await admin.login(TEST_ADMIN.username, TEST_ADMIN.password);
    const veraId = (app.ctx.db.prepare("SELECT id FROM users WHERE username = 'vera'").get() as { id: number }).id;
    expect((await admin.call('users:update', { id: veraId, displayName: 'Vera', role: 'viewer', active: false })).ok).toBe(true);
    const gone = await vera.raw('cases:list', {});
    expect(gone.status).toBe(401);
    expect((await vera.raw('cases:list', {})).status).toBe(401);
  });

  it('limits failed sign-ins per account and per address on the app clock, and a success clears the count', async () => {
    let ms = Date.parse('2024-11-04T03:00:00Z');
    const { app, server, client } = await setup(() => new Date(ms));
    await addTestUser(app.ctx, 'sari', 'clerk');
    const c = client();
    // Unknown names too: the account limit counts the name as typed.
    for (let i = 0; i < 5; i++) expect((await c.raw('auth:login', { username: 'nobody', password: 'salah-salah-1' })).status).toBe(200);
    const blocked = await c.raw('auth:login', { username: 'nobody', password: 'salah-salah-1' });
    expect(blocked.status).toBe(429);
    expect(blocked.headers['retry-after']).toBe('30');
    expect(blocked.envelope).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Terlalu banyak percobaan masuk yang gagal untuk nama pengguna ini. Coba lagi dalam 30 detik.' } });
    // The failed attempts are audited under the address they came from.
    expect(app.ctx.db.prepare("SELECT DISTINCT actor FROM audit_log WHERE action = 'auth.loginFailed'").all()).toEqual([{ actor: 'web:127.0.0.1' }]);
    // Other names from this address still get through, until the address limit.
    await c.login('sari', TEST_ADMIN.password);
    ms += 31_000;
    expect((await c.raw('auth:login', { username: 'nobody', password: 'salah-salah-1' })).status).toBe(200);

    for (let i = 0; i < 20; i++) await c.raw('auth:login', { username: `guess${i}`, password: 'salah-salah-1' });
    const byAddress = await c.raw('auth:login', { username: 'sari', password: TEST_ADMIN.password });
    expect(byAddress.status).toBe(429);
    expect(byAddress.envelope).toMatchObject({ ok: false, error: { message: expect.stringMatching(/dari komputer ini\. Coba lagi dalam \d+ detik/) } });
    ms += 3600_000;
    expect((await c.raw('auth:login', { username: 'sari', password: TEST_ADMIN.password })).envelope.ok).toBe(true);
    expect(server.sessions.size).toBeGreaterThan(0);
  });

  it('speaks each user\'s own language from the page\'s choice', async () => {
    const { client } = await setup();
    const c = client();
    const r = await c.raw('cases:list', {}, { 'x-sipena-language': 'en' });
    expect(r.envelope).toMatchObject({ ok: false, error: { message: 'Your session does not exist or has ended. Please sign in again.' } });
    await c.login(TEST_ADMIN.username, TEST_ADMIN.password);
    const bad = await c.raw('cases:get', { id: 'x' }, { 'x-sipena-language': 'en' });
    expect(bad.envelope).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^The data sent is not valid/) } });
  });
});

describe('nothing personal without a session', () => {
  it('answers 401 on every channel but the public ones, and the public ones reveal no record', async () => {
    const { app, client } = await setup();
    const signedIn = client();
    await signedIn.login(TEST_ADMIN.username, TEST_ADMIN.password);
    expect((await signedIn.call('cases:create', validCase)).ok).toBe(true);
    const anon = client();
    const publicOnes: string[] = [];
    for (const channel of channels) {
      if (ipcTable[channel].policy.access === 'public') {
        publicOnes.push(channel);
        continue;
      }
      const r = await anon.raw(channel, {});
      expect(r.status, channel).toBe(401);
    }
    expect(publicOnes.sort()).toEqual(['auth:login', 'auth:setup', 'auth:status', 'recovery:backups', 'recovery:preview', 'recovery:restore', 'recovery:status', 'system:info', 'system:setLanguage']);
    expect((await anon.call('system:info')).ok && (await anon.call('system:info'))).toEqual({ ok: true, value: { version: 'test', language: 'id' } });
    expect(await anon.call('auth:status')).toEqual({ ok: true, value: { needsSetup: false, user: null, locked: false, idleMinutes: 10 } });
    expect(app.ctx.session.user).toBeNull();
  });
});

describe('what only the server PC itself may do', () => {
  // A LAN address of this machine, if it has one: the server listens there and the test
  // connects from it, so the request comes from a non-loopback address as a colleague's would.
  const lan = Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

  it.skipIf(!lan)('refuses the first administrator and database recovery to a computer on the LAN, with a clear reason', async () => {
    const app = await tempApp(undefined, { auth: 'none' });
    cleanups.push(app.close);
    const renderer = tempDir();
    cleanups.push(renderer.cleanup);
    writeFileSync(join(renderer.dir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    const { server, ca } = await startTestOfficeServer(app.ctx, renderer.dir, appHandlers, lan!);
    cleanups.push(() => server.close());
    expect(server.url).toBe(`https://${lan}:${server.port}/`);
    const colleague = new OfficeClient(server.port, ca, lan!);
    const before = dbFingerprint(app.ctx);
    const setup = await colleague.raw('auth:setup', { username: 'mallory', displayName: 'Mallory', password: 'Inspektorat2024' });
    expect(setup.status).toBe(403);
    expect(setup.envelope).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/^Akun administrator pertama hanya dapat dibuat di komputer server itu sendiri/) } });
    expect((await colleague.raw('recovery:backups', {})).envelope).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/^Pemulihan basis data hanya dapat dilakukan di komputer server/) } });
    expect((await colleague.call('recovery:status')).ok).toBe(true);
    expect((await colleague.call('auth:status')).ok).toBe(true);
    expect(dbFingerprint(app.ctx)).toBe(before);
  });
});

describe('office server shutdown', () => {
  it('lets a running request finish, then refuses new ones and closes', async () => {
    // A registration that waits inside its handler until the test lets it go on.
    let entered!: () => void;
    const inside = new Promise<void>((r) => (entered = r));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow: Handlers = {
      ...appHandlers,
      'cases:create': async (req, ctx) => {
        entered();
        await gate;
        return appHandlers['cases:create'](req, ctx);
      },
    };
    const { app, client, server } = await setup(undefined, slow);
    const c = client();
    await c.login(TEST_ADMIN.username, TEST_ADMIN.password);
    const inFlight = c.call('cases:create', validCase);
    await inside;
    let closed = false;
    const closing = server.close().then(() => (closed = true));
    await new Promise((r) => setImmediate(r));
    expect(closed).toBe(false);
    release();
    expect(await inFlight).toMatchObject({ ok: true, value: { registerNo: 'REG/0001/INSP/2024' } });
    await closing;
    expect(app.ctx.db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 1 });
    await expect(c.call('cases:list', {})).rejects.toThrow();
  });
});
