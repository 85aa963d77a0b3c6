/**
 * The two pieces that let a thousand-case bundle fit in memory: the streamed writer gives a
 * bundle openBundle accepts with every entry intact, and the ZIP reader returns what fflate
 * returns (stored entries as views, not copies), refuses offsets outside the file and leaves
 * ZIP64 to fflate.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BundleStreamWriter } from '../../electron/main/bundles/bundle-stream.ts';
import { openBundle, sha256Hex } from '../../electron/main/bundles/container.ts';
import { readZipEntries } from '../../electron/main/bundles/zip-entries.ts';
import { fingerprintOf } from '../../electron/main/trust/ed25519.ts';
import { caseJsonPath } from '../../shared/bundles/format.ts';
import type { BundleJson } from '../../shared/bundles/format.ts';
import { canonicalJson } from '../../shared/canonical-json.ts';
import { caseRecord, pdf } from './signed-bundle.ts';

describe('streamed bundle writer and ZIP entry reader', () => {
  it('a streamed bundle opens with every case.json and letter byte for byte, and its chunks make the file', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const uuids = ['0b6e2c1a-3f4d-4e5a-9b6c-7d8e9f0a1b2c', '1c7f3d2b-4a5e-4f6b-8c7d-8e9f0a1b2c3d'];
    const chunks: Uint8Array[] = [];
    const exportedAt = '2026-12-02T21:00:00.000Z';
    const writer = new BundleStreamWriter(exportedAt, (c) => chunks.push(Uint8Array.from(c)));
    const cases = uuids.map((u, i) => {
      const rec = caseRecord(u, `HD-2026-00${i + 1}`, '3201');
      const json = Buffer.from(canonicalJson(rec));
      writer.addCaseEntry(caseJsonPath(u), json);
      writer.addCaseEntry(rec.letters[0]!.path, pdf(rec.registerNo));
      return { caseUuid: u, registerNo: rec.registerNo, revision: 1, path: caseJsonPath(u), sha256: sha256Hex(json), previousSha256: null };
    });
    expect(() => writer.addCaseEntry('notes.txt', Buffer.from('x'))).toThrow('not a case entry');
    const bundle: BundleJson = { format: 'sipena-bundle', formatVersion: 1, bundleId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', origin: { instansiCode: '3201', officeName: 'Kabupaten Uji', keyFingerprint: fingerprintOf(publicKey) }, sipenaVersion: 'test', exportedAt, withEvidence: false, cases };
    writer.finish(bundle, (m) => sign(null, m, privateKey));
    const bytes = Buffer.concat(chunks);
    const opened = openBundle(bytes, () => ({ publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(), name: 'Uji', revoked: false }));
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.cases.map((c) => c.record.registerNo)).toEqual(['HD-2026-001', 'HD-2026-002']);
    expect(Buffer.from([...opened.cases[1]!.letters.values()][0]!).toString()).toBe(pdf('HD-2026-002').toString());
    expect(Buffer.from(unzipSync(bytes)['bundle.json']!).toString()).toBe(canonicalJson(bundle));
  });

  it('the writer refuses a bundle.json that lists a case.json it was not given, or with another hash', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const writer = new BundleStreamWriter('2026-12-02T21:00:00.000Z', () => undefined);
    const u = '0b6e2c1a-3f4d-4e5a-9b6c-7d8e9f0a1b2c';
    writer.addCaseEntry(caseJsonPath(u), Buffer.from('{}'));
    const bundle: BundleJson = { format: 'sipena-bundle', formatVersion: 1, bundleId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', origin: { instansiCode: '3201', officeName: 'Uji', keyFingerprint: 'AB:'.repeat(31) + 'CD' }, sipenaVersion: 'test', exportedAt: '2026-12-02T21:00:00.000Z', withEvidence: false, cases: [{ caseUuid: u, registerNo: 'X', revision: 1, path: caseJsonPath(u), sha256: 'a'.repeat(64), previousSha256: null }] };
    expect(() => writer.finish(bundle, (m) => sign(null, m, privateKey))).toThrow('differs from its sha256');
  });

  it('reads what fflate reads, stored entries as views into the file; refuses offsets outside it; leaves ZIP64 to fflate', () => {
    const big = Buffer.alloc(100_000, 7);
    const zip = zipSync({ 'a.json': [Buffer.from('{"x":1}'.repeat(50)), { level: 6 }], 'b.pdf': [big, { level: 0 }], 'c.bin': [Buffer.from('skip'), { level: 0 }] });
    const wanted = new Set(['a.json', 'b.pdf']);
    const ours = readZipEntries(zip, wanted)!;
    const theirs = unzipSync(zip, { filter: (f) => wanted.has(f.name) });
    expect(Object.keys(ours).sort()).toEqual(['a.json', 'b.pdf']);
    for (const k of wanted) expect(Buffer.from(ours[k]!).equals(Buffer.from(theirs[k]!))).toBe(true);
    expect(ours['b.pdf']!.buffer).toBe(zip.buffer);
    // The central directory's local-header offset of the first entry pointed past the end.
    const broken = Uint8Array.from(zip);
    const firstCd = Buffer.from(broken).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(firstCd).toBeGreaterThan(0);
    new DataView(broken.buffer).setUint32(firstCd + 42, broken.length + 10, true);
    expect(() => readZipEntries(broken, new Set(['a.json']))).toThrow('outside the file');
    // A ZIP64 end locator before the end record: not read here.
    const z64 = Buffer.concat([zip.subarray(0, zip.length - 22), Buffer.from([0x50, 0x4b, 0x06, 0x07]), Buffer.alloc(16), zip.subarray(zip.length - 22)]);
    expect(readZipEntries(z64, wanted)).toBeNull();
  });
});
