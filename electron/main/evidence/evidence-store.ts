import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { SNIFF_BYTES, sniffMime } from './sniff-mime.ts';

/** The content-addressed store beside the database: `<dataDir>/evidence/<sha256>`. */
export function storeDir(dataDir: string): string {
  return join(dataDir, 'evidence');
}

/** Path of a stored file; `sha256` must already be a validated 64-hex digest. */
export function storedPath(dataDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256 digest: ${sha256.slice(0, 80)}`);
  return join(storeDir(dataDir), sha256);
}

export interface StoredFile {
  sha256: string;
  size: number;
  mime: string;
}

const TEMP_PREFIX = '.upload-';

/**
 * Streams one file into the store: bytes go to a temp file in the store folder while
 * being hashed; `finish` fsyncs, then renames it to its digest. An existing file with
 * that digest is never touched (the temp copy is dropped), so stored files never change.
 */
export class StoreWriter {
  readonly #dir: string;
  readonly #temp: string;
  readonly #fh: FileHandle;
  readonly #hash = createHash('sha256');
  #head = Buffer.alloc(0);
  #size = 0;
  #closed = false;

  private constructor(dir: string, temp: string, fh: FileHandle) {
    this.#dir = dir;
    this.#temp = temp;
    this.#fh = fh;
  }

  /** Opens a new temp file in the store of `dataDir`. */
  static async open(dataDir: string): Promise<StoreWriter> {
    const dir = storeDir(dataDir);
    await mkdir(dir, { recursive: true });
    const temp = join(dir, `${TEMP_PREFIX}${randomBytes(12).toString('hex')}.part`);
    return new StoreWriter(dir, temp, await open(temp, 'wx', 0o600));
  }

  get size(): number {
    return this.#size;
  }

  get tempPath(): string {
    return this.#temp;
  }

  /** Appends bytes (hashing them on the way). */
  async write(chunk: Uint8Array): Promise<void> {
    if (this.#closed) throw new Error('store writer is closed');
    this.#hash.update(chunk);
    if (this.#head.length < SNIFF_BYTES) this.#head = Buffer.concat([this.#head, chunk.subarray(0, SNIFF_BYTES - this.#head.length)]);
    let done = 0;
    while (done < chunk.length) {
      const { bytesWritten } = await this.#fh.write(chunk, done, chunk.length - done);
      done += bytesWritten;
    }
    this.#size += chunk.length;
  }

  /** Makes the file durable under its digest and returns what was stored. */
  async finish(): Promise<StoredFile> {
    if (this.#closed) throw new Error('store writer is closed');
    this.#closed = true;
    try {
      await this.#fh.sync();
    } finally {
      await this.#fh.close();
    }
    const sha256 = this.#hash.digest('hex');
    const target = join(this.#dir, sha256);
    if (await exists(target)) {
      await unlink(this.#temp);
    } else {
      await rename(this.#temp, target);
      await chmod(target, 0o444);
      await syncDir(this.#dir);
    }
    return { sha256, size: this.#size, mime: sniffMime(this.#head) };
  }

  /** Drops the temp file; nothing reaches the store. */
  async abort(): Promise<void> {
    if (!this.#closed) {
      this.#closed = true;
      await this.#fh.close().catch(() => undefined);
    }
    await unlink(this.#temp).catch(() => undefined);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** fsync of the folder makes the rename itself durable; Windows cannot open folders, and needs no such step. */
async function syncDir(dir: string): Promise<void> {
  let fh: FileHandle | undefined;
  try {
    fh = await open(dir, 'r');
    await fh.sync();
  } catch {
    // not supported on this platform
  } finally {
    await fh?.close().catch(() => undefined);
  }
}

/** Copies a file from disk into the store by streaming (CLI, demo data, benchmark). */
export async function ingestFile(dataDir: string, path: string): Promise<StoredFile> {
  const writer = await StoreWriter.open(dataDir);
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 4 * 1024 * 1024 }) as AsyncIterable<Buffer>) await writer.write(chunk);
    return await writer.finish();
  } catch (e) {
    await writer.abort();
    throw e;
  }
}

/** Re-hashes a stored file; `actual` is null when the file is missing. */
export async function hashStored(dataDir: string, sha256: string): Promise<{ actual: string | null; size: number | null }> {
  const path = storedPath(dataDir, sha256);
  const hash = createHash('sha256');
  let size = 0;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 4 * 1024 * 1024 }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      size += chunk.length;
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { actual: null, size: null };
    throw e;
  }
  return { actual: hash.digest('hex'), size };
}

/** Reads part of a stored file for preview. */
export async function readStored(dataDir: string, sha256: string, offset: number, length: number): Promise<Buffer> {
  const fh = await open(storedPath(dataDir, sha256), 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await fh.read(buf, 0, length, offset);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Removes temp files left by uploads that never finished (crash, closed window) older than `maxAgeMs`. */
export async function sweepStaleTemps(dataDir: string, keep: ReadonlySet<string>, now: number, maxAgeMs = 3_600_000): Promise<void> {
  const dir = storeDir(dataDir);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(TEMP_PREFIX) || keep.has(join(dir, name))) continue;
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (info && now - info.mtimeMs > maxAgeMs) await unlink(path).catch(() => undefined);
  }
}
