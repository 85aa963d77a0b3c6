import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import type { CaseDetail } from '../../shared/cases/schemas.ts';
import type { Envelope } from '../../shared/ipc/envelope.ts';
import { addTestUser, signInAs, tempApp, validCase } from '../support/temp-app.ts';
import { uploadBuffer } from '../support/dispatch.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
let adminId: number;
beforeEach(async () => {
  app = await tempApp();
  adminId = app.ctx.session.user!.id;
  const r = await dispatch(app.ctx, handlers, 'cases:create', {
    ...validCase,
    source: 'public_complaint',
    reporter: { anonymous: false, name: 'Pelapor Rahasia', contact: '0812-0000-1111' },
  });
  expect(r.ok).toBe(true);
});
afterEach(() => app.close());

const open = async (): Promise<CaseDetail> => {
  const r: Envelope<unknown> = await dispatch(app.ctx, handlers, 'cases:get', { id: 1 });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as CaseDetail;
};
const views = () => app.ctx.db.prepare("SELECT actor, entity_id AS caseId FROM audit_log WHERE action = 'case.viewConfidential'").all();

describe('confidential reporter identity', () => {
  it('shows the reporter to staff roles and audits each opening', async () => {
    for (const role of ['clerk', 'examiner', 'official'] as const) await addTestUser(app.ctx, `uji.${role}`, role, { signIn: true });
    signInAs(app.ctx, adminId);
    expect((await open()).reporter).toEqual({ anonymous: false, name: 'Pelapor Rahasia', contact: '0812-0000-1111' });
    await addTestUser(app.ctx, 'uji.pemeriksa', 'examiner', { signIn: true });
    expect((await open()).reporter?.name).toBe('Pelapor Rahasia');
    expect(views()).toEqual([
      { actor: 'admin', caseId: '1' },
      { actor: 'uji.pemeriksa', caseId: '1' },
    ]);
  });

  it('hides it from the viewer, who still sees the rest of the case, and logs nothing for them', async () => {
    await addTestUser(app.ctx, 'uji.pengamat', 'viewer', { signIn: true });
    const c = await open();
    // Marked hidden (the screen says "dirahasiakan"), not merely empty.
    expect(c.reporter).toEqual({ anonymous: false, name: null, contact: null, hidden: true });
    expect(JSON.stringify(c)).not.toContain('Pelapor Rahasia');
    expect(JSON.stringify(c)).not.toContain('0812-0000-1111');
    expect(c.accused[0]?.name).toBe('Budi Santoso');
    expect(views()).toEqual([]);
    // Evidence channels are refused to the viewer by the permission table.
    for (const channel of ['evidence:list', 'evidence:read']) {
      expect(await dispatch(app.ctx, handlers, channel, { id: 1 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('does not mark a reporter hidden when there was nothing to hide', async () => {
    const r = await dispatch(app.ctx, handlers, 'cases:create', { ...validCase, acknowledgeDuplicates: true, source: 'public_complaint', reporter: { anonymous: true } });
    if (!r.ok) throw new Error(r.error.message);
    await addTestUser(app.ctx, 'uji.pengamat', 'viewer', { signIn: true });
    const got = await dispatch(app.ctx, handlers, 'cases:get', { id: (r.value as CaseDetail).id });
    if (!got.ok) throw new Error(got.error.message);
    expect((got.value as CaseDetail).reporter).toEqual({ anonymous: true, name: null, contact: null });
  });

  it('logs the opening of an evidence file once (first chunk), under the case', async () => {
    const call = async (channel: string, payload: unknown) => {
      const r = await dispatch(app.ctx, handlers, channel, payload);
      if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
      return r.value as { uploadId: string; id: number }[] & { uploadId: string };
    };
    const bytes = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');
    const uploadId = await uploadBuffer(app.ctx, 'evidence', 'foto-kampanye.pdf', bytes);
    const staged = await call('evidence:commit', { uploadId });
    const [item] = await call('evidence:attach', { caseId: 1, files: [{ uploadId: staged.uploadId }] });
    await call('evidence:read', { id: item!.id, offset: 0, length: 10 });
    await call('evidence:read', { id: item!.id, offset: 10, length: 10 });
    const rows = app.ctx.db.prepare("SELECT actor, entity, entity_id AS caseId, after_json FROM audit_log WHERE action = 'evidence.view'").all() as { after_json: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor: 'admin', entity: 'confidential', caseId: '1' });
    expect(JSON.parse(rows[0]!.after_json)).toEqual({ evidenceId: item!.id, name: 'foto-kampanye.pdf' });
    // Opening the case now also records that evidence was shown.
    await open();
    const last = app.ctx.db.prepare("SELECT after_json FROM audit_log WHERE action = 'case.viewConfidential' ORDER BY id DESC LIMIT 1").get() as { after_json: string };
    expect(JSON.parse(last.after_json).what).toEqual(['reporter', 'evidence']);
  });
});
