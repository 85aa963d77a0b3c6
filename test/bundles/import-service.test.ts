import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { applyVerifiedBundle, importVerifiedBundle, refuseBundle } from '../../electron/main/bundles/import-service.ts';
import { selectAllConflicts, selectCaseRevisions, selectLetterPdf } from '../../electron/main/bundles/received-queries.ts';
import { tempApp } from '../support/temp-app.ts';
import { ORIGIN, bundleOf, receivedDump, receivedState, revision } from './synthetic.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
async function app() {
  const a = await tempApp();
  cleanups.push(a.close);
  return a.ctx;
}
const audit = (ctx: Awaited<ReturnType<typeof app>>) => ctx.db.prepare("SELECT action, entity_id AS id, after_json AS after FROM audit_log WHERE action LIKE 'bundle.%' ORDER BY audit_log.id").all() as { action: string; id: string; after: string }[];

describe('importing verified bundle contents', () => {
  it('stores each revision once, and the same bundle again changes nothing and says already imported', async () => {
    const ctx = await app();
    const a = randomUUID();
    const b = randomUUID();
    const a1 = revision(a, 1, 'registered', null, ['sk']);
    const b1 = revision(b, 1, 'registered', null, ['sk', 'summons']);
    const bundle = bundleOf([a1, b1]);
    const first = importVerifiedBundle(ctx, bundle);
    expect(first).toMatchObject({ imported: 2, already: 0, refused: 0, alreadyImported: false, refusal: null });
    expect(selectCaseRevisions(ctx.db, ORIGIN.instansiCode, a).map((r) => r.caseJson)).toEqual([a1.caseJsonText]);
    // The letter both cases carry is stored once, byte for byte.
    expect(ctx.db.prepare('SELECT count(*) AS n FROM received_letters').get()).toEqual({ n: 2 });
    expect(selectLetterPdf(ctx.db, a1.letters[0]!.sha256)).toEqual(Buffer.from(a1.letters[0]!.bytes));
    const dump = receivedDump(ctx);
    const again = importVerifiedBundle(ctx, bundle);
    expect(again).toMatchObject({ imported: 0, already: 2, refused: 0, alreadyImported: true });
    expect(again.results.map((r) => r.outcome)).toEqual(['already', 'already']);
    expect(receivedDump(ctx)).toBe(dump);
    const rows = audit(ctx);
    expect(rows.map((r) => r.action)).toEqual(['bundle.import', 'bundle.import']);
    expect(rows[0]!.id).toBe(bundle.bundleId);
    expect(JSON.parse(rows[1]!.after)).toMatchObject({ alreadyImported: true, imported: 0, already: 2 });
  });

  it('refuses different content for a revision already held as CONFLICT, keeps the first, and flags it once', async () => {
    const ctx = await app();
    const a = randomUUID();
    const b = randomUUID();
    const held = revision(a, 1, 'decided: teguran lisan', null);
    importVerifiedBundle(ctx, bundleOf([held]));
    const other = revision(a, 1, 'decided: teguran tertulis', null);
    const fresh = revision(b, 1, 'registered', null);
    const second = bundleOf([other, fresh]);
    const out = importVerifiedBundle(ctx, second);
    expect(out).toMatchObject({ imported: 1, already: 0, refused: 1 });
    expect(out.results[0]).toMatchObject({ caseUuid: a, revision: 1, outcome: 'refused', reason: 'CONFLICT' });
    expect(selectCaseRevisions(ctx.db, ORIGIN.instansiCode, a).map((r) => r.sha256)).toEqual([held.sha256]);
    const flagged = selectAllConflicts(ctx.db);
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!).toMatchObject({ caseUuid: a, revision: 1, storedSha256: held.sha256, offeredSha256: other.sha256, offeredCaseJson: other.caseJsonText, bundleId: second.bundleId });
    // The same conflicting bundle again: refused again, not flagged twice, nothing changes.
    const dump = receivedDump(ctx);
    expect(importVerifiedBundle(ctx, second)).toMatchObject({ imported: 0, already: 1, refused: 1, alreadyImported: true });
    expect(receivedDump(ctx)).toBe(dump);
    expect(JSON.parse(audit(ctx)[1]!.after).conflicts).toEqual([{ caseUuid: a, revision: 1, storedSha256: held.sha256, offeredSha256: other.sha256 }]);
  });

  it('keeps a revision that arrives after a newer one as history; the case shows its newest', async () => {
    const ctx = await app();
    const a = randomUUID();
    const r1 = revision(a, 1, 'registered', null);
    const r2 = revision(a, 2, 'examined', r1);
    const r3 = revision(a, 3, 'decided', r2);
    importVerifiedBundle(ctx, bundleOf([r3]));
    importVerifiedBundle(ctx, bundleOf([r1]));
    expect(selectCaseRevisions(ctx.db, ORIGIN.instansiCode, a).map((r) => r.revision)).toEqual([1, 3]);
    const latest = () => ctx.db.prepare('SELECT r.revision FROM received_cases c JOIN received_case_revisions r ON r.id = c.latest_revision_id WHERE c.case_uuid = ?').get(a);
    expect(latest()).toEqual({ revision: 3 });
    importVerifiedBundle(ctx, bundleOf([r2]));
    expect(selectCaseRevisions(ctx.db, ORIGIN.instansiCode, a).map((r) => r.revision)).toEqual([1, 2, 3]);
    expect(latest()).toEqual({ revision: 3 });
  });

  it('keeps origins apart: the same case uuid and revision from two origins are two cases', async () => {
    const ctx = await app();
    const a = randomUUID();
    importVerifiedBundle(ctx, bundleOf([revision(a, 1, 'from X', null)]));
    const other = { ...ORIGIN, instansiCode: '7654321', officeName: 'Inspektorat Kabupaten Lain' };
    expect(importVerifiedBundle(ctx, bundleOf([revision(a, 1, 'from Y', null)], randomUUID(), other))).toMatchObject({ imported: 1, refused: 0 });
    expect(ctx.db.prepare('SELECT count(*) AS n FROM received_cases').get()).toEqual({ n: 2 });
  });

  it('rolls the whole bundle back when any part fails: nothing half stored', async () => {
    const ctx = await app();
    const a = revision(randomUUID(), 1, 'ok', null);
    const bad = revision(randomUUID(), 1, 'bad', null, ['sk']);
    bad.letters[0] = { sha256: bad.letters[0]!.sha256, bytes: Buffer.from('not the hashed bytes') };
    const before = receivedDump(ctx);
    expect(() => importVerifiedBundle(ctx, bundleOf([a, bad]))).toThrow(/letter does not match/);
    expect(receivedDump(ctx)).toBe(before);
  });

  it('prepares its statements once per connection, not once per case (each prepared statement holds native memory until it is collected)', async () => {
    const ctx = await app();
    importVerifiedBundle(ctx, bundleOf([revision(randomUUID(), 1, 'first', null, ['sk'])]));
    const prepares = (n: number) => {
      const spy = vi.spyOn(ctx.db, 'prepare');
      try {
        const out = importVerifiedBundle(ctx, bundleOf(Array.from({ length: n }, (_, i) => revision(randomUUID(), 1, `case ${n}/${i}`, null, [`sk ${n}/${i}`, `summons ${n}/${i}`]))));
        expect(out.imported).toBe(n);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    // Both one transaction: the same statements whether it stores 2 cases or 20.
    expect(prepares(20)).toBe(prepares(2));
  });

  it('hashes what it is handed again before the first write: a letter that changed since it was verified stores nothing and fails the import', async () => {
    const ctx = await app();
    const cases = Array.from({ length: 30 }, (_, i) => revision(randomUUID(), 1, `case ${i}`, null, [`sk ${i}`]));
    const last = cases.at(-1)!;
    last.letters[0] = { sha256: last.letters[0]!.sha256, bytes: Buffer.from('changed on the way') };
    const before = receivedDump(ctx);
    await expect(applyVerifiedBundle(ctx, bundleOf(cases))).rejects.toMatchObject({ code: 'CONFLICT', key: 'received.importFailed' });
    expect(receivedDump(ctx)).toBe(before);
    expect(audit(ctx)).toEqual([]);
  });

  it('a whole-bundle refusal refuses every case it lists with that code, stores nothing and is audited', async () => {
    const ctx = await app();
    const before = receivedDump(ctx);
    const out = refuseBundle(ctx, { bundleSha256: 'f'.repeat(64), refusal: 'BAD_SIGNATURE', bundleId: 'b-1', originCode: '1234567', cases: [{ caseUuid: 'u1', registerNo: 'R1', revision: 2 }, { caseUuid: 'u2', registerNo: 'R2', revision: 1 }] });
    expect(out).toMatchObject({ imported: 0, already: 0, refused: 2, refusal: 'BAD_SIGNATURE' });
    expect(out.results.map((r) => r.reason)).toEqual(['BAD_SIGNATURE', 'BAD_SIGNATURE']);
    expect(receivedDump(ctx)).toBe(before);
    expect(audit(ctx).map((r) => [r.action, r.id])).toEqual([['bundle.import.refused', 'b-1']]);
  });

  it('random orders and duplicates of the same deliveries always end in the same province state', async () => {
    // Three cases over five deliveries (overlapping, some revisions sent twice, letters shared).
    const ids = [randomUUID(), randomUUID(), randomUUID()] as const;
    const a1 = revision(ids[0], 1, 'a1', null, ['a-sk']);
    const a2 = revision(ids[0], 2, 'a2', a1, ['a-sk', 'a-summons']);
    const a4 = revision(ids[0], 4, 'a4', revision(ids[0], 3, 'a3', a2), ['a-sk']);
    const b1 = revision(ids[1], 1, 'b1', null);
    const b2 = revision(ids[1], 2, 'b2', b1, ['b-sk']);
    const c5 = revision(ids[2], 5, 'c5', null, ['a-sk']);
    const deliveries = [bundleOf([a1, b1]), bundleOf([a2, b2]), bundleOf([a4]), bundleOf([a2, c5]), bundleOf([b2, a4, c5])];
    const reference = await app();
    for (const d of deliveries) importVerifiedBundle(reference, d);
    const expected = receivedState(reference);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: deliveries.length - 1 }), { minLength: 0, maxLength: 6 }), fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }), async (extra, order) => {
        const ctx = await app();
        for (const i of [...order, ...extra]) importVerifiedBundle(ctx, deliveries[i]!);
        expect(receivedState(ctx)).toBe(expected);
        cleanups.pop()!();
      }),
      { numRuns: 25 },
    );
  });
});
