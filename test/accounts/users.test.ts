import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { hashPassword, lockoutSeconds, verifyPassword, DEFAULT_SCRYPT } from '../../electron/main/accounts/password.ts';
import type { Envelope } from '../../shared/ipc/envelope.ts';
import type { UserSummary } from '../../shared/accounts/schemas.ts';
import { TEST_ADMIN, TEST_SCRYPT, tempApp } from '../support/temp-app.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
beforeEach(async () => {
  app = await tempApp();
});
afterEach(() => app.close());

const call = (channel: string, payload: unknown = {}) => dispatch(app.ctx, handlers, channel, payload, () => {});
const value = <T>(r: Envelope<unknown>) => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
};

describe('password hashing', () => {
  it('uses scrypt at N=2^17, r=8, p=1 with a fresh salt, and compares correctly', async () => {
    expect(DEFAULT_SCRYPT).toEqual({ N: 131072, r: 8, p: 1, keylen: 32 });
    const a = await hashPassword('Inspektorat2024');
    const b = await hashPassword('Inspektorat2024', TEST_SCRYPT);
    expect(JSON.parse(a.params)).toEqual(DEFAULT_SCRYPT);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(Buffer.from(a.hash, 'base64')).toHaveLength(32);
    expect(await verifyPassword('Inspektorat2024', a)).toBe(true);
    expect(await verifyPassword('Inspektorat2025', a)).toBe(false);
  });

  it('grows the lockout: none for 4 failures, then 30 s doubling to at most an hour', () => {
    expect([1, 4, 5, 6, 7, 8, 20].map(lockoutSeconds)).toEqual([0, 0, 30, 60, 120, 240, 3600]);
  });
});

describe('user management', () => {
  it('creates accounts with a role, refuses a taken name, and lists them without secrets', async () => {
    const created = value<UserSummary>(await call('users:create', { username: 'siti', displayName: 'Siti Aminah', role: 'examiner', password: 'Pemeriksa2024' }));
    expect(created).toMatchObject({ username: 'siti', role: 'examiner', active: true, failedAttempts: 0 });
    const dup = await call('users:create', { username: 'SITI', displayName: 'Lain', role: 'viewer', password: 'Pemeriksa2024' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Nama pengguna "siti" sudah dipakai.', fields: { username: 'Nama pengguna "siti" sudah dipakai.' } } });
    const list = value<UserSummary[]>(await call('users:list'));
    expect(list.map((u) => u.username)).toEqual(['admin', 'siti']);
    expect(JSON.stringify(list)).not.toMatch(/hash|salt/i);
    // The new account signs in with its password.
    await call('auth:logout');
    expect(value(await call('auth:login', { username: 'siti', password: 'Pemeriksa2024' }))).toMatchObject({ role: 'examiner' });
  });

  it('never leaves the office without an active administrator and never lets you lock yourself out', async () => {
    const me = app.ctx.session.user!;
    expect(await call('users:update', { id: me.id, displayName: 'Admin', role: 'viewer', active: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call('users:update', { id: me.id, displayName: 'Admin', role: 'administrator', active: false })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const other = value<UserSummary>(await call('users:create', { username: 'wakil', displayName: 'Wakil', role: 'administrator', password: 'Wakil-2024-ok' }));
    expect(value<UserSummary>(await call('users:update', { id: other.id, displayName: 'Wakil Admin', role: 'official', active: true }))).toMatchObject({ role: 'official', displayName: 'Wakil Admin' });
    expect(await call('users:update', { id: 999, displayName: 'X', role: 'viewer', active: true })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Pengguna tidak ditemukan.' } });
    const audit = app.ctx.db.prepare("SELECT before_json, after_json FROM audit_log WHERE action = 'user.update'").get() as { before_json: string; after_json: string };
    expect(JSON.parse(audit.before_json)).toMatchObject({ role: 'administrator' });
    expect(JSON.parse(audit.after_json)).toMatchObject({ role: 'official' });
  });

  it('resets a forgotten password and lifts the lockout', async () => {
    const u = value<UserSummary>(await call('users:create', { username: 'budi', displayName: 'Budi', role: 'clerk', password: 'Registrasi2024' }));
    await call('auth:logout');
    for (let i = 0; i < 5; i++) await call('auth:login', { username: 'budi', password: 'lupa-lupa-1' });
    expect(app.ctx.db.prepare('SELECT failed_attempts FROM users WHERE id = ?').get(u.id)).toEqual({ failed_attempts: 5 });
    await call('auth:login', { username: TEST_ADMIN.username, password: TEST_ADMIN.password });
    expect(value<UserSummary>(await call('users:resetPassword', { id: u.id, password: 'Baru-Sekali-7' }))).toMatchObject({ failedAttempts: 0, lockedUntil: null });
    await call('auth:logout');
    expect((await call('auth:login', { username: 'budi', password: 'Baru-Sekali-7' })).ok).toBe(true);
    expect((await call('auth:changePassword', { currentPassword: 'salah-sekali-1', newPassword: 'Lebih-Baru-8' })).ok).toBe(false);
    expect((await call('auth:changePassword', { currentPassword: 'Baru-Sekali-7', newPassword: 'Lebih-Baru-8' })).ok).toBe(true);
    const actions = (app.ctx.db.prepare("SELECT action, actor FROM audit_log WHERE action LIKE 'user.%'").all() as { action: string; actor: string }[]);
    expect(actions).toEqual([
      { action: 'user.create', actor: 'admin' },
      { action: 'user.resetPassword', actor: 'admin' },
      { action: 'user.changePassword', actor: 'budi' },
    ]);
  });

  it("refuses an administrator's reset of their own password (change-password asks for the current one)", async () => {
    const me = app.ctx.session.user!;
    const before = app.ctx.db.prepare('SELECT password_hash FROM users WHERE id = ?').get(me.id);
    expect(await call('users:resetPassword', { id: me.id, password: 'Ambil-Alih-2026' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Kata sandi akun sendiri diganti lewat "Ganti kata sandi" (perlu kata sandi saat ini), bukan lewat reset.' },
    });
    expect(app.ctx.db.prepare('SELECT password_hash FROM users WHERE id = ?').get(me.id)).toEqual(before);
    expect((await call('auth:changePassword', { currentPassword: TEST_ADMIN.password, newPassword: 'Ganti-Sendiri-9' })).ok).toBe(true);
  });
});
