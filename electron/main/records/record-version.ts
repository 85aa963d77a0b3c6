import type { AppContext } from '../app-context.ts';
import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { selectUserByName } from '../accounts/user-queries.ts';
import { localIsoDate } from '../../../shared/calendar/iso-day.ts';
import { formatDate } from '../../../shared/indonesian/dates.ts';
import type { RecordKind } from '../../../shared/records/versions.ts';

/** What the stale-edit check needs of a stored record: its version and its last writer. */
export interface RecordStamp {
  version: number;
  /** ISO time of the last change (null: never changed since an older Sipena wrote it). */
  updatedAt: string | null;
  /** User name of the last writer (null: not recorded, e.g. a row from before versions). */
  updatedBy: string | null;
}

const two = (n: number) => String(n).padStart(2, '0');

/** "Sari Wulandari (sari)", or the bare actor label ("cli:budi") when it is no account. */
export function whoIs(db: Db, actor: string): string {
  const user = selectUserByName(db, actor);
  return user ? `${user.display_name} (${user.username})` : actor;
}

/**
 * The one refusal of an edit made on an older version of a record, for every record kind:
 * code STALE, naming who changed it last and when ("Kasus ini telah diubah oleh Sari
 * Wulandari (sari) pukul 10.42 ..."; with the date when it was not today, by the server
 * PC's clock, which is the office's), and, as field messages, the fields the caller knows
 * to differ. Nothing is written and nothing is merged: the user reloads and decides.
 */
export function staleError(db: Db, kind: RecordKind, current: RecordStamp, now: Date, fields?: Record<string, 'changed' | 'differs'>): AppError {
  const who = current.updatedBy ? whoIs(db, current.updatedBy) : null;
  const at = current.updatedAt ? new Date(current.updatedAt) : null;
  const params: Record<string, string | number> = { whatKey: `stale.what_${kind}`, who: who ?? '' };
  let key = 'stale.changedBySomeone';
  if (at) {
    const day = localIsoDate(at);
    params.time = `${two(at.getHours())}.${two(at.getMinutes())}`;
    params.date = formatDate(day);
    key = who ? (day === localIsoDate(now) ? 'stale.changed' : 'stale.changedOn') : 'stale.changedAt';
  }
  const keys = fields && Object.keys(fields).length > 0 ? Object.fromEntries(Object.entries(fields).map(([f, how]) => [f, who ? `stale.field_${how}` : `stale.field_${how}Someone`])) : undefined;
  return new AppError('STALE', key, params, keys);
}

/**
 * The stale-edit check every service runs inside its write transaction (so nothing can
 * slip in between the check and the write): the form's `expectedVersion` must be the
 * stored one. A record that does not exist yet (a first BAP, a setting never saved) has
 * version 0, so a form opened before someone else created it is refused as well.
 * `differing` is asked only when refusing: which form fields now differ.
 */
export function checkVersion(
  ctx: AppContext,
  kind: RecordKind,
  current: RecordStamp | undefined,
  expected: number,
  differing?: () => Record<string, 'changed' | 'differs'>,
): void {
  const version = current?.version ?? 0;
  if (version === expected) return;
  throw staleError(ctx.db, kind, current ?? { version: 0, updatedAt: null, updatedBy: null }, ctx.now(), differing?.());
}

/**
 * The form fields whose submitted value is not what is stored now (compared as JSON), for
 * the refusal's field messages: what the user should look at after reloading.
 */
export function differingFields(stored: Record<string, unknown>, submitted: Record<string, unknown>): Record<string, 'differs'> {
  const out: Record<string, 'differs'> = {};
  for (const [field, value] of Object.entries(stored)) {
    if (!(field in submitted)) continue;
    if (JSON.stringify(norm(value)) !== JSON.stringify(norm(submitted[field]))) out[field] = 'differs';
  }
  return out;
}

/** Empty text, null and undefined are the same "nothing" on a form. */
function norm(v: unknown): unknown {
  return v === '' || v === undefined ? null : v;
}
