/**
 * One valid letter per case, type and subject: a second click, two windows at once or a
 * request naming the same letter differently must not give it a second number. The
 * database refuses a second valid row itself (partial unique index, migration 9), and a
 * register that already holds twins from before is repaired on upgrade.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../electron/main/handlers.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { oneValidLetter } from '../../electron/main/db/migrations/009-one-valid-letter.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import type { IssuedLetter } from '../../shared/letters/issued.ts';
import type { Envelope } from '../../shared/ipc/envelope.ts';
import { dbFingerprint, tempApp, validCase } from '../support/temp-app.ts';
import { seedExam } from './seed-exam.ts';
import type { SeededExam } from './seed-exam.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
let caseId: number;
let seeded: SeededExam;

type Issued = { letter: IssuedLetter };
const issue = (payload: unknown) => dispatch(app.ctx, handlers, 'letters:issue', payload) as Promise<Envelope<Issued>>;

async function issued(payload: unknown): Promise<IssuedLetter> {
  const r = await issue(payload);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.letter;
}

beforeEach(async () => {
  app = await tempApp();
  caseId = createCase(app.ctx, caseCreateSchema.parse(validCase)).id;
  seeded = seedExam(app.ctx, caseId);
});
afterEach(() => app.close());

describe('issuing the same letter twice', () => {
  it('refuses a second summons for the same session, naming the valid number, and writes nothing', async () => {
    const req = { caseId, type: 'summons1', subject: `session:${seeded.session1}` };
    const first = await issued(req);
    const before = dbFingerprint(app.ctx);
    const again = await issue(req);
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.error.code).toBe('ALREADY_ISSUED');
    expect(again.error.message).toBe(
      `Surat Panggilan I ini sudah terbit dengan nomor ${first.number}. Untuk menerbitkan ulang, batalkan surat nomor ${first.number} terlebih dahulu (dengan alasan).`,
    );
    expect(dbFingerprint(app.ctx)).toBe(before);
  });

  it('treats the default subject and the named one as the same letter', async () => {
    const sk = await issued({ caseId, type: 'sk' });
    expect(sk.subject).toBe(`accused:${seeded.accusedId}`);
    const named = await issue({ caseId, type: 'sk', subject: `accused:${seeded.accusedId}` });
    expect(named.ok ? null : named.error.code).toBe('ALREADY_ISSUED');
    await issued({ caseId, type: 'receipt' });
    expect((await issue({ caseId, type: 'receipt' })).ok).toBe(false);
  });

  it('two concurrent calls: exactly one wins, the other is told its number', async () => {
    const req = { caseId, type: 'sk', subject: `accused:${seeded.accusedId}` };
    const results = await Promise.all([issue(req), issue(req)]);
    const won = results.filter((r) => r.ok);
    const lost = results.filter((r) => !r.ok);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const number = won[0]!.ok ? won[0]!.value.letter.number : '';
    expect(lost[0]!.ok ? null : lost[0]!.error).toMatchObject({ code: 'ALREADY_ISSUED', message: expect.stringContaining(number) });
    const rows = app.ctx.db.prepare("SELECT number, status FROM issued_letters WHERE type = 'sk'").all();
    expect(rows).toEqual([{ number, status: 'issued' }]);
  });

  it('six concurrent calls for one summons use one number; voiding first allows a gap-free reissue', async () => {
    const req = { caseId, type: 'summons1', subject: `session:${seeded.session1}` };
    const results = await Promise.all(Array.from({ length: 6 }, () => issue(req)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error.code === 'ALREADY_ISSUED')).toHaveLength(5);
    const first = (app.ctx.db.prepare("SELECT id, number FROM issued_letters WHERE type = 'summons1'").get() as { id: number; number: string });
    expect(first.number).toBe('800/1/SP-I/INSP/2024');
    const voided = await dispatch(app.ctx, handlers, 'letters:void', { id: first.id, reason: 'Salah tanggal pemeriksaan' });
    expect(voided.ok).toBe(true);
    expect((await issued(req)).number).toBe('800/2/SP-I/INSP/2024');
  });

  it('the database itself refuses a second valid row for the same case, type and subject', async () => {
    const sk = await issued({ caseId, type: 'sk' });
    const copy = () =>
      app.ctx.db
        .prepare(
          `INSERT INTO issued_letters (case_id, type, subject, register, year, serial, number, letter_date, issued_at, issued_by, input_json, content_hash, sha256, pdf, file_name)
           SELECT case_id, type, subject, register, year, serial + 1, number || '-b', letter_date, issued_at, 'other-process', input_json, content_hash, sha256, pdf, file_name
           FROM issued_letters WHERE id = ?`,
        )
        .run(sk.id);
    expect(copy).toThrow(/UNIQUE constraint failed: issued_letters\.case_id, issued_letters\.type, issued_letters\.subject/);
    app.ctx.db.prepare("UPDATE issued_letters SET status = 'void', void_reason = 'uji', voided_by = 'uji', voided_at = 'x' WHERE id = ?").run(sk.id);
    expect(copy).not.toThrow();
  });
});

describe('upgrading a register that already holds twins', () => {
  it('voids the later twins naming the first number, with audit rows, and then takes the index', async () => {
    const first = await issued({ caseId, type: 'order' });
    const db = app.ctx.db;
    db.exec('DROP INDEX issued_letters_one_valid');
    db.prepare(
      `INSERT INTO issued_letters (case_id, type, subject, register, year, serial, number, letter_date, issued_at, issued_by, input_json, content_hash, sha256, pdf, file_name)
       SELECT case_id, type, subject, register, year, serial + 1, '800/2/SPT/INSP/2024', letter_date, issued_at, issued_by, input_json, content_hash, sha256, pdf, file_name
       FROM issued_letters WHERE id = ?`,
    ).run(first.id);
    // Run migration 9 itself over the twins: reopening at user_version 8 is no longer
    // possible, because the schema check refuses a version-8 file with later columns.
    db.transaction(() => oneValidLetter.up(db))();
    const rows = db.prepare("SELECT number, status, void_reason AS reason, voided_by AS by FROM issued_letters WHERE type = 'order' ORDER BY id").all();
    expect(rows).toEqual([
      { number: first.number, status: 'issued', reason: null, by: null },
      { number: '800/2/SPT/INSP/2024', status: 'void', reason: `Terbit ganda: surat yang sama sudah terbit lebih dahulu dengan nomor ${first.number}.`, by: 'system:migration' },
    ]);
    const audit = db.prepare("SELECT actor, entity FROM audit_log WHERE action = 'letter.void'").all();
    expect(audit).toEqual([
      { actor: 'system:migration', entity: 'letter' },
      { actor: 'system:migration', entity: 'case' },
    ]);
    expect(db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'issued_letters_one_valid'").get()).toBeTruthy();
  });
});
