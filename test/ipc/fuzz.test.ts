import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { verifyAuditChain } from '../../electron/main/audit/audit-log.ts';
import { checkDatabase } from '../../electron/main/db/connection.ts';
import { channels, ipcTable } from '../../shared/ipc/table.ts';
import { signInAs, tempApp, validCase } from '../support/temp-app.ts';
import { describePayload, hostilePayload } from './hostile.ts';
import { AUDITED_REJECTIONS, changedTables, envelopeProblem, requestKeys, tableDigests } from './fuzz-support.ts';

/**
 * Every channel of the IPC table gets at least 200 hostile payloads in process (the
 * Electron path: structured-clone values such as BigInt, Date, Map included). Each call
 * must answer a clear envelope, never INTERNAL, and a rejected call must leave every
 * table as it was. SIPENA_FUZZ_RUNS raises the count; SIPENA_FUZZ_SEED replays a run.
 */
const RUNS = Math.max(200, Number(process.env.SIPENA_FUZZ_RUNS ?? 200));
const SEED = process.env.SIPENA_FUZZ_SEED === undefined ? undefined : Number(process.env.SIPENA_FUZZ_SEED);

let app: Awaited<ReturnType<typeof tempApp>>;
let adminId: number;
let digests: Map<string, string>;
/** The digests need recomputing: an accepted call wrote something. */
let stale = false;
const internal: string[] = [];

beforeAll(async () => {
  app = await tempApp();
  adminId = app.ctx.session.user!.id;
  // A real case, so ids like 1 reach handlers with something to find.
  const created = await dispatch(app.ctx, handlers, 'cases:create', validCase);
  expect(created.ok).toBe(true);
  digests = tableDigests(app.ctx);
});
afterAll(() => app?.close());

const totalChanges = () => (app.ctx.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

describe('IPC fuzzing in process', () => {
  it.each(channels)('%s survives hostile payloads', async (channel) => {
    const keys = requestKeys(ipcTable[channel].request);
    const allowed = AUDITED_REJECTIONS[channel] ?? [];
    await fc.assert(
      fc.asyncProperty(hostilePayload(keys), async (payload) => {
        if (stale) digests = tableDigests(app.ctx);
        stale = false;
        const writesBefore = totalChanges();
        const r = await dispatch(app.ctx, handlers, channel, payload, (ref, _c, e) => internal.push(`${channel} ${ref}: ${String(e).slice(0, 200)}`));
        const problem = envelopeProblem(r);
        if (problem) throw new Error(`${channel} ${problem} for ${describePayload(payload)}`);
        // total_changes() counts every row written, even rolled back: unchanged means nothing
        // was written at all, so the full table digests are only taken when it moved.
        const wrote = totalChanges() !== writesBefore;
        if (!r.ok && wrote) {
          const after = tableDigests(app.ctx);
          const changed = changedTables(digests, after, allowed);
          if (changed.length > 0) throw new Error(`${channel} rejected (${r.error.code}) but changed ${changed.join(', ')} for ${describePayload(payload)}`);
          digests = after;
        } else if (wrote) stale = true;
        // Logout, lock or a role change by a valid-looking payload must not end the fuzzing.
        signInAs(app.ctx, adminId);
      }),
      { numRuns: RUNS, endOnFailure: true, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
  });

  it('refuses channel names that are not in the table, including prototype names', async () => {
    const names = fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'cases:create ', 'CASES:CREATE', '../cases:create', 'cases:create\u0000'));
    await fc.assert(
      fc.asyncProperty(names, async (name) => {
        fc.pre(!(channels as string[]).includes(name));
        const writesBefore = totalChanges();
        const r = await dispatch(app.ctx, handlers, name, {});
        expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
        expect(totalChanges()).toBe(writesBefore);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves a healthy database with an intact audit chain and no unhandled errors', () => {
    expect(internal).toEqual([]);
    expect(checkDatabase(app.ctx.db)).toEqual([]);
    expect(verifyAuditChain(app.ctx.db).ok).toBe(true);
  });
});
