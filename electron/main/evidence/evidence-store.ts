import { createHash, randomBytes } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import { chmod, lstat, mkdir, open, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
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
  /** What was stored under this digest before: 'ok' (kept), 'missing' (new, or a lost copy now back), or the damage these bytes replaced. */
  previous?: StoredState;
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

  /**
   * Makes the file durable under its digest and returns what was stored. A file already
   * stored under that digest is kept when it is sound; a damaged one (altered bytes,
   * replaced by a link or a folder, gone) is replaced atomically by these bytes, whose
   * hash is the digest itself: the upload of the original is the repair.
   */
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
    const existing = await inspectStoredIn(this.#dir, sha256);
    if (existing.state === 'ok') {
      await unlink(this.#temp);
      return { sha256, size: this.#size, mime: sniffMime(this.#head), previous: 'ok' };
    }
    await clearForReplacement(target);
    await rename(this.#temp, target);
    await chmod(target, 0o444);
    await syncDir(this.#dir);
    return { sha256, size: this.#size, mime: sniffMime(this.#head), previous: existing.state };
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

/**
 * Makes way for a repaired copy. A link is replaced by the rename itself (rename never
 * follows it) and a folder is removed; a damaged regular file is made writable first,
 * because Windows refuses to rename over a read-only file. chmod is only ever applied to
 * a regular file seen by lstat, never through a link.
 */
async function clearForReplacement(target: string): Promise<void> {
  const info = await lstat(target).catch(() => undefined);
  if (!info) return;
  if (info.isDirectory()) await rm(target, { recursive: true, force: true });
  else if (info.isFile()) await chmod(target, 0o644);
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

/** What a stored file turned out to be when read: sound, gone, other bytes, or not a plain file (a link, a folder). */
export type StoredState = 'ok' | 'missing' | 'altered' | 'notRegular';

/** A stored evidence file that cannot be served as recorded; `state` says why. */
export class StoredFileError extends Error {
  readonly state: Exclude<StoredState, 'ok'>;
  readonly sha256: string;
  constructor(state: Exclude<StoredState, 'ok'>, sha256: string) {
    super(`evidence file ${sha256.slice(0, 12)}: ${state}`);
    this.state = state;
    this.sha256 = sha256;
  }
}

// O_NOFOLLOW where the platform has it (not on Windows, where the lstat + fstat identity check below does the job).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

/**
 * Opens a stored file for reading only if it is a regular file reached without following
 * a link: a file in the store replaced by a symlink (to /etc/passwd, say) must never be
 * served. lstat refuses a link or folder; O_NOFOLLOW refuses a link swapped in after the
 * lstat; the fstat identity check catches any other swap in between.
 */
async function openRegular(path: string, sha256: string): Promise<FileHandle> {
  let info;
  try {
    info = await lstat(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredFileError('missing', sha256);
    throw e;
  }
  if (!info.isFile()) throw new StoredFileError('notRegular', sha256);
  let fh: FileHandle;
  try {
    fh = await open(path, OPEN_FLAGS);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new StoredFileError('missing', sha256);
    if (code === 'ELOOP' || code === 'EMLINK') throw new StoredFileError('notRegular', sha256);
    throw e;
  }
  const opened = await fh.stat();
  if (!opened.isFile() || opened.ino !== info.ino || opened.dev !== info.dev) {
    await fh.close();
    throw new StoredFileError('notRegular', sha256);
  }
  return fh;
}

/** SHA-256 and size of an open file, streamed in 4 MB reads (evidence can be large videos). */
async function hashHandle(fh: FileHandle): Promise<{ digest: string; size: number }> {
  const hash = createHash('sha256');
  const buf = Buffer.allocUnsafe(4 * 1024 * 1024);
  let size = 0;
  for (;;) {
    const { bytesRead } = await fh.read(buf, 0, buf.length, size);
    if (bytesRead === 0) break;
    hash.update(buf.subarray(0, bytesRead));
    size += bytesRead;
  }
  return { digest: hash.digest('hex'), size };
}

/** Re-hashes the file stored under `sha256` in the store folder `dir` (a data folder's store or a folder backup's copy). */
export async function inspectStoredIn(dir: string, sha256: string): Promise<{ state: StoredState; actual: string | null; size: number | null }> {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256 digest: ${sha256.slice(0, 80)}`);
  let fh: FileHandle;
  try {
    fh = await openRegular(join(dir, sha256), sha256);
  } catch (e) {
    if (e instanceof StoredFileError) return { state: e.state, actual: null, size: null };
    throw e;
  }
  try {
    const { digest, size } = await hashHandle(fh);
    return { state: digest === sha256 ? 'ok' : 'altered', actual: digest, size };
  } finally {
    await fh.close();
  }
}

/** Re-hashes a stored file; `actual` is null when the file is missing or not a plain file. */
export async function hashStored(dataDir: string, sha256: string): Promise<{ actual: string | null; size: number | null; state: StoredState }> {
  return inspectStoredIn(storeDir(dataDir), sha256);
}

// Files already re-hashed, by path, with the identity they had then (device, inode, size,
// modification and change times): a preview reads a video in many chunks and hashes it
// once; any change to the file (even with its mtime set back, ctime still moves) hashes again.
const verified = new Map<string, string>();
const VERIFIED_MAX = 500;

/**
 * Reads part of a stored file for preview, after checking that the file is still the one
 * recorded: a plain file (never through a link) whose bytes hash to its digest. Throws
 * StoredFileError (missing, altered, notRegular) instead of serving anything else.
 */
export async function readStored(dataDir: string, sha256: string, offset: number, length: number): Promise<Buffer> {
  const path = storedPath(dataDir, sha256);
  const fh = await openRegular(path, sha256);
  try {
    const st = await fh.stat();
    const identity = `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
    if (verified.get(path) !== identity) {
      verified.delete(path);
      const { digest } = await hashHandle(fh);
      if (digest !== sha256) throw new StoredFileError('altered', sha256);
      if (verified.size >= VERIFIED_MAX) verified.delete(verified.keys().next().value!);
      verified.set(path, identity);
    }
    const buf = Buffer.alloc(length);
    const { bytesRead } = await fh.read(buf, 0, length, offset);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** The digests present in a store folder (names that are digests; temp files and strays are not). */
export async function listStoredDigests(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((n) => /^[0-9a-f]{64}$/.test(n));
  } catch {
    return [];
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
