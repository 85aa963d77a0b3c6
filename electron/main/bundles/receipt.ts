/**
 * Receipts: the receiver of a bundle signs what it did with each case; the sender's outbox
 * verifies the receipt against the receiver's enrolled key and marks the bundle delivered.
 * The signature covers the canonical JSON (RFC 8785) of the receipt without `signature`.
 */
import { createPublicKey, verify } from 'node:crypto';
import { canonicalJson } from '../../../shared/canonical-json.ts';
import { receiptBodySchema, receiptSchema } from '../../../shared/bundles/format.ts';
import type { ReceiptBody, ReceiptJson } from '../../../shared/bundles/format.ts';
import type { OriginKey, OriginLookup } from './container.ts';

export function signReceipt(body: ReceiptBody, sign: (data: Buffer) => Buffer): ReceiptJson {
  const checked = receiptBodySchema.parse(body);
  return { ...checked, signature: sign(Buffer.from(canonicalJson(checked), 'utf8')).toString('base64') };
}

/** The receipt file's text: canonical JSON and a newline. */
export function receiptFileText(receipt: ReceiptJson): string {
  return `${canonicalJson(receipt)}\n`;
}

export type ReceiptRefusal = 'BAD_FORMAT' | 'UNKNOWN_ORIGIN' | 'REVOKED' | 'BAD_SIGNATURE';

export type OpenedReceipt = { ok: true; receipt: ReceiptJson; receiver: OriginKey } | { ok: false; refusal: ReceiptRefusal; detail: string };

/** Parses and verifies a receipt file against the receiver's enrolled (unrevoked) key. */
export function openReceipt(text: string, lookupOrigin: OriginLookup): OpenedReceipt {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, refusal: 'BAD_FORMAT', detail: 'the receipt is not JSON' };
  }
  const parsed = receiptSchema.safeParse(json);
  if (!parsed.success) return { ok: false, refusal: 'BAD_FORMAT', detail: `not a v1 receipt: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}` };
  const receipt = parsed.data;
  const receiver = lookupOrigin(receipt.receiver.instansiCode, receipt.receiver.keyFingerprint);
  if (!receiver) return { ok: false, refusal: 'UNKNOWN_ORIGIN', detail: `no trusted origin ${receipt.receiver.instansiCode} with key ${receipt.receiver.keyFingerprint}` };
  if (receiver.revoked) return { ok: false, refusal: 'REVOKED', detail: `the key of ${receipt.receiver.instansiCode} ${receiver.name} is revoked` };
  if (!verifyReceiptSignature(receipt, receiver.publicKeyPem)) return { ok: false, refusal: 'BAD_SIGNATURE', detail: 'the receipt signature does not verify with the enrolled key' };
  return { ok: true, receipt, receiver };
}

export function verifyReceiptSignature(receipt: ReceiptJson, publicKeyPem: string): boolean {
  const { signature, ...body } = receipt;
  try {
    return verify(null, Buffer.from(canonicalJson(body), 'utf8'), createPublicKey(publicKeyPem), Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
