import type { Db } from '../db/connection.ts';
import type { AuditEntry } from '../audit/audit-log.ts';
import type { RecordChange } from '../../../shared/records/changes.ts';
import { selectCaseVersion } from '../cases/case-queries.ts';
import { selectEmployeeVersion } from '../employees/employee-queries.ts';

type Listener = (change: RecordChange) => void;
/** The app context as the feed needs it (mutate() in app-context.ts calls in here: no import back). */
interface FeedContext {
  db: Db;
}

/** Listeners per app context (one database): the office server's event streams, the Electron window, the harness. */
const listeners = new WeakMap<FeedContext, Set<Listener>>();

/** Subscribes to the changes committed in this context; returns the unsubscribe. */
export function subscribeChanges(ctx: FeedContext, listener: Listener): () => void {
  let set = listeners.get(ctx);
  if (!set) listeners.set(ctx, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

/** Audit entities whose rows are no change of a record others look at. */
const NOT_A_CHANGE = new Set(['confidential']);

/** The record kind a page watches for an audited entity. */
function kindOf(entry: Omit<AuditEntry, 'actor'>): RecordChange | null {
  const id = entry.entityId ?? null;
  switch (entry.entity) {
    case 'case':
    case 'employee':
      return { kind: entry.entity, id };
    case 'setting':
    case 'deadline_rule':
      return { kind: 'settings', id };
    case 'holiday':
    case 'holiday_year':
      return { kind: 'calendar', id: null };
    case 'staff':
    case 'room':
      return { kind: 'staff', id };
    case 'employee_import':
      return { kind: 'employee', id: null };
    case 'user':
      // Sign-in, sign-out and the screen lock change who is working: the dashboard's list.
      return entry.action.startsWith('auth.') ? { kind: 'presence', id: null } : { kind: 'user', id };
    case 'database':
    case 'demo':
      return { kind: 'all', id: null };
    default:
      return NOT_A_CHANGE.has(entry.entity) ? null : { kind: entry.entity, id };
  }
}

/** The stored version of a versioned record after the commit. */
function versionOf(ctx: FeedContext, change: RecordChange): number | undefined {
  if (typeof change.id !== 'number') return undefined;
  if (change.kind === 'case') return selectCaseVersion(ctx.db, change.id);
  if (change.kind === 'employee') return selectEmployeeVersion(ctx.db, change.id);
  return undefined;
}

/**
 * Tells every subscriber what a committed write changed (called by `mutate` after the
 * commit, so a listener never hears of a change that was rolled back): one event per
 * record, carrying only kind, id and version. A listener that throws is dropped from this
 * event only; the write has happened either way.
 */
export function publishChanges(ctx: FeedContext, entries: Omit<AuditEntry, 'actor'>[]): void {
  const set = listeners.get(ctx);
  if (!set || set.size === 0) return;
  const seen = new Map<string, RecordChange>();
  for (const entry of entries) {
    const change = kindOf(entry);
    if (change) seen.set(`${change.kind}:${String(change.id)}`, change);
  }
  for (const change of seen.values()) {
    const version = versionOf(ctx, change);
    const event = version === undefined ? change : { ...change, version };
    for (const listener of set) {
      try {
        listener(event);
      } catch (e) {
        console.error('[sipena] change listener failed:', e);
      }
    }
  }
}
