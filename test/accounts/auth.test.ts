import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { openApp } from '../../electron/main/app-context.ts';
import type { AppContext } from '../../electron/main/app-context.ts';
import { verifyAuditChain } from '../../electron/main/audit/audit-log.ts';
import type { Envelope } from '../../shared/ipc/envelope.ts';
import { TEST_ADMIN, TEST_SCRYPT, dbFingerprint, repoResources, tempApp, tempDir, validCase } from '../support/temp-app.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const silent = () => {};

/** An app with a clock the test moves forward. */
async function clockedApp(dir: string, clock: { ms: number }): Promise<AppContext> {
  const ctx = await openApp({ dataDir: dir, resourcesDir: repoResources, appVersion: 'test', now: () => new Date(clock.ms), passwordParams: TEST_SCRYPT });
  cleanups.push(() => ctx.db.open && ctx.db.close());
  return ctx;
}

const call = (ctx: AppContext, channel: string, payload: unknown = {}) => dispatch(ctx, handlers, channel, payload, silent);
const errorOf = (r: Envelope<unknown>) => (r.ok ? null : r.error);
const auditActions = (ctx: AppContext) => (ctx.db.prepare('SELECT action FROM audit_log ORDER BY id').all() as { action: string }[]).map((r) => r.action);

describe('first launch', () => {
  it('refuses everything but the public channels until the administrator exists, writing nothing', async () => {
    const app = await tempApp(undefined, { auth: 'none' });
    cleanups.push(app.close);
    const before = dbFingerprint(app.ctx);
    expect(await call(app.ctx, 'auth:status')).toEqual({ ok: true, value: { needsSetup: true, user: null, locked: false, idleMinutes: 10 } });
    for (const channel of ['cases:list', 'cases:create', 'users:list', 'catalogue:violations']) {
      expect(errorOf(await call(app.ctx, channel, channel === 'cases:create' ? validCase : {})), channel).toEqual({ code: 'UNAUTHENTICATED', message: 'Silakan masuk terlebih dahulu.' });
    }
    expect(dbFingerprint(app.ctx)).toBe(before);
  });

  it('checks the password rule in Indonesian, creates and signs in the administrator once, and audits it without the hash', async () => {
    const app = await tempApp(undefined, { auth: 'none' });
    cleanups.push(app.close);
    const weak = errorOf(await call(app.ctx, 'auth:setup', { username: 'kepala', displayName: 'Kepala', password: 'pendek1' }));
    expect(weak?.fields?.['password']).toBe('kata sandi minimal 10 karakter');
    const noDigit = errorOf(await call(app.ctx, 'auth:setup', { username: 'kepala', displayName: 'Kepala', password: 'tanpaangkasama' }));
    expect(noDigit?.fields?.['password']).toBe('kata sandi harus memuat huruf dan angka');
    const badName = errorOf(await call(app.ctx, 'auth:setup', { username: 'a b', displayName: 'Kepala', password: 'Inspektorat2024' }));
    expect(badName?.fields?.['username']).toMatch(/^nama pengguna 3-32 karakter/);

    const ok = await call(app.ctx, 'auth:setup', { username: ' Kepala.Insp ', displayName: 'Kepala Inspektorat', password: 'Inspektorat2024' });
    expect(ok).toEqual({ ok: true, value: { id: 1, username: 'kepala.insp', displayName: 'Kepala Inspektorat', role: 'administrator' } });
    expect(app.ctx.actor()).toBe('kepala.insp');
    expect((await call(app.ctx, 'users:list')).ok).toBe(true);

    const again = errorOf(await call(app.ctx, 'auth:setup', { username: 'mallory', displayName: 'M', password: 'Inspektorat2024' }));
    expect(again?.code).toBe('CONFLICT');
    expect(app.ctx.db.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 1 });
    const audit = app.ctx.db.prepare("SELECT actor, after_json FROM audit_log WHERE action = 'user.create'").get() as { actor: string; after_json: string };
    expect(JSON.parse(audit.after_json)).toEqual({ username: 'kepala.insp', displayName: 'Kepala Inspektorat', role: 'administrator', active: true });
    expect(audit.actor).toMatch(/^system:/);
    const row = app.ctx.db.prepare('SELECT password_hash FROM users').get() as { password_hash: string };
    expect(JSON.stringify(app.ctx.db.prepare('SELECT * FROM audit_log').all())).not.toContain(row.password_hash);
  });
});

