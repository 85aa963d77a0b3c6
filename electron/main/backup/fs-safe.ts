import { createHash } from 'node:crypto';
import { closeSync, createReadStream, fsyncSync, openSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Flushes a file's (or directory's) contents to the disk; a rename is only durable after the directory is synced. */
export function fsyncPath(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch (e) {
    // Windows cannot open a directory for fsync; NTFS journals renames itself.
    if (!(process.platform === 'win32' && (e as NodeJS.ErrnoException).code === 'EISDIR') && (e as NodeJS.ErrnoException).code !== 'EPERM') throw e;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes a small file (text or bytes) completely or not at all: temp file, fsync, rename, fsync the folder. */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  fsyncPath(tmp);
  renameSync(tmp, file);
  fsyncPath(dirname(file));
}

/** SHA-256 of a file, streamed (a backup's database copy can be large). */
export function hashFile(file: string): Promise<string> {
  return new Promise((resolveHash, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolveHash(hash.digest('hex')));
  });
}
