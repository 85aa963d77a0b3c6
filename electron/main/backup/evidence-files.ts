import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/connection.ts';

/** One evidence file as a backup manifest records it: content address, size, the names users gave it. */
export interface EvidenceEntry {
  sha256: string;
  size: number;
  names: string[];
}

const SHA_RE = /^[0-9a-f]{64}$/;

/** The content-addressed evidence store beside the database: `<dataDir>/evidence/<sha256>`. */
export function evidenceDir(dataDir: string): string {
  return join(dataDir, 'evidence');
}

function pickColumn(columns: string[], candidates: string[]): string | undefined {
  return candidates.find((c) => columns.includes(c));
}

/**
 * The evidence a database refers to (its `evidence` table, when that table exists in
 * this schema version), merged with the files present in the store, so a backup taken
 * before or after the evidence feature lists the same things.
 */
export function listEvidence(db: Db, dataDir: string): EvidenceEntry[] {
  const bySha = new Map<string, EvidenceEntry>();
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'evidence'").get() !== undefined;
  if (hasTable) {
    const columns = (db.pragma('table_info(evidence)') as { name: string }[]).map((c) => c.name);
    const shaCol = pickColumn(columns, ['sha256', 'hash', 'content_sha256']);
    const sizeCol = pickColumn(columns, ['size', 'size_bytes', 'bytes']);
    const nameCol = pickColumn(columns, ['original_name', 'file_name', 'filename', 'name']);
    if (shaCol) {
      // Column names come from the schema itself (table_info), never from user input.
      const sql = `SELECT "${shaCol}" AS sha, ${sizeCol ? `"${sizeCol}"` : 'NULL'} AS size, ${nameCol ? `"${nameCol}"` : 'NULL'} AS name FROM evidence`;
      for (const r of db.prepare(sql).iterate() as IterableIterator<{ sha: unknown; size: unknown; name: unknown }>) {
        if (typeof r.sha !== 'string' || !SHA_RE.test(r.sha)) continue;
        const entry = bySha.get(r.sha) ?? { sha256: r.sha, size: typeof r.size === 'number' ? r.size : -1, names: [] };
        if (typeof r.name === 'string' && r.name && !entry.names.includes(r.name)) entry.names.push(r.name);
        bySha.set(r.sha, entry);
      }
    }
  }
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

/** SHA-256 of a file, streamed (evidence can be large videos). */
export function hashFile(file: string): Promise<string> {
  return new Promise((resolveHash, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolveHash(hash.digest('hex')));
  });
}

/** How a human finds the file: its original names, else its content address. */
export function evidenceLabel(e: EvidenceEntry): string {
  return e.names.length > 0 ? `"${e.names.join('", "')}" (${e.sha256.slice(0, 12)})` : e.sha256;
}

export interface EvidenceProblem {
  kind: 'missing' | 'altered';
  entry: EvidenceEntry;
  /** The hash actually found, for an altered file. */
  actual?: string;
}

/** Re-hashes every listed evidence file in `dir`; names each missing or altered one. */
export async function verifyEvidenceFiles(
  dir: string,
  entries: readonly EvidenceEntry[],
  onProgress?: (done: number, total: number) => void,
): Promise<EvidenceProblem[]> {
  const problems: EvidenceProblem[] = [];
  let done = 0;
  for (const entry of entries) {
    const file = join(dir, entry.sha256);
    if (!existsSync(file)) problems.push({ kind: 'missing', entry });
    else {
      const actual = await hashFile(file);
      if (actual !== entry.sha256) problems.push({ kind: 'altered', entry, actual });
    }
    onProgress?.(++done, entries.length);
  }
  return problems;
}

/** One line per problem, for the CLI and the UI. */
export function describeEvidenceProblem(p: EvidenceProblem): string {
  return p.kind === 'missing'
    ? `evidence file missing: ${evidenceLabel(p.entry)}`
    : `evidence file altered: ${evidenceLabel(p.entry)} now hashes to ${p.actual?.slice(0, 12) ?? '?'}`;
}
