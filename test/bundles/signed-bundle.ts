import { generateKeyPairSync, sign } from 'node:crypto';
import { openApp } from '../../electron/main/app-context.ts';
import { sha256Hex, writeBundle } from '../../electron/main/bundles/container.ts';
import { officePublicKey, signWithOfficeKey } from '../../electron/main/trust/signing-key.ts';
import { fingerprintOf } from '../../electron/main/trust/ed25519.ts';
import { caseJsonPath, caseRecordSchema, letterPath } from '../../shared/bundles/format.ts';
import type { BundleJson, CaseRecord } from '../../shared/bundles/format.ts';
import { canonicalJson } from '../../shared/canonical-json.ts';
import { repoResources, TEST_SCRYPT } from '../support/temp-app.ts';

export const pdf = (label: string) => Buffer.from(`%PDF-1.7\nletter ${label}\n%%EOF\n`);

/** A decided case record with one letter; `status` varies the content for the same revision. */
export function caseRecord(caseUuid: string, registerNo: string, instansiCode: string, revision = 1, status = 'decided'): CaseRecord {
  const letter = pdf(registerNo);
  const sha = sha256Hex(letter);
  return caseRecordSchema.parse({
    caseUuid,
    revision,
    registerNo,
    originInstansiCode: instansiCode,
    status,
    incident: { date: '2026-01-05', place: 'Kantor' },
    dates: { registered: '2026-01-10', examinations: ['2026-02-01'], lhp: '2026-02-10', decision: '2026-03-01' },
    violations: [{ code: 'PP94-3-f', title: 'Masuk kerja' }],
    accused: [],
    letters: [{ kind: 'sk', number: `800/${registerNo}`, letterDate: '2026-03-01', issuedAt: '2026-03-01T02:00:00.000Z', status: 'issued', sha256: sha, path: letterPath(caseUuid, sha) }],
    evidence: [],
  });
}

/** Runs `fn` with an office's data folder open (its own signing key, as the export uses it). */
export async function withOffice<T>(dataDir: string, fn: (office: { fingerprint: string; sign: (data: Buffer) => Buffer }) => T): Promise<T> {
  const ctx = await openApp({ dataDir, resourcesDir: repoResources, appVersion: 'test', passwordParams: TEST_SCRYPT });
  try {
    return fn({ fingerprint: officePublicKey(ctx.db)!.fingerprint, sign: (data) => signWithOfficeKey(ctx.db, data) });
  } finally {
    ctx.db.close();
  }
}

/** A key nobody enrolled (a stranger, or a forger who names an enrolled office's fingerprint). */
export function strangerKey(): { fingerprint: string; sign: (data: Buffer) => Buffer } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { fingerprint: fingerprintOf(publicKey), sign: (data) => sign(null, data, privateKey) };
}

/** A signed bundle of these records (each with its one letter). */
export function signedBundle(records: CaseRecord[], origin: { instansiCode: string; officeName: string; keyFingerprint: string }, signer: (data: Buffer) => Buffer, bundleId: string): Uint8Array {
  const files = new Map<string, Uint8Array>();
  const cases = records.map((rec) => {
    const json = Buffer.from(canonicalJson(rec));
    files.set(caseJsonPath(rec.caseUuid), json);
    for (const l of rec.letters) files.set(l.path, pdf(rec.registerNo));
    return { caseUuid: rec.caseUuid, registerNo: rec.registerNo, revision: rec.revision, path: caseJsonPath(rec.caseUuid), sha256: sha256Hex(json), previousSha256: null };
  });
  const bundle: BundleJson = { format: 'sipena-bundle', formatVersion: 1, bundleId, origin, sipenaVersion: '0.1.0', exportedAt: '2026-12-02T21:00:00.000Z', withEvidence: false, cases };
  return writeBundle({ bundle, files }, signer);
}
