import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { isNetworkPath } from '../../shared/backup/types.ts';
import { dbFingerprint, tempApp } from '../support/temp-app.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const network = ['\\\\attacker\\share\\b.sqlite3', '//attacker/share/b.sqlite3', '\\/attacker/x', '/\\attacker\\x', '\\\\?\\UNC\\attacker\\s\\b.sqlite3', '  \\\\host\\s'];

describe('network paths from the renderer', () => {
  it('recognises every spelling of a network path and no local one', () => {
    for (const p of network) expect(isNetworkPath(p), p).toBe(true);
    for (const p of ['/media/usb/b.sqlite3', 'E:\\cadangan\\b.sqlite3', 'E:/cadangan', '/home//x']) expect(isNetworkPath(p), p).toBe(false);
  });

  it('refuses them on backup:preview, backup:restore, backup:toFolder and recovery:* with an Indonesian message, touching nothing', async () => {
    const app = await tempApp();
    cleanups.push(app.close);
    const before = dbFingerprint(app.ctx);
    for (const file of network) {
      const requests: [string, unknown][] = [
        ['backup:preview', { source: { file } }],
        ['backup:restore', { source: { file }, confirm: true }],
        ['backup:toFolder', { folder: file }],
        ['recovery:preview', { source: { file } }],
        ['recovery:restore', { source: { file }, confirm: true }],
      ];
      for (const [channel, payload] of requests) {
        const r = await dispatch(app.ctx, handlers, channel, payload, () => {});
        // The folder field names the reason; a restore source is a union (name or file), refused as a whole.
        const message = channel === 'backup:toFolder' ? expect.stringContaining('jalur jaringan') : expect.any(String);
        expect(r, `${channel} ${file}`).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message } });
      }
    }
    expect(dbFingerprint(app.ctx)).toBe(before);
  });
});
