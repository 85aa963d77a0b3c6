/**
 * The import screen's door to the bundle import (bundle-client.ts): the bundle arrives through the one upload
 * mechanism (purpose "bundle"), is judged exactly as the CLI judges it, and the signed
 * receipt comes back as a file for the sender.
 */
import type { AppContext } from '../app-context.ts';
import { uploadBytes } from '../uploads/upload-registry.ts';
import { BUNDLE_EXTENSION, RECEIPT_EXTENSION } from '../../../shared/bundles/format.ts';
import type { BundleImportView } from '../../../shared/bundles/received.ts';
import { importBundleOffThread } from './bundle-client.ts';
import { receiptFileText } from './receipt.ts';

/** `kiriman.sipena-bundle` -> `kiriman.sipena-receipt`, as the CLI names it beside the bundle. */
export function receiptFileName(bundleFileName: string): string {
  const base = bundleFileName.replace(/^.*[\\/]/, '');
  const stem = base.endsWith(BUNDLE_EXTENSION) ? base.slice(0, -BUNDLE_EXTENSION.length) : base;
  return `${stem || 'bundel'}${RECEIPT_EXTENSION}`;
}

/** Imports an uploaded bundle file; refusals are outcomes (listed per case), not errors. */
export async function importUploadedBundle(ctx: AppContext, uploadId: string): Promise<BundleImportView> {
  const { fileName, bytes } = await uploadBytes(ctx, uploadId, 'bundle');
  const { outcome, receipt, bundleSha256, detail } = await importBundleOffThread(ctx, bytes);
  return {
    imported: outcome.imported,
    already: outcome.already,
    refused: outcome.refused,
    alreadyImported: outcome.alreadyImported,
    refusal: outcome.refusal,
    detail,
    bundleSha256,
    originCode: outcome.originCode,
    results: outcome.results.map((r) => ({ caseUuid: r.caseUuid, registerNo: r.registerNo, revision: r.revision, outcome: r.outcome, reason: r.reason ?? null })),
    receipt: receipt ? { fileName: receiptFileName(fileName), text: receiptFileText(receipt) } : null,
  };
}
