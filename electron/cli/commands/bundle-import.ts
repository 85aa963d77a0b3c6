import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { CliIo } from '../command.ts';
import { CliError } from '../command.ts';
import type { AppContext } from '../../main/app-context.ts';
import { importBundleOffThread } from '../../main/bundles/bundle-client.ts';
import { receiptFileText } from '../../main/bundles/receipt.ts';
import { BUNDLE_EXTENSION, RECEIPT_EXTENSION } from '../../../shared/bundles/format.ts';

/**
 * The receipt's default name: next to the bundle, its extension swapped. An earlier receipt
 * for the same file (the bundle imported again) is never overwritten: the next free
 * `name-2.sipena-receipt`, `name-3…` is taken instead.
 */
export function defaultReceiptPath(bundleFile: string): string {
  const name = basename(bundleFile);
  const stem = name.endsWith(BUNDLE_EXTENSION) ? name.slice(0, -BUNDLE_EXTENSION.length) : name;
  const at = (n: number) => join(dirname(bundleFile), `${stem}${n === 1 ? '' : `-${n}`}${RECEIPT_EXTENSION}`);
  let n = 1;
  while (existsSync(at(n))) n++;
  return at(n);
}

/**
 * `bundle import FILE [--receipt OUT]`: prints `imported N, already M, refused K`, then one
 * line per refused case (`refused <register no> revision <n>: <CODE>`), a line for a bundle
 * refused whole, and where the signed receipt was written. Exit code 1 when anything was refused.
 */
export async function runBundleImport(ctx: AppContext, file: string | undefined, receiptOut: string | undefined, io: CliIo, usage: string): Promise<number> {
  if (!file) throw new CliError(`bundle import needs the bundle FILE (${usage})`);
  const path = resolve(file);
  const out = receiptOut?.trim() ? resolve(receiptOut) : defaultReceiptPath(path);
  // Checked before importing: a refused write after the import would leave the sender without its receipt.
  if (existsSync(out)) throw new CliError(`${out} already exists; choose a new receipt file name`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new CliError(`cannot read ${path}`);
  }
  const { outcome, receipt, detail } = await importBundleOffThread(ctx, bytes);
  io.out(`imported ${outcome.imported}, already ${outcome.already}, refused ${outcome.refused}`);
  for (const r of outcome.results) if (r.outcome === 'refused') io.out(`refused ${r.registerNo} revision ${r.revision}: ${r.reason}`);
  if (outcome.refusal) io.out(`bundle refused: ${outcome.refusal} (${detail ?? ''})`);
  if (receipt) {
    writeFileSync(out, receiptFileText(receipt), { flag: 'wx' });
    io.out(`receipt ${out}`);
  }
  return outcome.refused > 0 || outcome.refusal ? 1 : 0;
}
