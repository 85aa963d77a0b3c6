import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import type { AppContext } from '../../electron/main/app-context.ts';
import { writeBundle } from '../../electron/main/bundles/container.ts';
import { fingerprintOf } from '../../electron/main/trust/ed25519.ts';
import { buildPublicKeyFile } from '../../electron/main/trust/public-key-file.ts';
import { enrolOrigin } from '../../electron/main/trust/trust-service.ts';
import { caseJsonPath } from '../../shared/bundles/format.ts';
import type { BundleJson } from '../../shared/bundles/format.ts';
import type { VerifiedCase } from '../../electron/main/bundles/import-service.ts';

/** A sending office with its own Ed25519 key: it signs bundles, and a province may enrol it. */
export function regency(instansiCode: string, officeName: string) {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const fingerprint = fingerprintOf(publicKey);
  const origin = { instansiCode, officeName, keyFingerprint: fingerprint };
  return {
    origin,
    /** Enrols this office at the province, as an administrator does from its key file and key letter. */
    enrolAt: (ctx: AppContext) => enrolOrigin(ctx, buildPublicKeyFile(instansiCode, officeName, publicKey.export({ type: 'spki', format: 'pem' }).toString(), fingerprint), fingerprint),
    /** A signed .sipena-bundle of these revisions (case.json and letters as given). */
    bundle: (cases: VerifiedCase[], bundleId = randomUUID()): Uint8Array => {
      const files = new Map<string, Uint8Array>();
      for (const c of cases) {
        files.set(caseJsonPath(c.caseUuid), Buffer.from(c.caseJsonText));
        for (const l of c.letters) files.set(`cases/${c.caseUuid}/letters/${l.sha256}.pdf`, l.bytes);
      }
      const bundle: BundleJson = {
        format: 'sipena-bundle',
        formatVersion: 1,
        bundleId,
        origin,
        sipenaVersion: '0.1.0',
        exportedAt: '2024-11-04T02:00:00.000Z',
        withEvidence: false,
        cases: cases.map((c) => ({ caseUuid: c.caseUuid, registerNo: c.registerNo, revision: c.revision, path: caseJsonPath(c.caseUuid), sha256: c.sha256, previousSha256: c.previousSha256 })),
      };
      return writeBundle({ bundle, files }, (manifest) => sign(null, manifest, privateKey));
    },
  };
}
