import { userInfo } from 'node:os';
import type { Db } from './db/connection.ts';
import { openCaseDatabase } from './db/open.ts';
import type { AuditEntry } from './audit/audit-log.ts';
import { appendAudit } from './audit/audit-log.ts';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../shared/i18n/languages.ts';
import type { Language } from '../../shared/i18n/languages.ts';

/** Everything a handler needs; built once per process by the Electron shell, the web harness or the CLI. */
export interface AppContext {
  db: Db;
  dataDir: string;
  /** Read-only app assets: fonts, catalogues, icons (repo `resources/` or the packaged copy). */
  resourcesDir: string;
  appVersion: string;
  /** Who is acting. Until accounts exist (issue 6) this is the operating-system user. */
  actor: () => string;
  language: () => Language;
  now: () => Date;
}

export interface OpenAppOptions {
  dataDir: string;
  resourcesDir: string;
  appVersion: string;
  now?: () => Date;
}

/** The OS account name, used as the actor until user accounts exist. */
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
  const { db } = await openCaseDatabase(options.dataDir, now);
  const actorName = osActor();
  return {
    db,
    dataDir: options.dataDir,
    resourcesDir: options.resourcesDir,
    appVersion: options.appVersion,
    actor: () => actorName,
    language: () => readLanguage(db),
    now,
  };
}

function readLanguage(db: Db): Language {
  const row = db.prepare("SELECT value FROM settings WHERE key = 'language'").get() as { value: string } | undefined;
  return (LANGUAGES as readonly string[]).includes(row?.value ?? '') ? (row!.value as Language) : DEFAULT_LANGUAGE;
}

/**
 * Runs one mutation and its audit row in a single transaction: both commit or neither
 * does. `fn` returns the value plus the audit entry describing what it changed.
 */
export function mutate<T>(
  ctx: AppContext,
  fn: (db: Db) => { value: T; audit: Omit<AuditEntry, 'actor'> | Omit<AuditEntry, 'actor'>[] },
): T {
  return ctx.db.transaction(() => {
    const { value, audit } = fn(ctx.db);
    const at = ctx.now();
    for (const entry of Array.isArray(audit) ? audit : [audit]) appendAudit(ctx.db, { ...entry, actor: ctx.actor() }, at);
    return value;
  })();
}
