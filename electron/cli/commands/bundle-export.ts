import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { CliIo } from '../command.ts';
import { CliError } from '../command.ts';
import type { AppContext } from '../../main/app-context.ts';
import { exportBundleToFileOffThread } from '../../main/bundles/bundle-client.ts';
import { recordReceipt } from '../../main/bundles/outbox-service.ts';
import { ISO_DAY } from '../../../shared/bundles/format.ts';

export interface ExportArgs {
  since?: string | undefined;
  from?: string | undefined;
  case?: string[] | undefined;
  'with-evidence'?: boolean | undefined;
  out?: string | undefined;
}

/**
 * `bundle export [--since LAST|--from DATE] [--case REGNO ...] [--with-evidence] --out FILE`:
 * prints `bundle FILE: N cases, M letters, sha256=<hash>`. Register numbers may follow one
 * `--case` (`--case A B`) or repeat it (`--case A --case B`).
 */
export async function runBundleExport(ctx: AppContext, extra: string[], v: ExportArgs, io: CliIo, usage: string): Promise<number> {
  if (!v.out?.trim()) throw new CliError(`bundle export needs --out FILE (${usage})`);
  if (v.since !== undefined && v.since !== 'LAST') throw new CliError(`--since takes LAST (the last bundle sent) (${usage})`);
  if (v.since !== undefined && v.from !== undefined) throw new CliError(`choose --since LAST or --from DATE, not both (${usage})`);
  if (v.from !== undefined && (!ISO_DAY.test(v.from) || Number.isNaN(Date.parse(v.from)))) throw new CliError(`--from takes a date YYYY-MM-DD (${usage})`);
  if (extra.length > 0 && !v.case) throw new CliError(`unexpected ${extra.join(' ')} (${usage})`);
  const out = resolve(v.out);
  if (existsSync(out)) throw new CliError(`${out} already exists; choose a new file name`);
  const registerNos = [...(v.case ?? []), ...extra].map((s) => s.trim()).filter(Boolean);
  const r = await exportBundleToFileOffThread(ctx, { sinceLast: v.since === 'LAST', from: v.from ?? null, registerNos, withEvidence: v['with-evidence'] === true }, out, basename(out));
  io.out(`bundle ${out}: ${r.cases} cases, ${r.letters} letters, sha256=${r.sha256}`);
  return 0;
}

/** `bundle receipt FILE`: verifies the receiver's receipt and marks the outbox bundle delivered. */
export function runBundleReceipt(ctx: AppContext, file: string | undefined, io: CliIo, usage: string): number {
  if (!file) throw new CliError(`bundle receipt needs the receipt FILE (${usage})`);
  let text: string;
  try {
    text = readFileSync(resolve(file), 'utf8');
  } catch {
    throw new CliError(`cannot read ${resolve(file)}`);
  }
  const r = recordReceipt(ctx, text);
  io.out(`bundle ${r.fileName} delivered to ${r.receiverCode} ${r.receiverName} at ${r.receivedAt}: imported ${r.imported}, already ${r.already}, refused ${r.refused}`);
  return 0;
}
