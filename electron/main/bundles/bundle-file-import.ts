/**
 * Importing one `.sipena-bundle` file at the receiver: open and verify it (container.ts,
 * against trusted_origins), store its cases (import-service.ts) or record the refusal, and
 * sign a receipt saying what became of each case. The CLI and the import screen both come
 * through here, so a bundle is judged the same way whichever door it arrives by.
 */
import { unzipSync } from 'fflate';
import type { AppContext } from '../app-context.ts';
import { officeKey } from '../trust/trust-service.ts';
import { signWithOfficeKey } from '../trust/signing-key.ts';
import { BUNDLE_JSON, FORMAT_VERSION, RECEIPT_FORMAT, bundleJsonSchema } from '../../../shared/bundles/format.ts';
import type { BundleJson, ReceiptJson } from '../../../shared/bundles/format.ts';
import { openBundle, sha256Hex } from './container.ts';
import { importVerifiedBundle, refuseBundle } from './import-service.ts';
import type { ImportOutcome } from './import-service.ts';
import { trustedOriginLookup } from './origins.ts';
import { signReceipt } from './receipt.ts';

export interface BundleFileImport {
  outcome: ImportOutcome;
  /** Signed by this office; null only when not even bundle.json could be read (no bundle id to answer to). */
  receipt: ReceiptJson | null;
  /** SHA-256 of the file's bytes, lower-case hex. */
  bundleSha256: string;
  /** English, for the operator: why the whole bundle was refused; null when it was opened. */
  detail: string | null;
}

/** bundle.json's declared size limit when reading it out of a bundle that was refused (it is a list of cases, not data). */
const MAX_BUNDLE_JSON_BYTES = 64 * 1024 * 1024;

/**
 * bundle.json of a refused bundle, when it is there and well-formed: the receipt then names
 * the bundle and its cases, so the sender learns which cases did not arrive and why. Nothing
 * in it is trusted (it is unverified); it only says what the sender claims to have sent.
 */
function readableBundleJson(bytes: Uint8Array): BundleJson | null {
  try {
    const entries = unzipSync(bytes, { filter: (f) => f.name === BUNDLE_JSON && f.originalSize <= MAX_BUNDLE_JSON_BYTES });
    const data = entries[BUNDLE_JSON];
    if (!data) return null;
    const parsed = bundleJsonSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Imports a bundle file's bytes. Refusals are outcomes, not errors: a bundle that fails
 * verification is recorded (audited) and every case it lists is refused with the bundle's
 * code. Importing the same bundle again gives `already` for each case and a fresh receipt.
 * Throws AppError `trust.noInstansiCode` before reading anything when this office has no
 * BKN instansi code yet: the receipt names the receiver by it.
 */
export function importBundleFile(ctx: AppContext, bytes: Uint8Array): BundleFileImport {
  const receiver = officeKey(ctx);
  const opened = openBundle(bytes, trustedOriginLookup(ctx.db));
  // The container hashed the file already when it opened it.
  const bundleSha256 = opened.ok ? opened.sha256 : sha256Hex(bytes);
  let outcome: ImportOutcome;
  let detail: string | null = null;
  let bundleId: string | null;
  if (opened.ok) {
    const b = opened.bundle;
    bundleId = b.bundleId;
    outcome = importVerifiedBundle(ctx, {
      bundleId: b.bundleId,
      bundleSha256,
      exportedAt: b.exportedAt,
      origin: b.origin,
      cases: opened.cases.map((c) => ({
        caseUuid: c.entry.caseUuid,
        registerNo: c.entry.registerNo,
        revision: c.entry.revision,
        sha256: c.entry.sha256,
        previousSha256: c.entry.previousSha256,
        caseJsonText: c.caseJson,
        letters: [...c.letters].map(([sha256, pdf]) => ({ sha256, bytes: pdf })),
      })),
    });
  } else {
    detail = opened.detail;
    const claimed = readableBundleJson(bytes);
    bundleId = claimed?.bundleId ?? null;
    outcome = refuseBundle(ctx, {
      bundleSha256,
      refusal: opened.refusal,
      bundleId,
      originCode: claimed?.origin.instansiCode ?? null,
      cases: (claimed?.cases ?? []).map((c) => ({ caseUuid: c.caseUuid, registerNo: c.registerNo, revision: c.revision })),
    });
  }
  const receipt =
    bundleId === null
      ? null
      : signReceipt(
          {
            format: RECEIPT_FORMAT,
            formatVersion: FORMAT_VERSION,
            bundleId,
            bundleSha256,
            receiver: { instansiCode: receiver.instansiCode, officeName: receiver.officeName, keyFingerprint: receiver.fingerprint },
            receivedAt: ctx.now().toISOString(),
            results: outcome.results.map((r) => ({ caseUuid: r.caseUuid, revision: r.revision, outcome: r.outcome, ...(r.reason ? { reason: r.reason } : {}) })),
          },
          (data) => signWithOfficeKey(ctx.db, data),
        );
  return { outcome, receipt, bundleSha256, detail };
}
