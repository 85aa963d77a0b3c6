import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/connection.ts';
import { countAuditRows, selectAuditHash, selectAuditTip } from './audit-queries.ts';

/**
 * The audit chain proves that no row was changed, but not that the newest rows are all
 * still there: deleting the tail leaves a valid, shorter chain. So its tip (row count and
 * last hash) is also kept outside the database: in every backup manifest, and in
 * `sipena.audit-head.json` beside the database, written after every committed mutation.
 *
 * The head is written after the commit with an atomic rename and no fsync: a crash or a
 * power cut can only leave it *behind* the database, and it is read as a lower bound (the
 * database must still hold the row it names, with that hash), so the cost per mutation is
 * one indexed read and one small file write, and a lost update is harmless.
 *
 * It is signed with HMAC-SHA256 under a random key kept in `sipena.audit-key` in the data
 * folder. That key sits beside the file it protects, so it does not stop someone who
 * reads it and knows the format; it stops hand edits and copies from another folder (a
 * head from another office or an older folder does not verify), and the copies of the
 * tip in backup manifests (on USB sticks, elsewhere) are the check that survives a
 * determined local attacker. No signing key can be kept from a person who owns the PC.
 */
export const AUDIT_HEAD_FILE = 'sipena.audit-head.json';
export const AUDIT_KEY_FILE = 'sipena.audit-key';
const FORMAT = 'sipena-audit-head/1';

/** The tip of the chain: how many rows, and the hash of the last one. Rows are never deleted, so ids run 1..rows. */
export interface AuditAnchor {
  rows: number;
  lastHash: string;
}

/** The current tip, read through the primary key (cheap at any size). */
export function auditTip(db: Db): AuditAnchor {
  const row = selectAuditTip(db);
  return row ? { rows: row.id, lastHash: row.hash } : { rows: 0, lastHash: '' };
}

function key(dataDir: string, create: boolean): Buffer | undefined {
  const file = join(dataDir, AUDIT_KEY_FILE);
  if (existsSync(file)) return readFileSync(file);
  if (!create) return undefined;
  const k = randomBytes(32);
  writeFileSync(file, k, { mode: 0o600, flag: 'wx' });
  return k;
}

function mac(k: Buffer, a: AuditAnchor): string {
  return createHmac('sha256', k).update(`${FORMAT}\n${a.rows}\n${a.lastHash}`).digest('hex');
}

/** Records the current tip beside the database (after a commit; see above for why no fsync). */
export function writeAuditHead(db: Db, dataDir: string): void {
  const tip = auditTip(db);
  const k = key(dataDir, true)!;
  const file = join(dataDir, AUDIT_HEAD_FILE);
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, `${JSON.stringify({ format: FORMAT, ...tip, mac: mac(k, tip) })}\n`);
  renameSync(tmp, file);
}

/** Checks that the database still holds an anchor's row with its hash; names what differs, or null. */
export function checkAnchor(db: Db, anchor: AuditAnchor, where: string): string | null {
  if (anchor.rows === 0) return null;
  const count = countAuditRows(db);
  const hash = selectAuditHash(db, anchor.rows);
  if (count < anchor.rows || hash === undefined) return `audit trail shorter than recorded in ${where}: it had ${anchor.rows} rows, the database has ${count} (the newest rows were deleted)`;
  if (hash !== anchor.lastHash) return `audit row ${anchor.rows} differs from the one recorded in ${where} (the trail was rewritten from there)`;
  return null;
}

/**
 * Compares the head file with the database: null when they agree (or when this folder
 * has never had one), else what differs. A key without a head, or a head whose signature
 * does not match, is itself reported.
 */
export function checkAuditHead(db: Db, dataDir: string): string | null {
  const k = key(dataDir, false);
  const file = join(dataDir, AUDIT_HEAD_FILE);
  if (!existsSync(file)) return k ? `the audit head file ${AUDIT_HEAD_FILE} is missing (it is written after every change)` : null;
  let head: { format?: unknown; rows?: unknown; lastHash?: unknown; mac?: unknown };
  try {
    head = JSON.parse(readFileSync(file, 'utf8')) as typeof head;
  } catch {
    return `the audit head file ${AUDIT_HEAD_FILE} is not readable`;
  }
  if (head.format !== FORMAT || typeof head.rows !== 'number' || typeof head.lastHash !== 'string' || typeof head.mac !== 'string' || !k) {
    return `the audit head file ${AUDIT_HEAD_FILE} is not valid`;
  }
  const anchor = { rows: head.rows, lastHash: head.lastHash };
  const expected = Buffer.from(mac(k, anchor), 'hex');
  const given = Buffer.from(head.mac, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return `the audit head file ${AUDIT_HEAD_FILE} was altered (its signature does not match)`;
  return checkAnchor(db, anchor, 'the audit head file');
}
