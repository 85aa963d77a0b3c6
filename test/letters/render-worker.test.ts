/**
 * Letters are laid out and read back in the render worker, never on the main thread,
 * so a long BAP does not hold up the window's other calls: with the main thread's
 * renderer replaced by one that throws, drafting and issuing still work, and the main
 * thread stays free to answer while a 300-row BAP is being made.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handlers } from '../../electron/main/handlers.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { renderInWorker } from '../../electron/main/letters/render-client.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { DEFAULT_OFFICE_SETTINGS } from '../../shared/letters/office-settings.ts';
import { tempApp, validCase } from '../support/temp-app.ts';
import { RESOURCES_DIR } from './fixtures.ts';
import * as f from './letter-fixtures.ts';
import { seedExam } from './seed-exam.ts';
import type * as RenderPdf from '../../electron/main/letters/render-pdf.ts';

vi.mock('../../electron/main/letters/render-pdf.ts', async (importOriginal) => {
  const real = await importOriginal<typeof RenderPdf>();
  return {
    ...real,
    renderPdf: () => {
      throw new Error('rendered on the main thread');
    },
  };
});

let app: Awaited<ReturnType<typeof tempApp>>;
beforeEach(async () => {
  app = await tempApp();
});
afterEach(() => app.close());

describe('the render worker', () => {
  it('drafts and issues without the main thread rendering anything', async () => {
    const caseId = createCase(app.ctx, caseCreateSchema.parse(validCase)).id;
    const seeded = seedExam(app.ctx, caseId);
    const draft = await dispatch(app.ctx, handlers, 'letters:draft', { caseId, type: 'bap', subject: `session:${seeded.session2}` });
    expect(draft.ok).toBe(true);
    const issued = await dispatch(app.ctx, handlers, 'letters:issue', { caseId, type: 'summons1', subject: `session:${seeded.session1}` });
    expect(issued.ok).toBe(true);
  });

  it('leaves the main thread free while a 300-row BAP is made', { timeout: 300_000 }, async () => {
    const bap = f.bapInput(300);
    let finished = false;
    const job = renderInWorker({ type: 'bap', input: bap, office: DEFAULT_OFFICE_SETTINGS, meta: f.META_ISSUED, assets: {}, resourcesDir: RESOURCES_DIR, allowedDirs: [], check: true }).then((r) => {
      finished = true;
      return r;
    });
    // Another call on the main thread (the database) answers while the render is still running.
    await new Promise((resolve) => setImmediate(resolve));
    const count = app.ctx.db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number };
    expect(count.n).toBe(0);
    expect(finished).toBe(false);
    expect((await job).missing).toEqual([]);
  });
});
