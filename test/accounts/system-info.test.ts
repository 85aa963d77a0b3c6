import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import type { AppContext } from '../../electron/main/app-context.ts';
import { readSetting } from '../../electron/main/system/settings-service.ts';
import { TEST_ADMIN, dbFingerprint, tempApp } from '../support/temp-app.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const call = (ctx: AppContext, channel: string, payload: unknown = {}) => dispatch(ctx, handlers, channel, payload, () => {});

describe('public system channels before sign-in', () => {
  it('system:info gives only version and language while signed out or locked, the folder and actor once signed in', async () => {
    const app = await tempApp();
    cleanups.push(app.close);
    expect(await call(app.ctx, 'system:info')).toEqual({ ok: true, value: { version: app.ctx.appVersion, language: 'id', dataDir: app.ctx.dataDir, actor: 'admin' } });
    await call(app.ctx, 'auth:lock');
    expect(await call(app.ctx, 'system:info')).toEqual({ ok: true, value: { version: app.ctx.appVersion, language: 'id' } });
    await call(app.ctx, 'auth:logout');
    const signedOut = await call(app.ctx, 'system:info');
    expect(signedOut).toEqual({ ok: true, value: { version: app.ctx.appVersion, language: 'id' } });
    expect(JSON.stringify(signedOut)).not.toContain(app.ctx.dataDir);
  });

  it('system:setLanguage writes nothing while signed out but main speaks the choice; signed in it is saved and audited', async () => {
    const app = await tempApp();
    cleanups.push(app.close);
    await call(app.ctx, 'auth:logout');
    const before = dbFingerprint(app.ctx);
    expect(await call(app.ctx, 'system:setLanguage', { language: 'en' })).toEqual({ ok: true, value: { language: 'en' } });
    expect(dbFingerprint(app.ctx)).toBe(before);
    const wrong = await call(app.ctx, 'auth:login', { username: TEST_ADMIN.username, password: 'salah-salah-1' });
    expect(wrong).toMatchObject({ ok: false, error: { message: 'Wrong user name or password.' } });

    await call(app.ctx, 'auth:login', { username: TEST_ADMIN.username, password: TEST_ADMIN.password });
    expect(readSetting(app.ctx, 'language')).toBeUndefined();
    await call(app.ctx, 'system:setLanguage', { language: 'id' });
    expect(readSetting(app.ctx, 'language')).toBe('id');
    const audit = app.ctx.db.prepare("SELECT actor, entity_id FROM audit_log WHERE action = 'setting.update'").all();
    expect(audit).toEqual([{ actor: 'admin', entity_id: 'language' }]);
  });
});
