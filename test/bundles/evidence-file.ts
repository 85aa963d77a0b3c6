import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AppContext } from '../../electron/main/app-context.ts';
import { mutate } from '../../electron/main/app-context.ts';
import { insertEvidence } from '../../electron/main/evidence/evidence-queries.ts';
import { storeDir, storedPath } from '../../electron/main/evidence/evidence-store.ts';
import type { EvidenceCategory } from '../../shared/evidence/schemas.ts';

/** Stores a file in the evidence store and attaches it to a case (as an upload would, without the staging). */
export async function addEvidenceFile(ctx: AppContext, caseId: number, bytes: Buffer, name: string, category: EvidenceCategory): Promise<string> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  mkdirSync(storeDir(ctx.dataDir), { recursive: true });
  writeFileSync(storedPath(ctx.dataDir, sha256), bytes);
  mutate(ctx, (db) => {
    const { audits } = insertEvidence(db, caseId, [{ staged: { uploadId: 'test', sha256, size: bytes.length, mime: 'application/octet-stream', originalName: name }, category }], [], { at: ctx.now().toISOString(), by: ctx.actor() });
    return { value: null, audit: audits };
  });
  return sha256;
}
