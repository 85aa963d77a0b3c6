import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import type { Handlers } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { mutate } from '../../electron/main/app-context.ts';
import type { AppContext } from '../../electron/main/app-context.ts';
import { dbFingerprint, tempApp, validCase } from '../support/temp-app.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
let ctx: AppContext;
const silent = () => {};

beforeEach(async () => {
  app = await tempApp();
  ctx = app.ctx;
});
afterEach(() => app.close());

describe('dispatch', () => {
  it('answers an unknown channel with UNKNOWN_CHANNEL in Indonesian and writes nothing', async () => {
    const before = dbFingerprint(ctx);
    const r = await dispatch(ctx, handlers, 'cases:drop', {});
    expect(r).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Perintah "cases:drop" tidak dikenal oleh aplikasi.' } });
    expect(dbFingerprint(ctx)).toBe(before);
  });

  it('rejects a malformed payload with field messages and writes nothing', async () => {
    const before = dbFingerprint(ctx);
    const r = await dispatch(ctx, handlers, 'cases:create', { ...validCase, accused: [{ name: 'X', nip: 12345 }], incidentDate: '2024-02-30' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_INPUT');
    expect(r.error.fields?.['incidentDate']).toBe('tanggal tidak valid (format TTTT-BB-HH)');
    expect(r.error.fields?.['accused.0.nip']).toMatch(/string|teks/i);
    expect(r.error.message).toMatch(/^Data yang dikirim tidak valid: /);
    expect(dbFingerprint(ctx)).toBe(before);
  });

  it('names what is wrong with an NIP', async () => {
    const r = await dispatch(ctx, handlers, 'cases:create', { ...validCase, accused: [{ name: 'X', nip: '198609262015053001' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.fields?.['accused.0.nip']).toBe('NIP: digit ke-15 (jenis kelamin) harus 1 atau 2');
  });

  it('refuses unknown keys (strict schemas) so nothing unexpected reaches a handler', async () => {
    const r = await dispatch(ctx, handlers, 'cases:list', { limit: 10, __proto__: { admin: true }, sql: 'DROP TABLE cases' });
    expect(r.ok).toBe(false);
  });

  it('turns a throwing handler into INTERNAL with a reference code, no stack trace, and rolls back its writes', async () => {
    const broken: Handlers = {
      ...handlers,
      'cases:create': (_req, c) =>
        mutate(c, (db) => {
          db.prepare("INSERT INTO settings (key, value) VALUES ('half', 'written')").run();
          throw new Error('disk on fire at /secret/path.ts:12');
        }),
    };
    const before = dbFingerprint(ctx);
    const logged: string[] = [];
    const r = await dispatch(ctx, broken, 'cases:create', validCase, (ref) => logged.push(ref));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INTERNAL');
    expect(r.error.message).toContain('tidak ada data yang diubah');
    expect(r.error.message).not.toContain('/secret/path');
    expect(r.error.message).toContain(logged[0]);
    expect(dbFingerprint(ctx)).toBe(before);
  });

  it('speaks English once the user chose it', async () => {
    await dispatch(ctx, handlers, 'system:setLanguage', { language: 'en' }, silent);
    const r = await dispatch(ctx, handlers, 'cases:get', { id: 999 }, silent);
    expect(r).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Case was not found.' } });
  });

  it('creates, lists and reads a case through the table', async () => {
    const created = await dispatch(ctx, handlers, 'cases:create', validCase);
    expect(created).toEqual({ ok: true, value: { id: 1, registerNo: 'REG/0001/INSP/2024' } });
    const list = await dispatch(ctx, handlers, 'cases:list', { search: '1986092620' });
    expect(list.ok && (list.value as { total: number }).total).toBe(1);
  });
});
