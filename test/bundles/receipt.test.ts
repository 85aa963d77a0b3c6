import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openReceipt, receiptFileText, signReceipt } from '../../electron/main/bundles/receipt.ts';
import type { OriginKey } from '../../electron/main/bundles/container.ts';
import { fingerprintOf } from '../../electron/main/trust/ed25519.ts';
import type { ReceiptBody } from '../../shared/bundles/format.ts';

function office() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { fingerprint: fingerprintOf(publicKey), publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(), sign: (d: Buffer) => sign(null, d, privateKey) };
}

const body = (fp: string): ReceiptBody => ({
  format: 'sipena-receipt',
  formatVersion: 1,
  bundleId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  bundleSha256: 'c'.repeat(64),
  receiver: { instansiCode: '3200', officeName: 'Pemerintah Provinsi Uji', keyFingerprint: fp },
  receivedAt: '2026-12-03T08:00:00.000Z',
  results: [
    { caseUuid: '0b6e2c1a-3f4d-4e5a-9b6c-7d8e9f0a1b2c', revision: 3, outcome: 'imported' },
    { caseUuid: '1c7f3d2b-4a5e-4f6b-8c7d-8e9f0a1b2c3d', revision: 2, outcome: 'refused', reason: 'CONFLICT' },
  ],
});

const lookup = (o: ReturnType<typeof office>, revoked = false) => (code: string, fp: string): OriginKey | undefined =>
  code === '3200' && fp === o.fingerprint ? { publicKeyPem: o.publicKeyPem, name: 'Provinsi Uji', revoked } : undefined;

describe('receipts', () => {
  it('a signed receipt opens with the receiver enrolled; the signature is over the canonical body', () => {
    const p = office();
    const text = receiptFileText(signReceipt(body(p.fingerprint), p.sign));
    const r = openReceipt(text, lookup(p));
    expect(r).toMatchObject({ ok: true, receipt: { bundleId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' } });
    // Key order in the file does not matter: the body is canonicalised before verifying.
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(text) as object).reverse()), null, 2);
    expect(openReceipt(reordered, lookup(p)).ok).toBe(true);
  });

  it('a changed outcome is BAD_SIGNATURE; an unknown receiver UNKNOWN_ORIGIN; a revoked one REVOKED; garbage BAD_FORMAT', () => {
    const p = office();
    const receipt = signReceipt(body(p.fingerprint), p.sign);
    const forged = { ...receipt, results: receipt.results.map((x) => ({ caseUuid: x.caseUuid, revision: x.revision, outcome: 'imported' })) };
    expect(openReceipt(JSON.stringify(forged), lookup(p))).toMatchObject({ ok: false, refusal: 'BAD_SIGNATURE' });
    expect(openReceipt(receiptFileText(receipt), lookup(office()))).toMatchObject({ ok: false, refusal: 'UNKNOWN_ORIGIN' });
    expect(openReceipt(receiptFileText(receipt), lookup(p, true))).toMatchObject({ ok: false, refusal: 'REVOKED' });
    expect(openReceipt('PK\u0003\u0004', lookup(p))).toMatchObject({ ok: false, refusal: 'BAD_FORMAT' });
    expect(openReceipt(JSON.stringify({ ...receipt, extra: 1 }), lookup(p))).toMatchObject({ ok: false, refusal: 'BAD_FORMAT' });
  });

  it('refuses to sign a body that is not a v1 receipt (a refused case without its reason)', () => {
    const p = office();
    const b = body(p.fingerprint);
    b.results[1] = { caseUuid: b.results[1]!.caseUuid, revision: 2, outcome: 'refused' };
    expect(() => signReceipt(b, p.sign)).toThrow();
  });
});
