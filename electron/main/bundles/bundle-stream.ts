/**
 * Writes a signed `.sipena-bundle` as a stream: each case's entries go into the ZIP as the
 * case is built and are then dropped, so exporting a thousand cases with their letters holds
 * one case in memory, not the whole bundle twice (writeBundle in container.ts builds it in
 * one piece, which is fine for tests and small bundles). bundle.json, MANIFEST.sha256 and
 * its signature come last: they list everything before them. The result is the same format
 * (ZIP entry order is free; the manifest is sorted by path) and passes the same checks.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { Zip, ZipPassThrough } from 'fflate';
import { BUNDLE_JSON, MANIFEST, MANIFEST_SIG, bundleJsonSchema, caseOfEntry } from '../../../shared/bundles/format.ts';
import type { BundleJson } from '../../../shared/bundles/format.ts';
import { canonicalJson } from '../../../shared/canonical-json.ts';
import { sha256Hex } from './container.ts';

/**
 * One whole entry, its CRC and deflating done by node:zlib (native) rather than in
 * JavaScript: fflate's own CRC-32 took a second over 140 MB of letters, and a JavaScript
 * Deflate per small case.json allocated its tables a thousand times.
 */
class WholeEntry extends ZipPassThrough {
  constructor(filename: string, deflate: boolean) {
    super(filename);
    if (deflate) this.compression = 8;
  }
  override push(data: Uint8Array): void {
    this.size = data.byteLength;
    this.crc = crc32(data);
    this.process((this.compression === 8 ? deflateRawSync(data, { level: 6 }) : data) as Uint8Array<ArrayBuffer>, true);
  }
}

export class BundleStreamWriter {
  private readonly zip: Zip;
  private readonly hashes = new Map<string, string>();
  private readonly mtime: Date;
  private failure: Error | null = null;

  /** `out` receives the ZIP's bytes in order; `exportedAt` is every entry's time (bundle.json's exportedAt). */
  constructor(exportedAt: string, out: (chunk: Uint8Array) => void) {
    this.mtime = new Date(exportedAt);
    this.zip = new Zip((err, chunk) => {
      if (err) this.failure = err;
      else out(chunk);
    });
  }

  private put(path: string, data: Uint8Array, deflate: boolean): void {
    const entry = new WholeEntry(path, deflate);
    entry.mtime = this.mtime;
    this.zip.add(entry);
    entry.push(data);
    if (this.failure) throw this.failure;
  }

  /** One per-case entry (case.json, a letter, an evidence file). JSON is deflated; PDFs and evidence are stored as they are. */
  addCaseEntry(path: string, data: Uint8Array): void {
    if (caseOfEntry(path) === undefined) throw new Error(`bundle: ${path} is not a case entry`);
    if (this.hashes.has(path)) throw new Error(`bundle: ${path} added twice`);
    this.hashes.set(path, sha256Hex(data));
    this.put(path, data, path.endsWith('.json'));
  }

  /**
   * Ends the bundle: bundle.json, the manifest over every entry and its signature. Refuses
   * what a receiver would refuse (a case whose case.json is missing or has another hash, an
   * entry of a case bundle.json does not list): a programming error on our side.
   */
  finish(bundle: BundleJson, sign: (manifest: Buffer) => Buffer): void {
    const checked = bundleJsonSchema.parse(bundle);
    const listed = new Set(checked.cases.map((c) => c.caseUuid));
    for (const c of checked.cases) if (this.hashes.get(c.path) !== c.sha256) throw new Error(`bundle: ${c.path} is missing or differs from its sha256 in bundle.json`);
    for (const path of this.hashes.keys()) if (!listed.has(caseOfEntry(path)!)) throw new Error(`bundle: ${path} is not an entry of a listed case`);
    const json = Buffer.from(canonicalJson(checked), 'utf8');
    this.hashes.set(BUNDLE_JSON, sha256Hex(json));
    this.put(BUNDLE_JSON, json, true);
    const manifest = Buffer.from(
      [...this.hashes.keys()]
        .sort()
        .map((path) => `${this.hashes.get(path)}  ${path}\n`)
        .join(''),
      'utf8',
    );
    this.put(MANIFEST, manifest, true);
    this.put(MANIFEST_SIG, Buffer.from(`${sign(manifest).toString('base64')}\n`, 'utf8'), false);
    this.zip.end();
    if (this.failure) throw this.failure;
  }
}
