/**
 * Opening a case's letters screen (`letters:options`) starts the letter render worker and has
 * it load pdfmake and the fonts, so the clerk's first preview does not pay for them.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tempApp, validCase } from '../support/temp-app.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
beforeAll(async () => {
  app = await tempApp();
});
afterAll(() => app?.close());

describe('render worker warm-up', () => {
  it('starts with the letters screen, and the first draft after it uses the same worker', async () => {
    // Fresh modules: another test file in this worker may already have started the render worker.
    vi.resetModules();
    const client = await import('../../electron/main/letters/render-client.ts');
    const { letterHandlers } = await import('../../electron/main/letters/handlers.ts');
    const { id } = createCase(app.ctx, caseCreateSchema.parse(validCase));
    expect(client.renderWorkerRunning()).toBe(false);
    const options = await letterHandlers['letters:options']({ id }, app.ctx);
    expect(options.length).toBeGreaterThan(0);
    expect(client.renderWorkerRunning()).toBe(true);
    // The warm-up page is rendered; the receipt drafted next comes from the same worker.
    const draft = await letterHandlers['letters:draft']({ caseId: id, type: 'receipt', subject: '' }, app.ctx);
    expect(Buffer.from(draft.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(client.renderWorkerRunning()).toBe(true);
  });
});
