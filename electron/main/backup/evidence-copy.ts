import { createHash } from 'node:crypto';
import { chmodSync, createReadStream, createWriteStream, existsSync, lstatSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { EvidenceEntry, EvidenceProblem } from './evidence-files.ts';
import { inspectStoredIn } from '../evidence/evidence-store.ts';
import { fsyncPath } from './fs-safe.ts';

export interface EvidenceCopyResult {
  copied: number;
  skipped: number;
  problems: EvidenceProblem[];
}

/** Streams one file to `target` through a temp name, hashing on the way; returns the hash of what was read. */
async function copyHashed(source: string, target: string): Promise<string> {
  const hash = createHash('sha256');
  const tmp = `${target}.partial-${process.pid}`;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(createReadStream(source), tap, createWriteStream(tmp));
    const digest = hash.digest('hex');
    fsyncPath(tmp);
    renameSync(tmp, target);
    return digest;
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * Renames a verified copy to its address and makes it read-only like the store's own
 * files (StoreWriter.finish). A damaged file already there is read-only too, and Windows
 * refuses to rename over a read-only file: it is made writable and removed first.
 */
function placeReadOnly(verified: string, target: string): void {
  // lstat, never stat: a link planted at the address is removed, not followed (chmod through it would change its target).
  const info = (() => {
    try {
      return lstatSync(target);
    } catch {
      return undefined;
    }
  })();
  if (info?.isFile()) chmodSync(target, 0o644);
  if (info) rmSync(target, { force: true, recursive: info.isDirectory() });
  renameSync(verified, target);
  chmodSync(target, 0o444);
}

/**
 * Copies content-addressed evidence files from one store to another (data folder to a
 * USB backup, or back). Files already present with the right hash are skipped; a source
 * file whose content no longer matches its address is not copied and is reported.
 */
export async function copyEvidence(
  fromDir: string,
  toDir: string,
  entries: readonly EvidenceEntry[],
  onProgress?: (done: number, total: number) => void,
): Promise<EvidenceCopyResult> {
  mkdirSync(toDir, { recursive: true });
  const result: EvidenceCopyResult = { copied: 0, skipped: 0, problems: [] };
  let done = 0;
  for (const entry of entries) {
    const source = join(fromDir, entry.sha256);
    const target = join(toDir, entry.sha256);
    if ((await inspectStoredIn(toDir, entry.sha256)).state === 'ok') result.skipped++;
    else if (!existsSync(source)) result.problems.push({ kind: 'missing', entry });
    else {
      const tmpTarget = `${target}.incoming`;
      const actual = await copyHashed(source, tmpTarget);
      if (actual === entry.sha256) {
        placeReadOnly(tmpTarget, target);
        result.copied++;
      } else {
        rmSync(tmpTarget, { force: true });
        result.problems.push({ kind: 'altered', entry, actual });
      }
    }
    onProgress?.(++done, entries.length);
  }
  if (result.copied > 0) fsyncPath(toDir);
  return result;
}
