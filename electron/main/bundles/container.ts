/**
 * The bundle container: writing a signed `.sipena-bundle` ZIP, and opening one into verified
 * contents or exactly one refusal for the whole bundle. No database here: the caller signs
 * (with this office's key) and looks origins up (in trusted_origins), see origins.ts.
 */
import { createHash, createPublicKey, verify } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import {
  BUNDLE_JSON,
  MANIFEST,
  MANIFEST_SIG,
  bundleJsonSchema,
  caseJsonPath,
  caseOfEntry,
  caseRecordSchema,
  evidencePath,
  letterPath,
} from '../../../shared/bundles/format.ts';
import type { BundleCase, BundleJson, BundleRefusal, CaseRecord } from '../../../shared/bundles/format.ts';
import { canonicalJson } from '../../../shared/canonical-json.ts';
import { readZipEntries } from './zip-entries.ts';

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** What goes into a bundle: bundle.json's object, and every per-case entry by path (case.json, letters, evidence). */
export interface BundleContent {
  bundle: BundleJson;
  files: Map<string, Uint8Array>;
}

/** Builds MANIFEST.sha256: `sha256sum` lines for every entry, sorted by path (byte order: paths are ASCII). */
export function buildManifest(entries: Map<string, Uint8Array>): string {
  return [...entries.keys()]
    .sort()
    .map((path) => `${sha256Hex(entries.get(path)!)}  ${path}\n`)
    .join('');
}

/**
 * The ZIP bytes of a bundle, signed by `sign` (this office's key, over MANIFEST.sha256).
 * Refuses content that a receiver would refuse (a programming error on our side, not a
 * user's): a case whose case.json is missing or differs from its sha256, a file outside a
 * listed case. JSON entries are deflated; PDFs and evidence are stored as they are (already
 * compressed, and deflating megabytes of them again would only cost export time).
 */
export function writeBundle(content: BundleContent, sign: (manifest: Buffer) => Buffer): Uint8Array {
  const bundle = bundleJsonSchema.parse(content.bundle);
  const listed = new Set(bundle.cases.map((c) => c.caseUuid));
  for (const c of bundle.cases) {
    const bytes = content.files.get(c.path);
    if (!bytes) throw new Error(`bundle: ${c.path} is missing`);
    if (sha256Hex(bytes) !== c.sha256) throw new Error(`bundle: ${c.path} differs from its sha256 in bundle.json`);
  }
  for (const path of content.files.keys()) {
    const owner = caseOfEntry(path);
    if (!owner || !listed.has(owner)) throw new Error(`bundle: ${path} is not an entry of a listed case`);
  }
  const entries = new Map<string, Uint8Array>([[BUNDLE_JSON, Buffer.from(canonicalJson(bundle), 'utf8')], ...content.files]);
  const manifest = Buffer.from(buildManifest(entries), 'utf8');
  const signature = Buffer.from(`${sign(manifest).toString('base64')}\n`, 'utf8');
  const mtime = new Date(bundle.exportedAt);
  const zippable: Zippable = {};
  for (const path of [...entries.keys()].sort()) {
    const level = path.endsWith('.json') ? 6 : 0;
    zippable[path] = [entries.get(path)!, { level, mtime }];
  }
  zippable[MANIFEST] = [manifest, { level: 6, mtime }];
  zippable[MANIFEST_SIG] = [signature, { level: 0, mtime }];
  return zipSync(zippable);
}

/** An enrolled origin's key as trusted_origins holds it; `revoked` when every row for this code and key is revoked. */
export interface OriginKey {
  publicKeyPem: string;
  name: string;
  revoked: boolean;
}
export type OriginLookup = (instansiCode: string, keyFingerprint: string) => OriginKey | undefined;

