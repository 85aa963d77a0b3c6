import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { manifestNameFor } from './backup-names.ts';
import type { BackupManifest } from './manifest.ts';
import { copyEvidence } from './evidence-copy.ts';
import type { EvidenceCopyResult } from './evidence-copy.ts';
import { evidenceDir } from './evidence-files.ts';
import { fsyncPath, hashFile, writeFileAtomic } from './fs-safe.ts';

/**
 * Puts a verified backup (database file + manifest) into a second folder, another disk or a
 * USB drive, as a complete folder backup: the database copied (asynchronously, no event-loop
 * stall) under `.partial` and re-hashed against its manifest, the evidence files beside it in
 * `evidence/` (skipping those already there with the same hash), the manifest, then the rename
 * that makes it appear. A copy that does not match is deleted and the call throws.
 */
export async function copyBackupToFolder(dataDir: string, file: string, manifest: BackupManifest, dir: string): Promise<{ file: string; evidence: EvidenceCopyResult }> {
  mkdirSync(dir, { recursive: true });
  const name = basename(file);
  const target = join(dir, name);
  const partial = `${target}.partial`;
  await copyFile(file, partial);
  const sha = await hashFile(partial);
  if (sha !== manifest.database.sha256) {
    rmSync(partial, { force: true });
    throw new Error(`copy of ${name} in ${dir} does not match its manifest (SHA-256 ${sha})`);
  }
  const evidence = await copyEvidence(evidenceDir(dataDir), join(dir, 'evidence'), manifest.evidence);
  writeFileAtomic(join(dir, manifestNameFor(name)), `${JSON.stringify({ ...manifest, evidenceIncluded: true }, null, 2)}\n`);
  fsyncPath(partial);
  renameSync(partial, target);
  fsyncPath(dir);
  return { file: target, evidence };
}
