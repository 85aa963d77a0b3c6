import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startWebServer } from '../../electron/web/server.ts';
import type { WebServer } from '../../electron/web/server.ts';
import { BODY_HARD_CAP_FACTOR } from '../../electron/web/http-util.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { verifyAuditChain } from '../../electron/main/audit/audit-log.ts';
import { channels, ipcTable } from '../../shared/ipc/table.ts';
import { signInAs, tempApp, tempDir, validCase } from '../support/temp-app.ts';
import { describePayload, hostilePayload } from './hostile.ts';
import { AUDITED_REJECTIONS, changedTables, envelopeProblem, requestKeys, tableDigests } from './fuzz-support.ts';
import { BINARY_FIELD_HEADER } from '../../shared/ipc/binary.ts';

/**
 * The same hostile payloads through the browser harness's HTTP endpoint (JSON only,
 * fewer per channel to keep the suite quick), plus bodies that are not JSON at all.
 */
const RUNS = Number(process.env.SIPENA_FUZZ_HTTP_RUNS ?? 30);

let app: Awaited<ReturnType<typeof tempApp>>;
let server: WebServer;
let renderer: ReturnType<typeof tempDir>;
let adminId: number;
let digests: Map<string, string>;
const totalChanges = () => (app.ctx.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

beforeAll(async () => {
  app = await tempApp();
  adminId = app.ctx.session.user!.id;
  expect((await dispatch(app.ctx, handlers, 'cases:create', validCase)).ok).toBe(true);
  renderer = tempDir();
  mkdirSync(join(renderer.dir, 'assets'));
  writeFileSync(join(renderer.dir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  server = await startWebServer({ ctx: app.ctx, handlers, rendererDir: renderer.dir });
  digests = tableDigests(app.ctx);
});
afterAll(async () => {
  await server?.close();
  app?.close();
  renderer?.cleanup();
});

/** The web server's body limit (8 MB) times the factor past which it stops reading and closes the connection. */
const HARD_CAP = 8 * 1024 * 1024 * BODY_HARD_CAP_FACTOR;

async function post(channel: string, body: string): Promise<{ status: number; json: unknown }> {
  let res: Response;
  try {
    res = await fetch(`http://127.0.0.1:${server.port}/ipc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sipena-token': server.token },
      body,
    });
  } catch (e) {
    // A body past the hard cap is cut off by design: the server closes the connection
    // rather than read it all, and the client may see that before the 413 answer.
    if (Buffer.byteLength(body) > HARD_CAP) return { status: 413, json: { ok: false, error: { code: 'INVALID_INPUT', message: 'connection closed: body too large' } } };
    throw e;
  }
  // A channel whose answer carries a file (a checkout file, a bundle) answers a valid request
  // with the raw bytes and its field's name in a header: a success, not a broken envelope.
  if (res.headers.get(BINARY_FIELD_HEADER)) {
    await res.arrayBuffer();
    return { status: res.status, json: { ok: true, value: null } };
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json };
}

describe('IPC fuzzing through the web harness', () => {
  it.each(channels)('%s answers hostile JSON with a clear envelope', async (channel) => {
    const keys = requestKeys(ipcTable[channel].request);
    await fc.assert(
      fc.asyncProperty(hostilePayload(keys, true), async (payload) => {
        const body = JSON.stringify(payload) ?? 'null';
        const writesBefore = totalChanges();
        const before = digests;
        const { status, json } = await post(channel, body);
        const problem = envelopeProblem(json);
        if (problem) throw new Error(`${channel} HTTP ${status}: ${problem} for ${describePayload(payload)}`);
        expect([200, 413]).toContain(status);
        // Same shortcut as the in-process fuzz: full digests only when rows were written.
        if (totalChanges() !== writesBefore) {
          const after = tableDigests(app.ctx);
          if (!(json as { ok: boolean }).ok) {
            const changed = changedTables(before, after, AUDITED_REJECTIONS[channel] ?? []);
            if (changed.length > 0) throw new Error(`${channel} rejected but changed ${changed.join(', ')} for ${describePayload(payload)}`);
          }
          digests = after;
        }
        signInAs(app.ctx, adminId);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it('answers bodies that are not JSON, oversized bodies and odd channel names without running anything', async () => {
    const before = tableDigests(app.ctx);
    for (const body of ['{', '{"id":', 'undefined', '\u0000\u0001', '<xml/>', '{"a":1}}']) {
      const r = await post('cases:create', body);
      expect(r.status, body).toBe(400);
      expect(envelopeProblem(r.json)).toBeNull();
    }
    const big = await post('cases:list', JSON.stringify({ search: 'x'.repeat(9 * 1024 * 1024) }));
    expect(big.status).toBe(413);
    for (const name of ['__proto__', 'constructor', '..%2F..%2Fetc%2Fpasswd', 'cases:create%00', 'toString']) {
      const r = await fetch(`http://127.0.0.1:${server.port}/ipc/${name}`, { method: 'POST', headers: { 'x-sipena-token': server.token }, body: '{}' });
      const json: unknown = await r.json();
      expect(json, name).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
    expect(changedTables(before, tableDigests(app.ctx))).toEqual([]);
    expect(verifyAuditChain(app.ctx.db).ok).toBe(true);
  });
});