export interface OpenedCase {
  entry: BundleCase;
  record: CaseRecord;
  /** case.json exactly as sent (canonical JSON): what the receiver stores and hashes. */
  caseJson: string;
  /** Letter PDFs by their sha256. */
  letters: Map<string, Uint8Array>;
  /** Evidence files by their sha256 (empty without evidence). */
  evidence: Map<string, Uint8Array>;
}

export interface OpenedBundle {
  ok: true;
  bundle: BundleJson;
  /** SHA-256 of the whole file (what a receipt names). */
  sha256: string;
  origin: OriginKey;
  cases: OpenedCase[];
}
export interface RefusedBundle {
  ok: false;
  refusal: BundleRefusal;
  /** English, for logs and the operator: which entry and why. */
  detail: string;
}

/** Limits checked on the ZIP's directory before anything is inflated (a zip bomb declares what it would become). */
export interface OpenLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}
export const DEFAULT_LIMITS: OpenLimits = { maxEntries: 200_000, maxEntryBytes: 512 * 1024 * 1024, maxTotalBytes: 4 * 1024 * 1024 * 1024 };

class Refusal extends Error {
  readonly refusal: BundleRefusal;
  readonly detail: string;
  constructor(refusal: BundleRefusal, detail: string) {
    super(detail);
    this.refusal = refusal;
    this.detail = detail;
  }
}
const refuse = (refusal: BundleRefusal, detail: string): never => {
  throw new Refusal(refusal, detail);
};

const SPECIAL = new Set([BUNDLE_JSON, MANIFEST, MANIFEST_SIG]);
const MANIFEST_LINE = /^([0-9a-f]{64}) {2}(\S+)$/;
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads the ZIP directory only (no inflating) and refuses bad names, duplicates and declared sizes over the limits. */
function readDirectory(bytes: Uint8Array, limits: OpenLimits): Set<string> {
  const names = new Set<string>();
  let total = 0;
  if (bytes.length < 22) refuse('BAD_FORMAT', 'not a ZIP file');
  try {
    unzipSync(bytes, {
      filter: (f) => {
        if (names.size >= limits.maxEntries) refuse('BAD_FORMAT', `more than ${limits.maxEntries} entries`);
        if (names.has(f.name)) refuse('BAD_FORMAT', `entry ${f.name} appears twice`);
        if (!SPECIAL.has(f.name) && caseOfEntry(f.name) === undefined) refuse('BAD_FORMAT', `entry name not allowed: ${JSON.stringify(f.name.slice(0, 200))}`);
        if (f.compression !== 0 && f.compression !== 8) refuse('BAD_FORMAT', `${f.name}: unknown compression ${f.compression}`);
        if (f.originalSize > limits.maxEntryBytes) refuse('BAD_FORMAT', `${f.name} would inflate to ${f.originalSize} bytes (limit ${limits.maxEntryBytes})`);
        total += f.originalSize;
        if (total > limits.maxTotalBytes) refuse('BAD_FORMAT', `the entries would inflate to more than ${limits.maxTotalBytes} bytes`);
        names.add(f.name);
        return false;
      },
    });
  } catch (e) {
    if (e instanceof Refusal) throw e;
    refuse('BAD_FORMAT', 'not a ZIP file (or a damaged one)');
  }
  for (const s of SPECIAL) if (!names.has(s)) refuse('BAD_FORMAT', `${s} is missing`);
  return names;
}

/**
 * Inflates the named entries; the declared size bounds each output. Stored entries (letters,
 * evidence) come back as views into `bytes`, not copies (zip-entries.ts); a ZIP64 file goes
 * through fflate, which writes each entry into a buffer of its declared size.
 */
function inflate(bytes: Uint8Array, wanted: Set<string>, onError: BundleRefusal): Record<string, Uint8Array> {
  try {
    return readZipEntries(bytes, wanted) ?? unzipSync(bytes, { filter: (f) => wanted.has(f.name) });
  } catch {
    return refuse(onError, 'an entry cannot be inflated (damaged)');
  }
}

