import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { AppContext } from '../../electron/main/app-context.ts';
import type { Channel } from '../../shared/ipc/table.ts';
import type { Envelope } from '../../shared/ipc/envelope.ts';

/** Codes a hostile payload may get. INTERNAL is not among them: it would mean an unhandled error. */
export const EXPECTED_CODES = new Set(['UNKNOWN_CHANNEL', 'INVALID_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED']);

/**
 * Rejections that write on purpose: a wrong password counts towards the lockout and is
 * audited, so these tables may change; every other table must stay as it was.
 */
export const AUDITED_REJECTIONS: Partial<Record<Channel, readonly string[]>> = {
  'auth:login': ['audit_log', 'users'],
  'auth:unlock': ['audit_log', 'users'],
  'auth:changePassword': ['audit_log', 'users'],
};

/** The top-level keys of a request schema (object, or the input side of a pipe). */
export function requestKeys(schema: z.ZodType): string[] {
  let s: unknown = schema;
  for (let i = 0; i < 5 && s; i++) {
    const shape = (s as { shape?: Record<string, unknown> }).shape;
    if (shape && typeof shape === 'object') return Object.keys(shape);
    s = (s as { in?: unknown }).in ?? (s as { def?: { in?: unknown; innerType?: unknown } }).def?.innerType;
  }
  return [];
}

/** SHA-256 of every table's rows, per table, so a difference names the table. */
export function tableDigests(ctx: AppContext): Map<string, string> {
  const tables = ctx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  const out = new Map<string, string>();
  for (const { name } of tables) {
    const h = createHash('sha256');
    for (const row of ctx.db.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`).iterate()) h.update(JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)));
    out.set(name, h.digest('hex'));
  }
  return out;
}

/** Tables whose digest differs, ignoring `allowed`. */
export function changedTables(before: Map<string, string>, after: Map<string, string>, allowed: readonly string[] = []): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => !allowed.includes(n) && before.get(n) !== after.get(n));
}

/** Why an envelope is not a clear answer, or null when it is one. */
export function envelopeProblem(r: Envelope<unknown> | unknown): string | null {
  if (!r || typeof r !== 'object') return 'not an object';
  const e = r as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
  if (e.ok === true) return 'value' in e ? null : 'ok without value';
  if (e.ok !== false || !e.error) return 'neither ok nor error';
  if (typeof e.error.code !== 'string' || !EXPECTED_CODES.has(e.error.code)) return `code ${String(e.error.code)}: ${String(e.error.message).slice(0, 200)}`;
  if (typeof e.error.message !== 'string' || e.error.message.trim() === '') return 'empty message';
  if (e.error.message.length > 4000) return `message of ${e.error.message.length} chars`;
  if (/\n\s+at |\.ts:\d+|node_modules/.test(e.error.message)) return 'stack trace or source path in message';
  return null;
}
