/**
 * Importing one `.sipena-bundle` file at the receiver: open and verify it (container.ts,
 * against trusted_origins) in the bundle worker, store its cases (import-service.ts) or
 * record the refusal on the main thread, and sign a receipt saying what became of each
 * case. The CLI and the import screen both come through bundle-client.ts to here, so a
 * bundle is judged the same way whichever door it arrives by.
 */
import { unzipSync } from 'fflate';
import type { AppContext } from '../app-context.ts';
import type { Db } from '../db/connection.ts';
import { signWithOfficeKey } from '../trust/signing-key.ts';
import { BUNDLE_JSON, FORMAT_VERSION, RECEIPT_FORMAT, bundleJsonSchema } from '../../../shared/bundles/format.ts';
import type { BundleJson, ReceiptJson } from '../../../shared/bundles/format.ts';
import type { OfficeKeyView } from '../../../shared/trust/types.ts';
import { openBundle, sha256Hex } from './container.ts';
import { applyVerifiedBundle, refuseBundle } from './import-service.ts';
import type { ImportOutcome, RefusedBundle, VerifiedBundle } from './import-service.ts';
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

/** What the bundle worker makes of a file: its verified contents, or why it was refused whole. */
export type OpenedBundleFile = { ok: true; bundle: VerifiedBundle } | { ok: false; refused: RefusedBundle; detail: string };

/**
 * Opens and verifies a bundle file's bytes against trusted_origins (the signature, then every
 * entry's hash) and, for a refused file, reads what its bundle.json claims: everything an
 * import does except writing; the storing thread hashes the contents once more
 * (applyVerifiedBundle). Runs in the bundle worker on its own read-only connection (bundle-worker.ts).
 */
export function openBundleFile(db: Db, bytes: Uint8Array): OpenedBundleFile {
  const opened = openBundle(bytes, trustedOriginLookup(db));
  if (opened.ok) {
    const b = opened.bundle;
    const bundle: VerifiedBundle = {
      bundleId: b.bundleId,
      // The container hashed the file already when it opened it.
      bundleSha256: opened.sha256,
      exportedAt: b.exportedAt,
      origin: b.origin,
      cases: opened.cases.map((c) => ({
        caseUuid: c.entry.caseUuid,
        registerNo: c.entry.registerNo,
        revision: c.entry.revision,
        sha256: c.entry.sha256,
        previousSha256: c.entry.previousSha256,
        caseJsonText: c.caseJson,
        // Views into `bytes` (zip-entries.ts): the worker hands the file's buffer back whole, not these copied.
        letters: [...c.letters].map(([sha256, pdf]) => ({ sha256, bytes: pdf })),
      })),
    };
    return { ok: true, bundle };
  }
  const claimed = readableBundleJson(bytes);
  return {
    ok: false,
    detail: opened.detail,
    refused: {
      bundleSha256: sha256Hex(bytes),
      refusal: opened.refusal,
      bundleId: claimed?.bundleId ?? null,
      originCode: claimed?.origin.instansiCode ?? null,
      cases: (claimed?.cases ?? []).map((c) => ({ caseUuid: c.caseUuid, registerNo: c.registerNo, revision: c.revision })),
    },
  };
}

/**
 * Stores what the worker opened (short transactions, importSteps) or records the refusal,
 * then signs the receipt. Refusals are outcomes, not errors: a bundle that fails
 * verification is recorded (audited) and every case it lists is refused with the bundle's
 * code. Importing the same bundle again gives `already` for each case and a fresh receipt.
 * `receiver` is read before the file is (officeKey: a receipt names its receiver by the BKN
 * instansi code, so an office without one is refused before anything is read).
 */
export async function storeBundleFile(ctx: AppContext, receiver: OfficeKeyView, opened: OpenedBundleFile): Promise<BundleFileImport> {
  const outcome = opened.ok ? await applyVerifiedBundle(ctx, opened.bundle) : refuseBundle(ctx, opened.refused);
  const bundleSha256 = opened.ok ? opened.bundle.bundleSha256 : opened.refused.bundleSha256;
  const bundleId = opened.ok ? opened.bundle.bundleId : opened.refused.bundleId;
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
  return { outcome, receipt, bundleSha256, detail: opened.ok ? null : opened.detail };
}