function text(data: Uint8Array, name: string): string {
  try {
    return decoder.decode(data);
  } catch {
    return refuse('BAD_FORMAT', `${name} is not UTF-8`);
  }
}

function parseManifest(manifest: string): Map<string, string> {
  const hashes = new Map<string, string>();
  if (manifest !== '' && !manifest.endsWith('\n')) refuse('BAD_FORMAT', `${MANIFEST} does not end with a newline`);
  let previous = '';
  for (const line of manifest.split('\n').slice(0, -1)) {
    const m = MANIFEST_LINE.exec(line);
    if (!m) refuse('BAD_FORMAT', `${MANIFEST}: bad line ${JSON.stringify(line.slice(0, 120))}`);
    const [, hash, path] = m!;
    if (SPECIAL.has(path!) && path !== BUNDLE_JSON) refuse('BAD_FORMAT', `${MANIFEST} lists ${path}`);
    if (path! <= previous) refuse('BAD_FORMAT', `${MANIFEST} is not sorted by path or lists ${path} twice`);
    previous = path!;
    hashes.set(path!, hash!);
  }
  if (!hashes.has(BUNDLE_JSON)) refuse('BAD_FORMAT', `${MANIFEST} does not list ${BUNDLE_JSON}`);
  return hashes;
}

function parseJson(data: Uint8Array, name: string): unknown {
  try {
    return JSON.parse(text(data, name));
  } catch (e) {
    if (e instanceof Refusal) throw e;
    return refuse('BAD_FORMAT', `${name} is not JSON`);
  }
}

/**
 * Opens a bundle: ZIP directory and names, then the manifest and bundle.json, the origin
 * (enrolled, not revoked), the signature over the manifest, then every entry's hash, then
 * each case.json against bundle.json and its own schema. The order matters: nothing an
 * unverified sender wrote is trusted beyond picking the key to check it with.
 */
export function openBundle(bytes: Uint8Array, lookupOrigin: OriginLookup, limits: OpenLimits = DEFAULT_LIMITS): OpenedBundle | RefusedBundle {
  try {
    return open(bytes, lookupOrigin, limits);
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, refusal: e.refusal, detail: e.detail };
    throw e;
  }
}

function open(bytes: Uint8Array, lookupOrigin: OriginLookup, limits: OpenLimits): OpenedBundle {
  const names = readDirectory(bytes, limits);
  const head = inflate(bytes, new Set(SPECIAL), 'BAD_FORMAT');
  const manifestBytes = head[MANIFEST]!;
  const hashes = parseManifest(text(manifestBytes, MANIFEST));
  for (const name of names) if (name !== MANIFEST && name !== MANIFEST_SIG && !hashes.has(name)) refuse('BAD_FORMAT', `${name} is not in ${MANIFEST}`);
  for (const name of hashes.keys()) if (!names.has(name)) refuse('BAD_FORMAT', `${name} is listed in ${MANIFEST} but missing`);

  const parsed = bundleJsonSchema.safeParse(parseJson(head[BUNDLE_JSON]!, BUNDLE_JSON));
  if (!parsed.success) refuse('BAD_FORMAT', `${BUNDLE_JSON}: ${parsed.error!.issues[0]?.message ?? 'invalid'}`);
  const bundle = parsed.data!;

  const origin = lookupOrigin(bundle.origin.instansiCode, bundle.origin.keyFingerprint);
  if (!origin) refuse('UNKNOWN_ORIGIN', `no trusted origin ${bundle.origin.instansiCode} with key ${bundle.origin.keyFingerprint}`);
  if (origin!.revoked) refuse('REVOKED', `the key of ${bundle.origin.instansiCode} ${origin!.name} is revoked`);
  const sig = Buffer.from(text(head[MANIFEST_SIG]!, MANIFEST_SIG).trim(), 'base64');
  if (!verifies(manifestBytes, origin!.publicKeyPem, sig)) refuse('BAD_SIGNATURE', `${MANIFEST_SIG} does not verify with the enrolled key of ${bundle.origin.instansiCode}`);

  // From here the manifest is the origin's word: a difference is tampering on the way.
  if (sha256Hex(head[BUNDLE_JSON]!) !== hashes.get(BUNDLE_JSON)) refuse('TAMPERED', `${BUNDLE_JSON} differs from ${MANIFEST}`);
  const rest = inflate(bytes, new Set([...hashes.keys()].filter((n) => n !== BUNDLE_JSON)), 'TAMPERED');
  for (const [name, hash] of hashes) {
    if (name === BUNDLE_JSON) continue;
    const data = rest[name];
    if (!data || sha256Hex(data) !== hash) refuse('TAMPERED', `${name} differs from ${MANIFEST}`);
  }

  const cases = bundle.cases.map((entry) => openCase(entry, rest, hashes, bundle.withEvidence));
  const claimed = new Set(cases.flatMap((c) => [c.entry.path, ...[...c.letters.keys()].map((s) => letterPath(c.entry.caseUuid, s)), ...[...c.evidence.keys()].map((s) => evidencePath(c.entry.caseUuid, s))]));
  for (const name of hashes.keys()) if (name !== BUNDLE_JSON && !claimed.has(name)) refuse('BAD_FORMAT', `${name} belongs to no case of ${BUNDLE_JSON}`);
  return { ok: true, bundle, sha256: sha256Hex(bytes), origin: origin!, cases };
}

