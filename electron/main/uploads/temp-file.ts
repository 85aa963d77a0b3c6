import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, stat, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';

/** Where files for the import, the logo and verification wait while they arrive: `<dataDir>/uploads/`. */
export function uploadsDir(dataDir: string): string {
  return join(dataDir, 'uploads');
}

/** What an upload streams its bytes into: a temp file of its own. */
export interface UploadSink {
  readonly size: number;
  readonly tempPath: string;
  write(chunk: Uint8Array): Promise<void>;
  abort(): Promise<void>;
}

/** A private temp file in the uploads folder, written in order and read back whole by its consumer. */
export class TempFile implements UploadSink {
  readonly tempPath: string;
  #fh: FileHandle | null;
  #size = 0;

  private constructor(path: string, fh: FileHandle) {
    this.tempPath = path;
    this.#fh = fh;
  }

  static async open(dataDir: string): Promise<TempFile> {
    const dir = uploadsDir(dataDir);
    await mkdir(dir, { recursive: true });
    const path = join(dir, `${randomBytes(12).toString('hex')}.part`);
    return new TempFile(path, await open(path, 'wx', 0o600));
  }

  get size(): number {
    return this.#size;
  }

  async write(chunk: Uint8Array): Promise<void> {
    if (!this.#fh) throw new Error('temp file is closed');
    let done = 0;
    while (done < chunk.length) {
      const { bytesWritten } = await this.#fh.write(chunk, done, chunk.length - done);
      done += bytesWritten;
    }
    this.#size += chunk.length;
  }

  /** The whole file, re-read from disk and checked against the bytes written. */
  async read(): Promise<Buffer> {
    if (this.#fh) {
      await this.#fh.close();
      this.#fh = null;
    }
    const fh = await open(this.tempPath, 'r');
    try {
      const bytes = await fh.readFile();
      if (bytes.length !== this.#size) throw new Error(`upload temp file changed on disk: ${bytes.length} of ${this.#size} bytes`);
      return bytes;
    } finally {
      await fh.close();
    }
  }

  async abort(): Promise<void> {
    await this.#fh?.close().catch(() => undefined);
    this.#fh = null;
    await unlink(this.tempPath).catch(() => undefined);
  }
}

/** Deletes temp files left by an earlier run (a crash, a closed window) older than `maxAgeMs`, except `keep`. */
export async function sweepUploadTemps(dataDir: string, keep: ReadonlySet<string>, now: number, maxAgeMs = 3_600_000): Promise<void> {
  const dir = uploadsDir(dataDir);
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const path = join(dir, name);
    if (!name.endsWith('.part') || keep.has(path)) continue;
    const info = await stat(path).catch(() => undefined);
    if (info && now - info.mtimeMs > maxAgeMs) await unlink(path).catch(() => undefined);
  }
}
