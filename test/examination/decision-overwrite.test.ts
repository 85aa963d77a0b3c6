import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { saveDecision } from '../../electron/main/examination/decision-service.ts';
import { insertIssued, markVoid } from '../../electron/main/letters/issued-queries.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { AppError } from '../../electron/main/errors.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { decisionSaveSchema } from '../../shared/examination/schemas.ts';
import type { LetterType } from '../../shared/letters/letter-types.ts';
import { dbFingerprint, tempApp, validCase } from '../support/temp-app.ts';
import { decisionVersion } from '../support/record-versions.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
beforeEach(async () => {
  app = await tempApp(new Date('2024-12-05T03:00:00Z'));
});
afterEach(() => app.close());

/** A case waiting for its decision (the steps before it are covered in examination-service.test.ts). */
function caseAtDecision(): { id: number; accusedId: number } {
  const { id } = createCase(app.ctx, caseCreateSchema.parse({ ...validCase, acknowledgeDuplicates: true }));
  app.ctx.db.prepare("UPDATE cases SET status = 'decision' WHERE id = ?").run(id);
  const accusedId = (app.ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').get(id) as { id: number }).id;
  return { id, accusedId };
}
const decide = (c: { id: number; accusedId: number }, sanctionCode: string) =>
  saveDecision(app.ctx, decisionSaveSchema.parse({ expectedVersion: decisionVersion(app.ctx, c.id, c.accusedId), caseId: c.id, accusedId: c.accusedId, catalogueId: 'PP94-2021', sanctionCode, durationMonths: 12 }));

/** Puts a letter into the register as the letters feature would after printing it. */
function issue(caseId: number, type: LetterType, subject: string, serial: number): number {
  const number = `800/${serial}/SK/2024`;
  return insertIssued(app.ctx.db, {
    caseId, type, subject, register: type, year: 2024, serial, number, letterDate: '2024-12-02', issuedAt: '2024-12-02T03:00:00.000Z', issuedBy: 'admin',
    inputJson: '{}', contentHash: `c${serial}`, sha256: `s${serial}`, pdf: Buffer.from('%PDF-1.7'), fileName: `sk-${serial}.pdf`,
  });
}
const auditRows = (action: string) =>
  (app.ctx.db.prepare('SELECT before_json, after_json FROM audit_log WHERE action = ? ORDER BY id').all(action) as { before_json: string | null; after_json: string }[]).map((r) => ({
    before: r.before_json === null ? null : (JSON.parse(r.before_json) as Record<string, unknown>),
    after: JSON.parse(r.after_json) as Record<string, unknown>,
  }));
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return `${e.code}:${e.key}`;
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('overwriting a decision', () => {
  it('keeps the old values in the audit row', () => {
    const c = caseAtDecision();
    decide(c, 'PP94-BERAT-TURUN-JABATAN');
    decide(c, 'PP94-BERAT-PELAKSANA');
    const [update] = auditRows('decision.update');
    expect(update?.before).toMatchObject({ sanction_code: 'PP94-BERAT-TURUN-JABATAN', sk_number: null, accused_id: c.accusedId });
    expect(update?.after).toMatchObject({ sanction_code: 'PP94-BERAT-PELAKSANA', sk_number: null });
    expect(Object.keys(update!.before!).sort()).toEqual(Object.keys(update!.after).sort());
    expect(auditRows('decision.create')[0]?.before).toBeNull();
  });

  it('is refused while a valid SK letter carries the decision, and allowed once that letter is void', async () => {
    const c = caseAtDecision();
    decide(c, 'PP94-BERAT-TURUN-JABATAN');
    const letter = issue(c.id, 'sk', `accused:${c.accusedId}`, 7);
    const before = dbFingerprint(app.ctx);
    expect(refusal(() => decide(c, 'PP94-BERAT-PELAKSANA'))).toBe('CONFLICT:decision.letterIssued');
    expect(dbFingerprint(app.ctx)).toBe(before);
    const env = await dispatch(app.ctx, handlers, 'examination:saveDecision', {
      expectedVersion: decisionVersion(app.ctx, c.id, c.accusedId),
      caseId: c.id, accusedId: c.accusedId, catalogueId: 'PP94-2021', sanctionCode: 'PP94-BERAT-PELAKSANA', durationMonths: 12,
    });
    expect(env).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!env.ok) expect(env.error.message).toContain('800/7/SK/2024');

    markVoid(app.ctx.db, letter, 'salah hukuman', 'admin', '2024-12-03T03:00:00.000Z');
    expect(decide(c, 'PP94-BERAT-PELAKSANA').sanctionCode).toBe('PP94-BERAT-PELAKSANA');
  });

  it('also counts a moral letter issued without a subject (the only accused), but not letters of other types or cases', () => {
    const c = caseAtDecision();
    const other = caseAtDecision();
    decide(c, 'PP94-BERAT-TURUN-JABATAN');
    issue(c.id, 'lhp', `accused:${c.accusedId}`, 1);
    issue(other.id, 'sk', '', 2);
    expect(decide(c, 'PP94-BERAT-PELAKSANA').sanctionCode).toBe('PP94-BERAT-PELAKSANA');
    issue(c.id, 'moral', '', 3);
    expect(refusal(() => decide(c, 'PP94-BERAT-TURUN-JABATAN'))).toBe('CONFLICT:decision.letterIssued');
  });

  it('a first decision is never blocked, and carries no SK number until the SK is issued', () => {
    const c = caseAtDecision();
    issue(c.id, 'sk', `accused:${c.accusedId}`, 9);
    expect(decide(c, 'PP94-BERAT-TURUN-JABATAN').skNumber).toBeNull();
  });
});
