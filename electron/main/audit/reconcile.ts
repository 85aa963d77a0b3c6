import { createHash } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import { auditHistory } from './audit-queries.ts';
import { selectUsers } from '../accounts/user-queries.ts';
import { iterateFrozen } from '../letters/issued-queries.ts';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * Every account must be what its own audit history says it became: the last
 * `user.create` / `user.update` row records name, role and active flag. An account
 * without such a row, or one whose role differs from it, was written outside the app
 * (a role raised with an SQLite tool leaves exactly that trace).
 */
export function reconcileUsers(db: Db): string[] {
  const out: string[] = [];
  for (const u of selectUsers(db)) {
    const history = auditHistory(db, 'user', u.id).filter((r) => r.action === 'user.create' || r.action === 'user.update');
    const last = history.at(-1);
    if (!last?.after_json) {
      out.push(`user "${u.username}" (${u.role}) has no audit history: the account was added outside Sipena`);
      continue;
    }
    const recorded = JSON.parse(last.after_json) as { username?: string; role?: string; active?: boolean };
    const differs: string[] = [];
    if (recorded.username !== u.username) differs.push(`name "${u.username}", audit trail says "${String(recorded.username)}"`);
    if (recorded.role !== u.role) differs.push(`role ${u.role}, audit trail says ${String(recorded.role)}`);
    if (recorded.active !== (u.active === 1)) differs.push(`${u.active === 1 ? 'active' : 'inactive'}, audit trail says ${recorded.active ? 'active' : 'inactive'}`);
    if (differs.length > 0) out.push(`user "${u.username}" changed outside Sipena: ${differs.join('; ')} (audit row ${last.id})`);
  }
  return out;
}

/** The one check of an issued letter's frozen record: bytes and canonical content against their hashes taken at issue. */
export function frozenLetterProblem(l: { number: string; sha256: string; contentHash: string; pdf: Buffer; inputJson: string; issuedSha256: string | null }): string | null {
  const problems: string[] = [];
  if (sha256(l.pdf) !== l.sha256) problems.push('its PDF bytes no longer match the hash taken at issue');
  if (sha256(l.inputJson) !== l.contentHash) problems.push('its recorded content no longer matches its content hash');
  if (l.issuedSha256 !== null && l.issuedSha256 !== l.sha256) problems.push('its stored hash differs from the one in its issue audit row');
  return problems.length > 0 ? `issued letter ${l.number}: ${problems.join('; ')}` : null;
}

/** Re-hashes every issued letter (void ones too: their bytes are kept as issued). */
export function verifyIssuedLetters(db: Db): string[] {
  const out: string[] = [];
  for (const l of iterateFrozen(db)) {
    const issued = auditHistory(db, 'letter', l.id).find((r) => r.action === 'letter.issue');
    const issuedSha256 = issued?.after_json ? ((JSON.parse(issued.after_json) as { sha256?: string }).sha256 ?? null) : null;
    const p = frozenLetterProblem({ ...l, issuedSha256 });
    if (p) out.push(p);
  }
  return out;
}
