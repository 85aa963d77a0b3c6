import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import type { Db } from '../db/connection.ts';
import { inspectStoredIn, storeDir } from '../evidence/evidence-store.ts';
import { selectEvidenceFiles } from '../evidence/evidence-queries.ts';
import type { EvidenceFileSummary } from '../evidence/evidence-queries.ts';

/** One evidence file as a backup manifest records it: content address, size, the names users gave it. */
export type EvidenceEntry = EvidenceFileSummary;

/** The evidence store beside the database; the evidence feature owns its layout (evidence-store.ts). */
export const evidenceDir = storeDir;

const SHA_RE = /^[0-9a-f]{64}$/;

/**
 * The evidence a database refers to (through the evidence feature's own query), merged
 * with the files present in the store, so a file without a row is listed too.
 */
export function listEvidence(db: Db, dataDir: string): EvidenceEntry[] {
  const bySha = new Map<string, EvidenceEntry>(selectEvidenceFiles(db).map((e) => [e.sha256, e]));
  const dir = evidenceDir(dataDir);
  if (existsSync(dir)) {
    for (const f of readdirSync(dir)) {
      if (!SHA_RE.test(f) || bySha.has(f)) continue;
      bySha.set(f, { sha256: f, size: statSync(join(dir, f)).size, names: [] });
    }
  }
  for (const e of bySha.values()) {
    if (e.size < 0) {
      const file = join(dir, e.sha256);
      e.size = existsSync(file) ? statSync(file).size : 0;
    }
  }
  return [...bySha.values()].sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1));
}

/** How a human finds the file: its original names, else its content address. */
export function evidenceLabel(e: EvidenceEntry): string {
  return e.names.length > 0 ? `"${e.names.join('", "')}" (${e.sha256.slice(0, 12)})` : e.sha256;
}

export interface EvidenceProblem {
  kind: 'missing' | 'altered' | 'notRegular';
  entry: EvidenceEntry;
  /** The hash actually found, for an altered file. */
  actual?: string;
}

/** Re-hashes every listed evidence file in the store folder `dir` through the store (never through a link); names each problem. */
export async function verifyEvidenceFiles(
  dir: string,
  entries: readonly EvidenceEntry[],
  onProgress?: (done: number, total: number) => void,
): Promise<EvidenceProblem[]> {
  const problems: EvidenceProblem[] = [];
  let done = 0;
  for (const entry of entries) {
    const r = await inspectStoredIn(dir, entry.sha256);
    if (r.state === 'altered') problems.push({ kind: 'altered', entry, actual: r.actual ?? '' });
    else if (r.state !== 'ok') problems.push({ kind: r.state, entry });
    onProgress?.(++done, entries.length);
  }
  return problems;
}

/** One line per problem, for the CLI and the UI. */
export function describeEvidenceProblem(p: EvidenceProblem): string {
  if (p.kind === 'missing') return `evidence file missing: ${evidenceLabel(p.entry)}`;
  if (p.kind === 'notRegular') return `evidence file replaced by a link or folder: ${evidenceLabel(p.entry)}`;
  return `evidence file altered: ${evidenceLabel(p.entry)} now hashes to ${p.actual?.slice(0, 12) ?? '?'}`;
}
