import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import type { AppContext } from '../../electron/main/app-context.ts';
import type { Session } from '../../electron/main/accounts/session.ts';
import { newSession } from '../../electron/main/accounts/session.ts';
import type { Envelope } from '../../shared/ipc/envelope.ts';
import { TEST_ADMIN, addTestUser, sessionFor, tempApp, validCase } from '../support/temp-app.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const silent = () => {};

const as = (ctx: AppContext, session: Session, channel: string, payload: unknown = {}) => dispatch(ctx, handlers, channel, payload, silent, session);
const errorOf = (r: Envelope<unknown>) => (r.ok ? null : r.error);

describe('a session per caller', () => {
  it('signs two users in at once, each call runs as its own user, and every audit row names it', async () => {
    const app = await tempApp();
    cleanups.push(app.close);
    const { ctx } = app;
    ctx.session.user = null; // the local session plays no part here
    await addTestUser(ctx, 'sari', 'clerk', { displayName: 'Sari' });
    await addTestUser(ctx, 'budi', 'viewer', { displayName: 'Budi' });
    const sari = newSession();
    const budi = newSession();
    expect(await as(ctx, sari, 'auth:login', { username: 'sari', password: TEST_ADMIN.password })).toMatchObject({ ok: true, value: { username: 'sari', role: 'clerk' } });
    expect(await as(ctx, budi, 'auth:login', { username: 'budi', password: TEST_ADMIN.password })).toMatchObject({ ok: true, value: { username: 'budi', role: 'viewer' } });
    expect(ctx.session.user).toBeNull();

    expect(await as(ctx, sari, 'auth:status')).toMatchObject({ ok: true, value: { user: { username: 'sari' } } });
    expect(await as(ctx, budi, 'auth:status')).toMatchObject({ ok: true, value: { user: { username: 'budi' } } });
    expect(errorOf(await as(ctx, budi, 'cases:create', validCase))?.code).toBe('FORBIDDEN');
    // Interleaved: both in flight at once on the one event loop.
    const [a, b] = await Promise.all([as(ctx, sari, 'cases:create', validCase), as(ctx, budi, 'cases:list', {})]);
    expect(a.ok && b.ok).toBe(true);
    const created = ctx.db.prepare("SELECT actor FROM audit_log WHERE action = 'case.create'").all();
    expect(created).toEqual([{ actor: 'sari' }]);
    // A sign-in row is written before the session has its user: the account is its entity.
    const logins = ctx.db.prepare("SELECT entity_id FROM audit_log WHERE action = 'auth.login' ORDER BY id").all();
    expect(logins).toEqual([{ entity_id: '2' }, { entity_id: '3' }]);
    expect((await as(ctx, sari, 'auth:logout')).ok).toBe(true);
    expect(ctx.db.prepare("SELECT actor FROM audit_log WHERE action = 'auth.logout'").all()).toEqual([{ actor: 'sari' }]);
    // Outside any call, the actor is the local one (nobody signed in: system).
    expect(ctx.actor()).toMatch(/^system:/);
  });

  it('keeps idle lock, language and sign-out per session', async () => {
    let ms = Date.parse('2024-11-04T03:00:00Z');
    const app = await tempApp(undefined, { clock: () => new Date(ms) });
    cleanups.push(app.close);
    const { ctx } = app;
    const sariId = await addTestUser(ctx, 'sari', 'clerk');
    const budiId = await addTestUser(ctx, 'budi', 'examiner');
    const sari = sessionFor(ctx, sariId);
    const budi = sessionFor(ctx, budiId);
    // The desktop app (the local session, no session store) knows only its own user.
    expect(await dispatch(ctx, handlers, 'auth:signedIn', {}, silent)).toEqual({ ok: true, value: [{ username: 'admin', displayName: 'Admin Uji', role: 'administrator', locked: false, self: true }] });

    expect(await as(ctx, sari, 'system:setLanguage', { language: 'id' })).toMatchObject({ ok: true });
    expect(await as(ctx, budi, 'system:setLanguage', { language: 'en' })).toMatchObject({ ok: true });
    expect(errorOf(await as(ctx, budi, 'users:list'))?.message).toBe('You are not allowed to do this.');
    expect(errorOf(await as(ctx, sari, 'users:list'))?.message).toBe('Anda tidak berwenang melakukan tindakan ini.');

    // Ten idle minutes pass for sari; budi keeps working and stays unlocked.
    ms += 6 * 60_000;
    expect((await as(ctx, budi, 'auth:touch')).ok).toBe(true);
    ms += 5 * 60_000;
    expect(errorOf(await as(ctx, sari, 'cases:list', {}))?.code).toBe('UNAUTHENTICATED');
    expect(sari.locked).toBe(true);
    expect((await as(ctx, budi, 'cases:list', {})).ok).toBe(true);
    expect(ctx.db.prepare("SELECT actor, reason FROM audit_log WHERE action = 'auth.lock'").all()).toEqual([{ actor: 'sari', reason: 'idle' }]);

    expect((await as(ctx, budi, 'auth:logout')).ok).toBe(true);
    expect(budi.user).toBeNull();
    expect(sari.user?.username).toBe('sari');
    expect((await as(ctx, sari, 'auth:unlock', { password: TEST_ADMIN.password })).ok).toBe(true);
    // The admin's own (local) session was never touched.
    expect(ctx.session.user?.username).toBe('admin');
  });

  it('counts wrong passwords per account across sessions: parallel guesses from many browsers cannot outrun the lockout', async () => {
    const app = await tempApp();
    cleanups.push(app.close);
    const { ctx } = app;
    await addTestUser(ctx, 'sari', 'clerk');
    const guesses = Array.from({ length: 8 }, () => as(ctx, newSession(), 'auth:login', { username: 'sari', password: 'salah-salah-1' }));
    const answers = await Promise.all(guesses);
    expect(answers.every((r) => !r.ok)).toBe(true);
    // The 5th locks; the 6th..8th are refused unchecked.
    const refused = ctx.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'auth.loginRefused'").get();
    expect(refused).toEqual({ n: 3 });
    expect(ctx.db.prepare("SELECT failed_attempts AS n FROM users WHERE username = 'sari'").get()).toEqual({ n: 5 });
  });
});