function verifies(data: Uint8Array, publicKeyPem: string, sig: Buffer): boolean {
  try {
    return sig.length === 64 && verify(null, data, createPublicKey(publicKeyPem), sig);
  } catch {
    return false;
  }
}

function openCase(entry: BundleCase, files: Record<string, Uint8Array>, hashes: Map<string, string>, withEvidence: boolean): OpenedCase {
  const path = caseJsonPath(entry.caseUuid);
  const data = files[path];
  if (!data) return refuse('BAD_FORMAT', `${path} is missing`);
  if (sha256Hex(data) !== entry.sha256) refuse('TAMPERED', `${path} differs from its sha256 in ${BUNDLE_JSON}`);
  const caseJson = text(data, path);
  const parsed = caseRecordSchema.safeParse(parseJson(data, path));
  if (!parsed.success) refuse('BAD_FORMAT', `${path}: ${parsed.error!.issues[0]?.path.join('.')} ${parsed.error!.issues[0]?.message ?? 'invalid'}`);
  const record = parsed.data!;
  if (record.caseUuid !== entry.caseUuid || record.revision !== entry.revision || record.registerNo !== entry.registerNo) {
    refuse('BAD_FORMAT', `${path} names another case or revision than ${BUNDLE_JSON}`);
  }
  const letters = new Map<string, Uint8Array>();
  for (const l of record.letters) {
    const p = letterPath(entry.caseUuid, l.sha256);
    if (l.path !== p || !files[p]) refuse('BAD_FORMAT', `${path}: letter ${l.number} is not at ${p}`);
    if (hashes.get(p) !== l.sha256) refuse('BAD_FORMAT', `${p} is not the letter its name says`);
    letters.set(l.sha256, files[p]!);
  }
  const evidence = new Map<string, Uint8Array>();
  for (const ev of record.evidence) {
    if (ev.path === null) {
      if (withEvidence) refuse('BAD_FORMAT', `${path}: evidence ${ev.sha256} has no file in a bundle with evidence`);
      continue;
    }
    const p = evidencePath(entry.caseUuid, ev.sha256);
    if (!withEvidence || ev.path !== p || !files[p]) refuse('BAD_FORMAT', `${path}: evidence ${ev.sha256} is not at ${p}`);
    if (hashes.get(p) !== ev.sha256) refuse('BAD_FORMAT', `${p} is not the file its name says`);
    evidence.set(ev.sha256, files[p]!);
  }
  return { entry, record, caseJson, letters, evidence };
}