describe('login and lockout', () => {
  it('locks after 5 wrong passwords for 30 s, then 60 s, keeps the lock across a restart, and audits every attempt', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const clock = { ms: Date.parse('2024-11-04T03:00:00Z') };
    let ctx = await clockedApp(dir, clock);
    await call(ctx, 'auth:setup', { username: 'admin', displayName: 'Admin', password: 'Inspektorat2024' });
    await call(ctx, 'auth:logout');
    const wrong = () => call(ctx, 'auth:login', { username: 'admin', password: 'salah-salah-1' });
    const right = () => call(ctx, 'auth:login', { username: 'ADMIN', password: 'Inspektorat2024' });

    for (let i = 1; i <= 4; i++) expect(errorOf(await wrong())).toEqual({ code: 'UNAUTHENTICATED', message: 'Nama pengguna atau kata sandi salah.' });
    expect(errorOf(await wrong())?.message).toBe('Akun dikunci sementara karena kata sandi salah berulang kali. Coba lagi dalam 30 detik.');
    // The right password does not get through while locked.
    expect(errorOf(await right())?.message).toMatch(/Coba lagi dalam 30 detik/);

    // Restarting the app does not reset the lock.
    ctx.db.close();
    clock.ms += 10_000;
    ctx = await clockedApp(dir, clock);
    expect(errorOf(await right())?.message).toMatch(/Coba lagi dalam 20 detik/);
    expect(ctx.session.user).toBeNull();

    clock.ms += 21_000;
    expect(errorOf(await wrong())?.message).toMatch(/Coba lagi dalam 60 detik/);
    clock.ms += 61_000;
    expect(await right()).toMatchObject({ ok: true, value: { username: 'admin' } });
    expect(ctx.db.prepare('SELECT failed_attempts, locked_until FROM users').get()).toEqual({ failed_attempts: 0, locked_until: null });

    const actions = auditActions(ctx);
    expect(actions.filter((a) => a === 'auth.loginFailed')).toHaveLength(6);
    expect(actions.filter((a) => a === 'auth.loginRefused')).toHaveLength(2);
    expect(actions.filter((a) => a === 'auth.login')).toHaveLength(1);
    expect(verifyAuditChain(ctx.db).ok).toBe(true);
  });

  it('answers an unknown name exactly like a wrong password and audits it', async () => {
    const app = await tempApp();
    cleanups.push(app.close);
    await call(app.ctx, 'auth:logout');
    expect(errorOf(await call(app.ctx, 'auth:login', { username: 'nobody', password: 'whatever123' }))).toEqual({ code: 'UNAUTHENTICATED', message: 'Nama pengguna atau kata sandi salah.' });
    expect(app.ctx.db.prepare("SELECT entity_id, reason FROM audit_log WHERE action = 'auth.loginFailed'").get()).toEqual({ entity_id: 'nobody', reason: 'unknown user name' });
  });

  it('refuses a deactivated account even with the right password', async () => {
    const app = await tempApp();
    cleanups.push(app.close);
    const created = await call(app.ctx, 'users:create', { username: 'budi', displayName: 'Budi', role: 'clerk', password: 'Registrasi2024' });
    const id = created.ok ? (created.value as { id: number }).id : 0;
    expect((await call(app.ctx, 'users:update', { id, displayName: 'Budi', role: 'clerk', active: false })).ok).toBe(true);
    await call(app.ctx, 'auth:logout');
    expect(errorOf(await call(app.ctx, 'auth:login', { username: 'budi', password: 'Registrasi2024' }))?.message).toBe('Akun ini dinonaktifkan. Hubungi administrator.');
  });

  it('serialises parallel guesses so they cannot outrun the lockout', async () => {
    const app = await tempApp();
    cleanups.push(app.close);
    await call(app.ctx, 'auth:logout');
    const answers = await Promise.all(Array.from({ length: 12 }, () => call(app.ctx, 'auth:login', { username: TEST_ADMIN.username, password: 'tebak-tebak-9' })));
    expect(answers.filter((a) => errorOf(a)?.message.includes('Coba lagi'))).toHaveLength(8);
    expect(app.ctx.db.prepare('SELECT failed_attempts FROM users').get()).toEqual({ failed_attempts: 5 });
  });
});

