import { copyFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AppContext } from '../../electron/main/app-context.ts';
import { openApp } from '../../electron/main/app-context.ts';
import { DB_FILE_NAME } from '../../electron/main/db/open.ts';
import { hashPassword } from '../../electron/main/accounts/password.ts';
import type { ScryptParams } from '../../electron/main/accounts/password.ts';
import { insertUser, selectUserById, selectUserByName } from '../../electron/main/accounts/user-queries.ts';
import type { Role } from '../../shared/accounts/roles.ts';
import type { Session } from '../../electron/main/accounts/session.ts';
import { newSession } from '../../electron/main/accounts/session.ts';

export const repoResources = resolve(import.meta.dirname, '..', '..', 'resources');

/** A fresh temporary data folder, removed by the returned cleanup. */
export function tempDir(prefix = 'sipena-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** scrypt at a test cost (about 1 ms): the production cost (N=2^17) is exercised in test/accounts. */
export const TEST_SCRYPT: ScryptParams = { N: 2 ** 10, r: 8, p: 1, keylen: 32 };

/** The administrator every tempApp() starts signed in as. */
export const TEST_ADMIN = { username: 'admin', displayName: 'Admin Uji', password: 'Rahasia-Uji-2024' } as const;

export interface TempAppOptions {
  /** 'admin' (default): an administrator account exists and is signed in. 'none': first launch, nobody signed in. */
  auth?: 'admin' | 'none';
  /** The app's clock instead of the fixed `now`: lets a test move time forward (idle lock, lockout). */
  clock?: () => Date;
}

/**
 * Adds an account directly (a test fixture: no audit row, so tests that count audit rows
 * see only their own) and, with `signIn`, makes it the session's user.
 */
export async function addTestUser(ctx: AppContext, username: string, role: Role, opts: { password?: string; signIn?: boolean; displayName?: string } = {}): Promise<number> {
  const password = await hashPassword(opts.password ?? TEST_ADMIN.password, TEST_SCRYPT);
  const id = insertUser(ctx.db, { username, displayName: opts.displayName ?? username, role, password }, ctx.now().toISOString());
  if (opts.signIn) signInAs(ctx, id);
  return id;
}

/** Makes an existing account the signed-in user of the context (unlocked). */
export function signInAs(ctx: AppContext, id: number): void {
  const u = selectUserById(ctx.db, id);
  if (!u) throw new Error(`no user ${id}`);
  ctx.session.user = { id: u.id, username: u.username, displayName: u.display_name, role: u.role };
  ctx.session.locked = false;
  ctx.session.lastActivity = ctx.now().getTime();
}

/**
 * A session of its own for an existing account, signed in and unlocked, as the office server
 * holds one per browser: pass it to `dispatch(ctx, handlers, channel, payload, log, session)`.
 * `ctx.session` (the local session every other test uses) is left as it is.
 */
export function sessionFor(ctx: AppContext, id: number): Session {
  const u = selectUserById(ctx.db, id);
  if (!u) throw new Error(`no user ${id}`);
  return { ...newSession(), user: { id: u.id, username: u.username, displayName: u.display_name, role: u.role }, lastActivity: ctx.now().getTime() };
}

/**
 * Puts a freshly migrated database into `dir`: a copy of the run's template
 * (test/support/template-db.global.ts) when there is one, which is what openApp() would
 * create but without running every migration again. Returns false without a template.
 */
export function copyTemplateDb(dir: string): boolean {
  const template = process.env.SIPENA_TEST_TEMPLATE_DB;
  if (!template || !existsSync(template)) return false;
  copyFileSync(template, join(dir, DB_FILE_NAME));
  return true;
}

/** A real app context on a new database in a temp folder, with a fixed clock, signed in as TEST_ADMIN unless told otherwise. */
export async function tempApp(now = new Date('2024-11-04T03:00:00Z'), opts: TempAppOptions = {}): Promise<{ ctx: AppContext; dir: string; close: () => void }> {
  const { dir, cleanup } = tempDir();
  copyTemplateDb(dir);
  const clock = opts.clock ?? (() => now);
  const ctx = await openApp({ dataDir: dir, resourcesDir: repoResources, appVersion: 'test', now: clock, passwordParams: TEST_SCRYPT });
  if ((opts.auth ?? 'admin') === 'admin') {
    const password = await hashPassword(TEST_ADMIN.password, TEST_SCRYPT);
    signInAs(ctx, insertUser(ctx.db, { username: TEST_ADMIN.username, displayName: TEST_ADMIN.displayName, role: 'administrator', password }, clock().toISOString()));
  }
  return withClose(ctx, dir, cleanup);
}

/**
 * A second app on a copy of `from`'s data folder (its database checkpointed into the file
 * first), on the same clock and signed in as TEST_ADMIN: a test that writes starts from data
 * built once for its file (a folder copied takes milliseconds, a demo generated seconds)
 * without changing what the file's other tests read, whatever order they run in.
 */
export async function copyApp(from: { ctx: AppContext; dir: string }): Promise<{ ctx: AppContext; dir: string; close: () => void }> {
  from.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  const { dir, cleanup } = tempDir();
  cpSync(from.dir, dir, { recursive: true, filter: (src) => !src.endsWith('-wal') && !src.endsWith('-shm') });
  const ctx = await openApp({ dataDir: dir, resourcesDir: repoResources, appVersion: 'test', now: () => from.ctx.now(), passwordParams: TEST_SCRYPT });
  const admin = selectUserByName(ctx.db, TEST_ADMIN.username);
  if (admin) signInAs(ctx, admin.id);
  return withClose(ctx, dir, cleanup);
}

/** A digest of every user table's rows: equal before and after means nothing was written. */
export function dbFingerprint(ctx: AppContext): string {
  const tables = ctx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  return tables.map((t) => `${t.name}:${JSON.stringify(ctx.db.prepare(`SELECT * FROM "${t.name}"`).all())}`).join('\n');
}

export const validCase = {
  source: 'bawaslu' as const,
  sourceRef: '001/Rek/Bawaslu-Kab/XI/2024',
  accused: [{ name: 'Budi Santoso', nip: '198609262015051001', employmentType: 'PNS' as const, jabatan: 'Kepala Seksi', unitKerja: 'Dinas Pendidikan' }],
  violationCodes: ['N-FASILITAS-NEGARA'],
  incidentDate: '2024-10-20',
  incidentPlace: 'Balai Desa Sukamaju',
  chronology: 'Terlapor menggunakan mobil dinas untuk menghadiri kampanye pasangan calon.',
};

/** An app on a temp folder, with the one way to be done with it: close the database, then remove the folder. */
function withClose(ctx: AppContext, dir: string, cleanup: () => void): { ctx: AppContext; dir: string; close: () => void } {
  return {
    ctx,
    dir,
    close: () => {
      ctx.db.close();
      cleanup();
    },
  };
}
