import { createHash, randomUUID } from 'node:crypto';
import type { VerifiedBundle, VerifiedCase } from '../../electron/main/bundles/import-service.ts';
import type { AppContext } from '../../electron/main/app-context.ts';

export const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

export const ORIGIN = { instansiCode: '1234567', officeName: 'Inspektorat Kabupaten Uji', keyFingerprint: 'AB:'.repeat(31) + 'CD' };

/** One revision of a case as a regency would send it; `body` changes the content. */
export function revision(caseUuid: string, revision: number, body: string, previous: VerifiedCase | null, letters: string[] = []): VerifiedCase {
  const caseJsonText = JSON.stringify({ caseUuid, revision, registerNo: `REG-${caseUuid.slice(0, 4)}`, body });
  return {
    caseUuid,
    registerNo: `REG-${caseUuid.slice(0, 4)}`,
    revision,
    sha256: sha(caseJsonText),
    previousSha256: previous?.sha256 ?? null,
    caseJsonText,
    letters: letters.map((t) => {
      const bytes = Buffer.from(`%PDF-1.7 ${t}`);
      return { sha256: sha(bytes), bytes };
    }),
  };
}

export function bundleOf(cases: VerifiedCase[], bundleId = randomUUID(), origin = ORIGIN): VerifiedBundle {
  return { bundleId, bundleSha256: sha(bundleId), exportedAt: '2024-11-04T02:00:00.000Z', origin, cases };
}

/** The received tables' content, without when and by which bundle it arrived: what "the same state" means. */
export function receivedState(ctx: AppContext): string {
  const q = (sql: string) => JSON.stringify(ctx.db.prepare(sql).all());
  return [
    q('SELECT origin_code, case_uuid, revision, register_no, sha256, previous_sha256, case_json FROM received_case_revisions ORDER BY origin_code, case_uuid, revision'),
    q('SELECT c.origin_code, c.case_uuid, r.revision FROM received_cases c JOIN received_case_revisions r ON r.id = c.latest_revision_id ORDER BY 1, 2'),
    q('SELECT sha256, hex(pdf) AS pdf, length FROM received_letters ORDER BY sha256'),
    q('SELECT origin_code, case_uuid, revision, offered_sha256 FROM received_conflicts ORDER BY 1, 2, 3, 4'),
  ].join('\n');
}

/** Every received table in full (arrival times and bundles included): a second import must leave it identical. */
export function receivedDump(ctx: AppContext): string {
  return ['received_bundles', 'received_case_revisions', 'received_cases', 'received_letters', 'received_conflicts']
    .map((t) => `${t}:${JSON.stringify(ctx.db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all())}`)
    .join('\n');
}
