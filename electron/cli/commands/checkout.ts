import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliIo } from '../command.ts';
import { cliCommand } from '../cli-command.ts';
import { requireDatabase } from '../open-existing.ts';
import { CliError } from '../command.ts';
import type { AppContext } from '../../main/app-context.ts';
import { AppError, appErrorText } from '../../main/errors.ts';
import { checkedOutError } from '../../main/checkout/checked-out-error.ts';
import { caseIdByRegisterNo, lendWithFile } from '../../main/checkout/checkout-file.ts';
import { takeIn } from '../../main/checkout/take-in.ts';
import { checkIn } from '../../main/checkout/check-in.ts';
import { applyReturn } from '../../main/checkout/apply-return.ts';
import { cancelLoan } from '../../main/checkout/loan-service.ts';
import { checkoutCancelSchema, checkoutCreateSchema } from '../../../shared/checkout/types.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { withCliAppWriting } from '../cli-app.ts';

const USAGE =
  'checkout lend REGNO --to NAME --laptop LABEL --out FILE | checkout take FILE | checkout return REGNO --out FILE | checkout apply FILE | checkout cancel REGNO --reason TEXT';

interface Values {
  to?: string;
  laptop?: string;
  out?: string;
  reason?: string;
}

/** Runs `fn`, turning a refusal (an AppError, or a check-out trigger's) into one translated line. */
function refusalsAsLines<T>(ctx: AppContext, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    const err = checkedOutError(ctx.db, e) ?? e;
    if (!(err instanceof AppError)) throw e;
    throw new CliError(appErrorText(translator(ctx.language()), err));
  }
}

/** A new output file (never overwritten: a check-out file holds a loan's only private key). */
function newOut(out: string | undefined, what: string): string {
  if (!out?.trim()) throw new CliError(`${what} needs --out FILE (${USAGE})`);
  const path = resolve(out);
  if (existsSync(path)) throw new CliError(`${path} already exists; choose a new file name`);
  return path;
}

function readIn(file: string | undefined, what: string): Uint8Array {
  if (!file) throw new CliError(`${what} needs a FILE (${USAGE})`);
  try {
    return readFileSync(resolve(file));
  } catch {
    throw new CliError(`cannot read ${resolve(file)}`);
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

async function run(ctx: AppContext, verb: string, arg: string | undefined, values: Values, io: CliIo): Promise<number> {
  if (verb === 'lend') {
    if (!arg || !values.to || !values.laptop) throw new CliError(`checkout lend needs REGNO, --to NAME and --laptop LABEL (${USAGE})`);
    const out = newOut(values.out, 'checkout lend');
    const lent = refusalsAsLines(ctx, () => {
      const input = checkoutCreateSchema.parse({ caseId: caseIdByRegisterNo(ctx.db, arg), borrower: values.to, laptopLabel: values.laptop });
      return lendWithFile(ctx, input);
    });
    writeFileSync(out, lent.bytes, { flag: 'wx', mode: 0o600 });
    const c = lent.checkout;
    io.out(`lent ${c.registerNo} to ${c.borrower} (laptop ${c.laptopLabel}) at revision ${c.revision}: ${out}`);
    return 0;
  }
  if (verb === 'take') {
    const bytes = readIn(arg, 'checkout take');
    const c = refusalsAsLines(ctx, () => takeIn(ctx, bytes));
    io.out(`taken in ${c.registerNo} (borrowed by ${c.borrower}, laptop ${c.laptopLabel}): hearings, attendance and BAPs can be recorded until "checkout return"`);
    return 0;
  }
  if (verb === 'return') {
    if (!arg) throw new CliError(`checkout return needs REGNO (${USAGE})`);
    const out = newOut(values.out, 'checkout return');
    const packed = refusalsAsLines(ctx, () => checkIn(ctx, caseIdByRegisterNo(ctx.db, arg)));
    writeFileSync(out, packed.bytes, { flag: 'wx' });
    io.out(`check-in of ${packed.checkout.registerNo} written: ${out} (${plural(packed.sessions, 'hearing', 'hearings')}, ${plural(packed.baps, 'BAP', 'BAPs')}; sha256=${packed.sha256}); this copy is now read-only`);
    return 0;
  }
  if (verb === 'apply') {
    const bytes = readIn(arg, 'checkout apply');
    const a = refusalsAsLines(ctx, () => applyReturn(ctx, bytes));
    const clashes = a.conflicts.length === 0 ? '' : `; ${plural(a.conflicts.length, 'schedule conflict', 'schedule conflicts')} with the office's hearings to review (${[...new Set(a.conflicts.map((c) => c.conflict.registerNo))].join(', ')})`;
    io.out(
      `applied check-in of ${a.checkout.registerNo} from laptop ${a.checkout.laptopLabel}: ${plural(a.sessionsAdded, 'hearing', 'hearings')} added, ${a.sessionsUpdated} updated, ${plural(a.bapsAdded, 'BAP', 'BAPs')} added, ${a.bapsUpdated} updated; the case is editable again${clashes}`,
    );
    return 0;
  }
  if (verb === 'cancel') {
    if (!arg || !values.reason?.trim()) throw new CliError(`checkout cancel needs REGNO and --reason TEXT (${USAGE})`);
    const c = refusalsAsLines(ctx, () => {
      const input = checkoutCancelSchema.parse({ caseId: caseIdByRegisterNo(ctx.db, arg), reason: values.reason });
      return cancelLoan(ctx, input.caseId, input.reason);
    });
    io.out(`cancelled the check-out of ${c.registerNo} to ${c.borrower} (laptop ${c.laptopLabel}): ${c.cancelReason}; its check-in will be refused`);
    return 0;
  }
  io.err(`usage: ${USAGE}`);
  return 2;
}

/**
 * `checkout`: a case lent to an examiner's laptop and brought back. At the office: lend
 * (writes the check-out file), apply (the laptop's check-in), cancel. On the laptop: take
 * (the check-out file), return (writes the check-in file).
 */
export const checkoutCommand = cliCommand({
  name: 'checkout',
  usage: 'checkout lend|take|return|apply|cancel',
  summary: "lend a case to an examiner's laptop (--out FILE), take it in on the laptop, write its check-in (return), apply it at the office, or cancel a loan",
  options: { to: { type: 'string' }, laptop: { type: 'string' }, out: { type: 'string' }, reason: { type: 'string' } },
  positionals: true,
  run: async ({ values, positionals, dataDir }, io) => {
    const [verb, arg] = positionals;
    if (!verb) throw new CliError(`usage: ${USAGE}`);
    requireDatabase(dataDir);
    return withCliAppWriting(dataDir, `checkout ${verb}`, (ctx) => run(ctx, verb, arg, values, io));
  },
});
