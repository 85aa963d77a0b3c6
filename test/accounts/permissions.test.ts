import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import type { Handlers } from '../../electron/main/ipc/dispatch.ts';
import { channels } from '../../shared/ipc/table.ts';
import type { Channel } from '../../shared/ipc/table.ts';
import { accessOf, can } from '../../shared/accounts/permissions.ts';
import { ipcTable } from '../../shared/ipc/table.ts';
import { ROLES, canSeeConfidential } from '../../shared/accounts/roles.ts';
import { addTestUser, dbFingerprint, tempApp } from '../support/temp-app.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
beforeEach(async () => {
  app = await tempApp();
});
afterEach(() => app.close());

/** Handlers that only record that they ran: a refused call must never reach one. */
function spyHandlers(): { handlers: Handlers; ran: string[] } {
  const ran: string[] = [];
  const handlers = Object.fromEntries(channels.map((c) => [c, () => (ran.push(c), {})])) as unknown as Handlers;
  return { handlers, ran };
}

describe('permission table', () => {
  it('opens only first launch, login, status and language to callers who are not signed in', () => {
    const open = channels.filter((c) => accessOf(c) === 'public').sort();
    // Recovery channels answer only while the database cannot be opened (no accounts to check then).
    expect(open).toEqual(['auth:login', 'auth:setup', 'auth:status', 'recovery:backups', 'recovery:preview', 'recovery:restore', 'recovery:status', 'system:info', 'system:setLanguage']);
    for (const c of channels) if (accessOf(c) !== 'public') expect((accessOf(c) as readonly string[]).length, c).toBeGreaterThan(0);
  });

  it('keeps user management with the administrator and intake with clerk and administrator', () => {
    for (const c of channels.filter((c) => c.startsWith('users:'))) expect(accessOf(c), c).toEqual(['administrator']);
    expect(ROLES.filter((r) => can(r, 'cases:create'))).toEqual(['administrator', 'clerk']);
    expect(ROLES.filter((r) => can(r, 'cases:list'))).toEqual([...ROLES]);
  });

  it('lets only unlock and logout through a locked screen, and only recovery channels and job polls run during a restore', () => {
    expect(channels.filter((c) => ipcTable[c].policy.whileLocked).sort()).toEqual(['auth:logout', 'auth:unlock']);
    expect(channels.filter((c) => ipcTable[c].policy.duringRestore).sort()).toEqual(['backup:job', 'recovery:backups', 'recovery:preview', 'recovery:restore', 'recovery:status']);
  });

  it('hides reporter identity and evidence from the viewer only', () => {
    expect(ROLES.filter((r) => !canSeeConfidential(r))).toEqual(['viewer']);
  });
});

describe('enforcement in dispatch', () => {
  it('answers UNAUTHENTICATED on every non-public channel when nobody is signed in, without running a handler or writing', async () => {
    app.ctx.session.user = null;
    const { handlers, ran } = spyHandlers();
    const before = dbFingerprint(app.ctx);
    for (const c of channels.filter((c) => accessOf(c) !== 'public')) {
      const r = await dispatch(app.ctx, handlers, c, {});
      expect(r, c).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Silakan masuk terlebih dahulu.' } });
    }
    expect(ran).toEqual([]);
    expect(dbFingerprint(app.ctx)).toBe(before);
  });

  it.each(ROLES)('refuses %s every channel outside its roles with FORBIDDEN before the handler runs', async (role) => {
    await addTestUser(app.ctx, `uji.${role}`, role, { signIn: true });
    const { handlers, ran } = spyHandlers();
    const before = dbFingerprint(app.ctx);
    for (const c of channels) {
      const r = await dispatch(app.ctx, handlers, c, {});
      if (can(role, c as Channel)) continue;
      expect(r, c).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Anda tidak berwenang melakukan tindakan ini.' } });
      expect(ran, c).not.toContain(c);
    }
    expect(ran.every((c) => can(role, c as Channel))).toBe(true);
    expect(dbFingerprint(app.ctx)).toBe(before);
  });
});