describe('changing the own password', () => {
  it('counts wrong current passwords towards the lockout, serialised and audited like login', async () => {
    const app = await tempApp();
    cleanups.push(app.close);
    const change = (currentPassword: string) => call(app.ctx, 'auth:changePassword', { currentPassword, newPassword: 'Lebih-Baru-8' });
    // Parallel guesses from an unattended session cannot outrun the counter either.
    const answers = await Promise.all(Array.from({ length: 8 }, () => change('tebak-tebak-9')));
    expect(answers.filter((a) => errorOf(a)?.fields?.['currentPassword'] === 'Kata sandi salah.')).toHaveLength(4);
    expect(answers.filter((a) => errorOf(a)?.message.includes('Coba lagi dalam 30 detik'))).toHaveLength(4);
    expect(app.ctx.db.prepare('SELECT failed_attempts FROM users').get()).toEqual({ failed_attempts: 5 });
    // While locked even the right current password is refused, and nothing changes.
    expect(errorOf(await change(TEST_ADMIN.password))?.message).toMatch(/Coba lagi dalam \d+ detik/);
    const actions = auditActions(app.ctx);
    expect(actions.filter((a) => a === 'auth.changePasswordFailed')).toHaveLength(5);
    expect(actions.filter((a) => a === 'auth.changePasswordRefused')).toHaveLength(4);
    expect(actions).not.toContain('user.changePassword');
    await call(app.ctx, 'auth:logout');
    expect(errorOf(await call(app.ctx, 'auth:login', { username: TEST_ADMIN.username, password: TEST_ADMIN.password }))?.message).toMatch(/Coba lagi/);
    expect(verifyAuditChain(app.ctx.db).ok).toBe(true);
  });

  it('clears the failure count when the right current password sets a new one', async () => {
    const app = await tempApp();
    cleanups.push(app.close);
    expect(errorOf(await call(app.ctx, 'auth:changePassword', { currentPassword: 'tebak-tebak-9', newPassword: 'Lebih-Baru-8' }))?.code).toBe('INVALID_INPUT');
    expect(await call(app.ctx, 'auth:changePassword', { currentPassword: TEST_ADMIN.password, newPassword: 'Lebih-Baru-8' })).toEqual({ ok: true, value: { ok: true } });
    expect(app.ctx.db.prepare('SELECT failed_attempts, locked_until FROM users').get()).toEqual({ failed_attempts: 0, locked_until: null });
  });
});

describe('screen lock', () => {
  it('locks on request and after the idle time; only the own password unlocks', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const clock = { ms: Date.parse('2024-11-04T03:00:00Z') };
    const ctx = await clockedApp(dir, clock);
    await call(ctx, 'auth:setup', { username: 'admin', displayName: 'Admin', password: 'Inspektorat2024' });

    await call(ctx, 'auth:lock');
    expect(errorOf(await call(ctx, 'users:list'))).toEqual({ code: 'UNAUTHENTICATED', message: 'Layar terkunci. Masukkan kata sandi untuk melanjutkan.' });
    expect(errorOf(await call(ctx, 'auth:unlock', { password: 'bukan-ini-1' }))?.message).toBe('Kata sandi salah.');
    expect((await call(ctx, 'auth:unlock', { password: 'Inspektorat2024' })).ok).toBe(true);

    clock.ms += 9 * 60_000;
    expect((await call(ctx, 'users:list')).ok).toBe(true);
    clock.ms += 10 * 60_000 + 1;
    expect(errorOf(await call(ctx, 'users:list'))?.message).toMatch(/^Layar terkunci/);
    expect(await call(ctx, 'auth:status')).toMatchObject({ ok: true, value: { locked: true, user: { username: 'admin' } } });
    expect(ctx.db.prepare("SELECT reason FROM audit_log WHERE action = 'auth.lock' ORDER BY id DESC LIMIT 1").get()).toEqual({ reason: 'idle' });

    // The administrator shortens the idle time; it applies to the next check.
    await call(ctx, 'auth:unlock', { password: 'Inspektorat2024' });
    expect(await call(ctx, 'users:setIdleMinutes', { minutes: 2 })).toEqual({ ok: true, value: { minutes: 2 } });
    clock.ms += 2 * 60_000 + 1;
    expect(await call(ctx, 'auth:status')).toMatchObject({ ok: true, value: { locked: true, idleMinutes: 2 } });
    expect((await call(ctx, 'auth:logout')).ok).toBe(true);
    expect(await call(ctx, 'auth:status')).toMatchObject({ ok: true, value: { locked: false, user: null, needsSetup: false } });
  });
});

describe('session follows the account', () => {
  it('ends when the account is deactivated or missing, and takes a new role at once', async () => {
    const app = await tempApp();
    cleanups.push(app.close);
    const created = await call(app.ctx, 'users:create', { username: 'wakil', displayName: 'Wakil', role: 'administrator', password: 'Wakil-2024-ok' });
    const id = created.ok ? (created.value as { id: number }).id : 0;
    await call(app.ctx, 'auth:logout');
    await call(app.ctx, 'auth:login', { username: 'wakil', password: 'Wakil-2024-ok' });
    expect((await call(app.ctx, 'users:list')).ok).toBe(true);
    // Another administrator's change (here straight in the table) applies to the next call.
    app.ctx.db.prepare("UPDATE users SET role = 'viewer' WHERE id = ?").run(id);
    expect(await call(app.ctx, 'auth:status')).toMatchObject({ ok: true, value: { user: { role: 'viewer' } } });
    expect(errorOf(await call(app.ctx, 'users:list'))?.code).toBe('FORBIDDEN');
    app.ctx.db.prepare('UPDATE users SET active = 0 WHERE id = ?').run(id);
    expect(errorOf(await call(app.ctx, 'cases:list'))?.code).toBe('UNAUTHENTICATED');
    expect(app.ctx.session.user).toBeNull();
  });
});
