import { userInfo } from 'node:os';
import type { Db } from './db/connection.ts';
import { getSetting } from './db/settings-queries.ts';
import { openAppDatabase } from './backup/open-app-database.ts';
import type { AuditEntry } from './audit/audit-log.ts';
import { appendAudit } from './audit/audit-log.ts';
import { checkAuditHead, writeAuditHead } from './audit/audit-head.ts';
import { publishChanges } from './records/change-feed.ts';
import { DatabaseDamagedError } from './db/open.ts';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../shared/i18n/languages.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import type { Session } from './accounts/session.ts';
import { boundSession, newSession } from './accounts/session.ts';
import type { ScryptParams } from './accounts/password.ts';
import { DEFAULT_SCRYPT } from './accounts/password.ts';

/** Everything a handler needs; built once per process by the Electron shell, the web harness or the CLI. */
export interface AppContext {
  db: Db;
  dataDir: string;
  /** Read-only app assets: fonts, catalogues, icons (repo `resources/` or the packaged copy). */
  resourcesDir: string;
  appVersion: string;
  /** Who is acting: the signed-in user's name, else `systemActor` (e.g. "cli:budi" for the admin CLI). */
  actor: () => string;
  /**
   * The caller's session: inside a dispatched call the one dispatch was given (the office
   * server has one per signed-in user), else the context's own local session (the desktop
   * app's one user, the CLI, tests). Its fields are mutated by the auth service only.
   */
  readonly session: Session;
  /** scrypt cost for new password hashes (tests lower it; stored hashes keep their own). */
  passwordParams: ScryptParams;
  language: () => Language;
  now: () => Date;
}

export interface OpenAppOptions {
  dataDir: string;
  resourcesDir: string;
  appVersion: string;
  now?: () => Date;
  /** Actor label when nobody is signed in (CLI, startup); default "system:<os user>". */
  systemActor?: string;
  passwordParams?: ScryptParams;
}

/** The OS account name, part of the actor label of CLI and system actions. */
export function osActor(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Opens the database (migrating it) and returns the context shared by all handlers. */
export async function openApp(options: OpenAppOptions): Promise<AppContext> {
  const now = options.now ?? (() => new Date());
  const { db, file } = await openAppDatabase(options.dataDir, now);
  // The newest audit rows deleted (or the file swapped for an older copy) leaves a valid,
  // shorter chain: the tip recorded beside the database tells. Such a file opens the
  // recovery screen like a damaged one.
  const headProblem = checkAuditHead(db, options.dataDir);
  if (headProblem) {
    db.close();
    throw new DatabaseDamagedError(file, headProblem);
  }
  writeAuditHead(db, options.dataDir);
  const systemActor = options.systemActor ?? `system:${osActor()}`;
  const local = newSession();
  const ctx: AppContext = {
    db,
    dataDir: options.dataDir,
    resourcesDir: options.resourcesDir,
    appVersion: options.appVersion,
    // Every audit row names the user whose call wrote it: the bound session's user.
    actor: () => ctx.session.user?.username ?? ctx.session.origin ?? systemActor,
    get session() {
      return boundSession() ?? local;
    },
    passwordParams: options.passwordParams ?? DEFAULT_SCRYPT,
    // ctx.db, not db: a restore swaps the connection (electron/main/backup/restore-service.ts).
    language: () => ctx.session.language ?? readLanguage(ctx.db),
    now,
  };
  return ctx;
}

function readLanguage(db: Db): Language {
  // Background work (a backup job) can outlive the connection at shutdown: speak the default.
  if (!db.open) return DEFAULT_LANGUAGE;
  const stored = getSetting(db, 'language') ?? '';
  return (LANGUAGES as readonly string[]).includes(stored) ? (stored as Language) : DEFAULT_LANGUAGE;
}

/**
 * Runs one mutation and its audit row in a single transaction: both commit or neither
 * does. `fn` returns the value plus the audit entry describing what it changed.
 */
export function mutate<T>(
  ctx: AppContext,
  fn: (db: Db) => { value: T; audit: Omit<AuditEntry, 'actor'> | Omit<AuditEntry, 'actor'>[] },
): T {
  let entries: Omit<AuditEntry, 'actor'>[] = [];
  const value = ctx.db.transaction(() => {
    const { value, audit } = fn(ctx.db);
    const at = ctx.now();
    entries = Array.isArray(audit) ? audit : [audit];
    for (const entry of entries) appendAudit(ctx.db, { ...entry, actor: ctx.actor() }, at);
    return value;
  })();
  // After the commit: the head file may lag the database (a crash here), never lead it.
  try {
    writeAuditHead(ctx.db, ctx.dataDir);
  } catch (e) {
    console.error('[sipena] audit head not updated:', e);
  }
  // The live view: every door (Electron, the harness, the office server) hears of the committed change.
  publishChanges(ctx, entries);
  return value;
}
