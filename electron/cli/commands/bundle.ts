import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliIo } from '../command.ts';
import { cliCommand } from '../cli-command.ts';
import { requireDatabase } from '../open-existing.ts';
import { CliError } from '../command.ts';
import type { AppContext } from '../../main/app-context.ts';
import { enrolOrigin, officeKey, revokeOrigin } from '../../main/trust/trust-service.ts';
import { BKN_INSTANSI_CODE } from '../../../shared/letters/office-settings.ts';
import { runBundleImport } from './bundle-import.ts';
import { runBundleExport, runBundleReceipt } from './bundle-export.ts';
import type { ExportArgs } from './bundle-export.ts';
import { rethrowAsCliError, withCliAppWriting } from '../cli-app.ts';

const USAGE = 'bundle key --out FILE | bundle trust add FILE | bundle trust revoke CODE [--reason TEXT] | bundle import FILE [--receipt OUT] | bundle export [--since LAST|--from DATE] [--case REGNO ...] [--with-evidence] --out FILE | bundle receipt FILE';

async function run(ctx: AppContext, positionals: string[], values: ExportArgs & { reason?: string; receipt?: string }, io: CliIo): Promise<number> {
  const [sub, verb, arg] = positionals;
  try {
    if (sub === 'import') return await runBundleImport(ctx, verb, values.receipt, io, USAGE);
    if (sub === 'export') return await runBundleExport(ctx, positionals.slice(1), values, io, USAGE);
    if (sub === 'receipt') return runBundleReceipt(ctx, verb, io, USAGE);
  } catch (e) {
    return rethrowAsCliError(ctx, e);
  }
  if (sub === 'key') {
    if (!values.out?.trim()) throw new CliError(`bundle key needs --out FILE (${USAGE})`);
    const out = resolve(values.out);
    if (existsSync(out)) throw new CliError(`${out} already exists; choose a new file name`);
    const key = (() => {
      try {
        return officeKey(ctx);
      } catch (e) {
        return rethrowAsCliError(ctx, e);
      }
    })();
    writeFileSync(out, key.publicKeyFile, { flag: 'wx' });
    io.out(`public key ${out}: ${key.instansiCode} ${key.officeName} sha256=${key.fingerprint}`);
    return 0;
  }
  if (sub === 'trust' && verb === 'add') {
    if (!arg) throw new CliError(`bundle trust add needs the public key FILE (${USAGE})`);
    let text: string;
    try {
      text = readFileSync(resolve(arg), 'utf8');
    } catch {
      throw new CliError(`cannot read ${resolve(arg)}`);
    }
    try {
      const o = enrolOrigin(ctx, text);
      io.out(`enrolled ${o.instansiCode} ${o.name} sha256=${o.fingerprint}`);
    } catch (e) {
      rethrowAsCliError(ctx, e);
    }
    return 0;
  }
  if (sub === 'trust' && verb === 'revoke') {
    if (!arg || !BKN_INSTANSI_CODE.test(arg)) throw new CliError(`bundle trust revoke needs the origin's instansi CODE (4 to 8 digits) (${USAGE})`);
    const reason = values.reason?.trim() || 'dicabut melalui CLI administrator';
    try {
      const o = revokeOrigin(ctx, arg, reason);
      io.out(`revoked ${o.instansiCode} ${o.name} sha256=${o.fingerprint} (${reason})`);
    } catch (e) {
      rethrowAsCliError(ctx, e);
    }
    return 0;
  }
  io.err(`usage: ${USAGE}`);
  return 2;
}

/**
 * `bundle`: this office's public key file for the province, and the receiver's list of
 * trusted origins. The private key is never written anywhere by the CLI.
 */
export const bundleCommand = cliCommand({
  name: 'bundle',
  usage: 'bundle key|trust add|trust revoke|import|export|receipt',
  summary: "write this office's public key file (--out FILE); enrol a sender's key file as a trusted origin, or revoke one by instansi code; import a received bundle and write its signed receipt; export a signed bundle of cases (--since LAST, --from DATE, --case REGNO) and record the receiver's receipt",
  options: { out: { type: 'string' }, reason: { type: 'string' }, receipt: { type: 'string' }, since: { type: 'string' }, from: { type: 'string' }, case: { type: 'string', multiple: true }, 'with-evidence': { type: 'boolean' } },
  positionals: true,
  run: async ({ values, positionals, dataDir }, io) => {
    if (positionals.length === 0) throw new CliError(`usage: ${USAGE}`);
    requireDatabase(dataDir);
    // Opening creates the signing key of an older data folder, and enrolment writes: under the lock.
    return withCliAppWriting(dataDir, `bundle ${positionals.slice(0, 2).join(' ')}`, (ctx) => run(ctx, positionals, values, io));
  },
});
