import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import type { AppContext } from '../../electron/main/app-context.ts';
import type { Session } from '../../electron/main/accounts/session.ts';
import { verifyAuditChain } from '../../electron/main/audit/audit-log.ts';
import { addTestUser, dbFingerprint, sessionFor, tempApp, validCase } from '../support/temp-app.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const as = (ctx: AppContext, s: Session, channel: string, payload: unknown) => dispatch(ctx, handlers, channel, payload, () => {}, s);

/** The edit form's payload from what cases:get returned. */
function formOf(c: Record<string, unknown>, patch: Record<string, unknown>) {
  return { ...validCase, id: c['id'], reason: 'Koreksi dari berita acara', expectedVersion: c['version'], ...patch };
}

const two = (n: number) => String(n).padStart(2, '0');

describe('no lost updates on the case record', () => {
  it('numbers versions, refuses the second of two edits from forms loaded together with STALE naming who and when and the changed fields, and writes nothing', async () => {
    let ms = Date.parse('2024-11-04T03:00:00Z');
    const app = await tempApp(undefined, { clock: () => new Date(ms) });
    cleanups.push(app.close);
    const { ctx } = app;
    const sari = sessionFor(ctx, await addTestUser(ctx, 'sari', 'clerk', { displayName: 'Sari Wulandari' }));
    const budi = sessionFor(ctx, await addTestUser(ctx, 'budi', 'clerk', { displayName: 'Budi Hartono' }));
    const created = await as(ctx, sari, 'cases:create', validCase);
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { id: number }).id;

    // Both open the edit form: both hold version 1.
    const loadedBySari = await as(ctx, sari, 'cases:get', { id });
    const loadedByBudi = await as(ctx, budi, 'cases:get', { id });
    if (!loadedBySari.ok || !loadedByBudi.ok) throw new Error('get');
    expect((loadedBySari.value as { version: number }).version).toBe(1);

    ms += 42 * 60_000;
    // Both kept working meanwhile (no idle lock).
    sari.lastActivity = budi.lastActivity = ms;
    const first = await as(ctx, sari, 'cases:update', formOf(loadedBySari.value as Record<string, unknown>, { incidentPlace: 'Aula Kantor Camat', chronology: 'Kronologi yang dikoreksi Sari.' }));
    expect(first).toMatchObject({ ok: true, value: { version: 2, changed: ['incident_place', 'chronology'] } });

    const before = dbFingerprint(ctx);
    const second = await as(ctx, budi, 'cases:update', formOf(loadedByBudi.value as Record<string, unknown>, { incidentPlace: 'Balai Desa Sukamulya' }));
    const at = new Date(Date.parse('2024-11-04T03:42:00Z'));
    expect(second).toEqual({
      ok: false,
      error: {
        code: 'STALE',
        message: `Kasus ini telah diubah oleh Sari Wulandari (sari) pukul ${two(at.getHours())}.${two(at.getMinutes())} sejak formulir dibuka: muat ulang, lalu ulangi perubahan Anda. Tidak ada yang disimpan.`,
        fields: { chronology: 'diubah oleh Sari Wulandari (sari) sejak formulir dibuka', incidentPlace: 'diubah oleh Sari Wulandari (sari) sejak formulir dibuka' },
      },
    });
    expect(dbFingerprint(ctx)).toBe(before);

    // After reloading, Budi's edit goes through on version 2 and makes version 3.
    const reloaded = await as(ctx, budi, 'cases:get', { id });
    if (!reloaded.ok) throw new Error('get');
    expect(reloaded.value).toMatchObject({ version: 2, incidentPlace: 'Aula Kantor Camat' });
    const third = await as(ctx, budi, 'cases:update', formOf(reloaded.value as Record<string, unknown>, { incidentPlace: 'Balai Desa Sukamulya', chronology: 'Kronologi yang dikoreksi Sari.' }));
    expect(third).toMatchObject({ ok: true, value: { version: 3, changed: ['incident_place'] } });
    expect(ctx.db.prepare("SELECT actor FROM audit_log WHERE action = 'case.update' ORDER BY id").all()).toEqual([{ actor: 'sari' }, { actor: 'budi' }]);

    // A form from the day before says on which day too (and in English for an English user).
    ms += 24 * 3600_000;
    budi.lastActivity = ms;
    budi.language = 'en';
    const old = await as(ctx, budi, 'cases:update', formOf(reloaded.value as Record<string, unknown>, { chronology: 'Lagi.' }));
    expect(old).toMatchObject({ ok: false, error: { code: 'STALE', message: expect.stringMatching(/^This case was changed by Budi Hartono \(budi\) on 4 November 2024 at \d\d\.\d\d since the form was opened/) } });
    expect(verifyAuditChain(ctx.db).ok).toBe(true);
  });
});
