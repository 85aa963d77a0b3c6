import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cliCommand } from '../cli-command.ts';
import { CliError } from '../command.ts';
import { withWriteLock } from '../write-lock.ts';
import { AppError, appErrorText } from '../../main/errors.ts';
import { draftLetter, issueLetter } from '../../main/letters/issue-service.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { LETTER_TYPES, isLetterType } from '../../../shared/letters/letter-types.ts';
import { withCliApp } from '../cli-app.ts';
import { selectAccused, selectCaseIdByRegisterNo } from '../../main/cases/case-queries.ts';

const USAGE = `letter --case REGNO --type ${LETTER_TYPES.join('|')} --out FILE.pdf [--issue] [--subject session:N|accused:N]`;

/** `letter`: writes a draft (or, with --issue, an issued and registered) letter of a case as PDF. */
export const letterCommand = cliCommand({
  name: 'letter',
  usage: 'letter --case REGNO --type TYPE --out FILE.pdf [--issue]',
  summary: 'print a letter of a case as PDF: a draft, or issued with a number (--issue)',
  options: {
    case: { type: 'string' },
    type: { type: 'string' },
    out: { type: 'string' },
    subject: { type: 'string', default: '' },
    issue: { type: 'boolean', default: false },
  },
  run: async ({ values, dataDir }, io) => {
    if (!values.case || !values.type || !values.out) throw new CliError(`usage: ${USAGE}`);
    if (!isLetterType(values.type)) throw new CliError(`unknown --type "${values.type}"; one of ${LETTER_TYPES.join(', ')}`);
    if (!/^((session|accused):\d{1,12})?$/.test(values.subject)) throw new CliError('--subject must be session:N or accused:N');
    const [regNo, type, outFile] = [values.case, values.type, values.out];
    // Issuing takes a register number and stores the letter; a draft only reads.
    const work = () =>
      withCliApp(dataDir, async (ctx): Promise<number> => {
        const caseId = selectCaseIdByRegisterNo(ctx.db, regNo.trim());
        if (caseId === undefined) throw new CliError(`no case with register number "${regNo}"`);
        const req = { caseId, type, subject: values.subject };
        try {
          const file = values.issue ? (await issueLetter(ctx, req)).file : await draftLetter(ctx, req);
          const out = resolve(outFile);
          writeFileSync(out, Buffer.from(file.pdfBase64, 'base64'));
          io.out(`${values.issue ? 'issued' : 'draft'}: ${out}`);
          return 0;
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          // Name the subjects the case has, so the next command line can say which one is meant.
          const accused = selectAccused(ctx.db, caseId);
          const hint = values.subject === '' && accused.length > 1 ? ` (--subject ${accused.map((a) => `accused:${a.id} = ${a.name}`).join(', ')})` : '';
          throw new CliError(`${appErrorText(translator(ctx.language()), e)}${hint}`);
        }
      });
    return values.issue ? withWriteLock(dataDir, 'letter --issue', work) : work();
  },
});
