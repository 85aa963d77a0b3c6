import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/main/audit/audit-log.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { tempApp, validCase } from '../support/temp-app.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
beforeEach(async () => {
  app = await tempApp();
});
afterEach(() => app.close());

describe('audit trail', () => {
  it('records every mutation with actor, time, entity and after-state, chained by hash', () => {
    createCase(app.ctx, caseCreateSchema.parse(validCase));
    const rows = app.ctx.db.prepare('SELECT * FROM audit_log ORDER BY id').all() as Record<string, string>[];
    expect(rows.map((r) => r.action)).toEqual(['employee.create', 'case.create']);
    expect(rows[1]).toMatchObject({ entity: 'case', entity_id: '1', actor: app.ctx.actor(), at: '2024-11-04T03:00:00.000Z' });
    expect(JSON.parse(rows[1]!.after_json!)).toMatchObject({ register_no: 'REG/0001/INSP/2024' });
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(verifyAuditChain(app.ctx.db)).toEqual({ ok: true, rows: 2 });
  });

  it('refuses UPDATE and DELETE on audit rows', () => {
    createCase(app.ctx, caseCreateSchema.parse(validCase));
    expect(() => app.ctx.db.prepare("UPDATE audit_log SET actor = 'mallory'").run()).toThrow(/append-only/);
    expect(() => app.ctx.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('names the first altered row when someone edits the trail behind the triggers', () => {
    createCase(app.ctx, caseCreateSchema.parse(validCase));
    createCase(app.ctx, caseCreateSchema.parse({ ...validCase, accused: [{ name: 'Sri', nip: '198902252024211013' }] }));
    const db = app.ctx.db;
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET reason = 'edited' WHERE id = 2").run();
    expect(verifyAuditChain(db)).toEqual({ ok: false, rows: 2, firstBrokenId: 2 });
  });
});
