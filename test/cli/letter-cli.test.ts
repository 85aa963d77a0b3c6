/** `npm run cli -- letter ...`: drafts and issued letters to a file, and clear messages for what is missing. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { extractPdfText } from '../support/pdf-text.ts';
import { tempApp, validCase } from '../support/temp-app.ts';
import { seedExam } from '../letters/seed-exam.ts';

let dir = '';
let cleanup: () => void = () => undefined;
let registerNo = '';
let session1 = 0;

beforeEach(async () => {
  const app = await tempApp();
  const c = createCase(app.ctx, caseCreateSchema.parse(validCase));
  registerNo = c.registerNo;
  session1 = seedExam(app.ctx, c.id).session1;
  dir = app.dir;
  // Keep the folder, close the database: the CLI opens it itself.
  app.ctx.db.close();
  cleanup = app.close;
});
afterEach(() => cleanup());

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli letter', () => {
  it('writes a draft, then issues numbered letters', async () => {
    const draft = join(dir, 'draft.pdf');
    const r = await cli('letter', '--case', registerNo, '--type', 'summons1', '--out', draft, '--data', dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect((await extractPdfText(readFileSync(draft))).join(' ')).toContain('SURAT PANGGILAN I');
    const year = new Date().getFullYear();
    const first = join(dir, 'issued-1.pdf');
    const i = await cli('letter', '--case', registerNo, '--type', 'summons1', '--subject', `session:${session1}`, '--out', first, '--issue', '--data', dir);
    expect(i.code).toBe(0);
    // The CLI runs on the real clock: the year is today's. Numbers print unbroken.
    const number = `800/1/SP-I/INSP/${year}`;
    expect((await extractPdfText(readFileSync(first))).join(' ')).toContain(`Nomor: ${number}`);
    // One valid letter per case, type and subject: a second issue is refused and writes nothing.
    const second = join(dir, 'issued-2.pdf');
    const again = await cli('letter', '--case', registerNo, '--type', 'summons1', '--subject', `session:${session1}`, '--out', second, '--issue', '--data', dir);
    expect(again.code).toBe(1);
    expect(again.err).toContain(`sudah terbit dengan nomor ${number}`);
    expect(existsSync(second)).toBe(false);
  });

  it('names what a case lacks and writes no file; refuses unknown types', async () => {
    const file = join(dir, 'moral.pdf');
    const r = await cli('letter', '--case', registerNo, '--type', 'moral', '--out', file, '--data', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Pernyataan Sanksi Moral belum dapat dibuat: belum ada keputusan sanksi moral');
    expect(existsSync(file)).toBe(false);
    expect((await cli('letter', '--case', registerNo, '--type', 'memo', '--out', file, '--data', dir)).err).toContain('unknown --type "memo"');
    expect((await cli('letter', '--case', 'REG/9999/X', '--type', 'sk', '--out', file, '--data', dir)).err).toContain('no case with register number');
  });
});
