/**
 * The signed ZIP of the check-out and return files: the bundle container's conventions
 * (MANIFEST.sha256 of every entry, sorted; its Ed25519 signature in MANIFEST.sha256.sig),
 * with a fixed list of entry names. Opening gives the verified entries or one refusal.
 */
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { buildManifest, sha256Hex } from '../bundles/container.ts';
import { MANIFEST, MANIFEST_SIG } from '../../../shared/bundles/format.ts';
import { canonicalJson } from '../../../shared/canonical-json.ts';
import { CHECKOUT_EXTENSION, RETURN_EXTENSION } from '../../../shared/checkout/file-format.ts';
import { AppError } from '../errors.ts';

export type FileRefusal = 'BAD_FORMAT' | 'BAD_SIGNATURE' | 'TAMPERED';

export class CheckoutFileRefused extends Error {
  readonly refusal: FileRefusal;
  constructor(refusal: FileRefusal, detail: string) {
    super(detail);
    this.refusal = refusal;
  }
}
/** The refusal of a file as an error the screens and the CLI print (nothing was written). */
export function fileRefusedError(e: CheckoutFileRefused, kind: 'checkout' | 'return'): AppError {
  return new AppError('INVALID_INPUT', `checkout.file${e.refusal}`, { kind: kind === 'checkout' ? CHECKOUT_EXTENSION : RETURN_EXTENSION, detail: e.message });
}

const refuse = (refusal: FileRefusal, detail: string): never => {
  throw new CheckoutFileRefused(refusal, detail);
};

/** Signs with a PEM private key (the office's, or the loan's on the laptop). */
export const signerOf = (privateKeyPem: string) => (data: Buffer) => sign(null, data, createPrivateKey(privateKeyPem));

/** The ZIP bytes: `mainName` holds `main` as canonical JSON, `files` the other entries (PDFs), all listed in the signed manifest. */
export function writeSignedFile(mainName: string, main: unknown, files: Map<string, Uint8Array>, signer: (manifest: Buffer) => Buffer, at: Date): Uint8Array {
  const entries = new Map<string, Uint8Array>([[mainName, Buffer.from(canonicalJson(main), 'utf8')], ...files]);
  const manifest = Buffer.from(buildManifest(entries), 'utf8');
  const zippable: Zippable = {};
  for (const path of [...entries.keys()].sort()) zippable[path] = [entries.get(path)!, { level: path.endsWith('.json') ? 6 : 0, mtime: at }];
  zippable[MANIFEST] = [manifest, { level: 6, mtime: at }];
  zippable[MANIFEST_SIG] = [Buffer.from(`${signer(manifest).toString('base64')}\n`, 'utf8'), { level: 0, mtime: at }];
  return zipSync(zippable);
}

export interface OpenedFile {
  /** The main JSON entry, parsed (not yet checked against a schema: the caller does). */
  main: unknown;
  files: Map<string, Uint8Array>;
  /** SHA-256 of the whole file. */
  sha256: string;
}

const MAX_TOTAL = 1024 * 1024 * 1024;
const MANIFEST_LINE = /^([0-9a-f]{64}) {2}(\S+)$/;
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Opens a signed file: names and declared sizes first (nothing inflated), the manifest, the
 * main JSON, then the signature with the key `keyFor` picks from that (still unverified)
 * JSON, then every entry against the manifest. Only then is the JSON the signer's word.
 */
export function openSignedFile(bytes: Uint8Array, mainName: string, otherEntry: RegExp, keyFor: (main: unknown) => string | undefined): OpenedFile {
  const names = new Set<string>();
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (f) => {
        if (names.has(f.name)) refuse('BAD_FORMAT', `entry ${f.name} appears twice`);
        if (f.name !== mainName && f.name !== MANIFEST && f.name !== MANIFEST_SIG && !otherEntry.test(f.name)) refuse('BAD_FORMAT', `entry name not allowed: ${f.name.slice(0, 200)}`);
        total += f.originalSize;
        if (total > MAX_TOTAL) refuse('BAD_FORMAT', 'the entries would inflate to more than 1 GB');
        names.add(f.name);
        return false;
      },
    });
  } catch (e) {
    if (e instanceof CheckoutFileRefused) throw e;
    refuse('BAD_FORMAT', 'not a ZIP file (or a damaged one)');
  }
  for (const n of [mainName, MANIFEST, MANIFEST_SIG]) if (!names.has(n)) refuse('BAD_FORMAT', `${n} is missing`);
  let entries: Record<string, Uint8Array> = {};
  try {
    entries = unzipSync(bytes);
  } catch {
    refuse('TAMPERED', 'an entry cannot be inflated (damaged)');
  }
  const text = (name: string) => {
    try {
      return decoder.decode(entries[name]!);
    } catch {
      return refuse('BAD_FORMAT', `${name} is not UTF-8`);
    }
  };
  const hashes = new Map<string, string>();
  for (const line of text(MANIFEST).split('\n').filter((l) => l !== '')) {
    const m = MANIFEST_LINE.exec(line) ?? refuse('BAD_FORMAT', `${MANIFEST}: bad line`);
    hashes.set(m[2]!, m[1]!);
  }
  for (const n of names) if (n !== MANIFEST && n !== MANIFEST_SIG && !hashes.has(n)) refuse('BAD_FORMAT', `${n} is not in ${MANIFEST}`);
  for (const n of hashes.keys()) if (!names.has(n)) refuse('BAD_FORMAT', `${n} is listed in ${MANIFEST} but missing`);
  let main: unknown;
  try {
    main = JSON.parse(text(mainName));
  } catch (e) {
    if (e instanceof CheckoutFileRefused) throw e;
    refuse('BAD_FORMAT', `${mainName} is not JSON`);
  }
  const pem = keyFor(main);
  const sig = Buffer.from(text(MANIFEST_SIG).trim(), 'base64');
  if (!pem || !verifies(entries[MANIFEST]!, pem, sig)) refuse('BAD_SIGNATURE', `${MANIFEST_SIG} does not verify`);
  for (const [name, hash] of hashes) if (sha256Hex(entries[name]!) !== hash) refuse('TAMPERED', `${name} differs from ${MANIFEST}`);
  const files = new Map<string, Uint8Array>();
  for (const n of names) if (n !== mainName && n !== MANIFEST && n !== MANIFEST_SIG) files.set(n, entries[n]!);
  return { main, files, sha256: sha256Hex(bytes) };
}

function verifies(data: Uint8Array, publicKeyPem: string, sig: Buffer): boolean {
  try {
    return sig.length === 64 && verify(null, data, createPublicKey(publicKeyPem), sig);
  } catch {
    return false;
  }
}
