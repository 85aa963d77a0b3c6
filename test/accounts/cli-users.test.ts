import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../electron/main/app-context.ts';
import { createUser } from '../../electron/main/accounts/user-service.ts';
import { incrementFailures, setLockedUntil } from '../../electron/main/accounts/user-queries.ts';
import { verifyAuditChain } from '../../electron/main/audit/audit-log.ts';
import { TEST_SCRYPT, repoResources, tempDir } from '../support/temp-app.ts';
import { runCli, runCliHere } from '../support/run-cli.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

// A password comes through a real Node process's stdin (runCli); listing and refusing a
// password given as an argument read no stdin and run in this process (runCliHere).
const cli = (args: string[], input?: string) => runCli(args, input);
const here = (args: string[]) => runCliHere(args);

/** A data folder with one locked-out clerk. */
async function folderWithLockedClerk(): Promise<string> {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const ctx = await openApp({ dataDir: dir, resourcesDir: repoResources, appVersion: 'test', passwordParams: TEST_SCRYPT });
  const u = await createUser(ctx, { username: 'budi', displayName: 'Budi Santoso', role: 'clerk', password: 'Registrasi2024' });
  for (let i = 0; i < 5; i++) incrementFailures(ctx.db, u.id);
  setLockedUntil(ctx.db, u.id, new Date(Date.now() + 3_600_000).toISOString());
  ctx.db.close();
  return dir;
}

describe('users CLI', () => {
  it('resets a password from stdin, lifts the lockout, and audits it as the CLI user', async () => {
    const dir = await folderWithLockedClerk();
    expect((await here(['users', 'list', '--data', dir])).out).toMatch(/^budi\s+clerk\s+locked until /);
    const r = cli(['users', 'reset-password', 'budi', '--password-stdin', '--data', dir], 'Baru-Sekali-7\n');
    expect(r).toMatchObject({ code: 0, out: 'password of budi reset; failed attempts and lockout cleared' });
    expect((await here(['users', 'list', '--data', dir])).out).toMatch(/^budi\s+clerk\s+active\s+Budi Santoso$/);

    const ctx = await openApp({ dataDir: dir, resourcesDir: repoResources, appVersion: 'test' });
    cleanups.push(() => ctx.db.close());
    const row = ctx.db.prepare("SELECT actor, reason FROM audit_log WHERE action = 'user.resetPassword'").get() as { actor: string; reason: string };
    expect(row.actor).toMatch(/^cli:/);
    expect(row.reason).toBe('offline reset through the admin CLI');
    expect(verifyAuditChain(ctx.db).ok).toBe(true);
  });

  it('refuses a weak password in Indonesian, an unknown name, and a password without --password-stdin when stdin is no terminal', async () => {
    const dir = await folderWithLockedClerk();
    expect(cli(['users', 'reset-password', 'budi', '--password-stdin', '--data', dir], 'pendek\n')).toMatchObject({ code: 1, err: 'users: kata sandi minimal 10 karakter' });
    expect(cli(['users', 'reset-password', 'siapa', '--password-stdin', '--data', dir], 'Baru-Sekali-7\n')).toMatchObject({ code: 1, err: expect.stringContaining('no user named "siapa"') });
    expect(cli(['users', 'reset-password', 'budi', '--data', dir], 'Baru-Sekali-7\n')).toMatchObject({ code: 1, err: expect.stringContaining('--password-stdin') });
    // A password given as an argument is refused as an unknown option, never used.
    expect((await here(['users', 'reset-password', 'budi', '--password', 'Baru-Sekali-7', '--data', dir])).code).toBe(1);
    expect((await here(['users', 'list', '--data', dir])).out).toMatch(/locked until/);
  });

  it('creates an account from the command line', async () => {
    const dir = await folderWithLockedClerk();
    expect(cli(['users', 'create', 'siti', '--role', 'official', '--name', 'Siti Aminah', '--password-stdin', '--data', dir], 'Pejabat-2024\n')).toMatchObject({ code: 0, out: 'user siti created (official)' });
    expect(cli(['users', 'create', 'siti', '--role', 'official', '--name', 'Siti', '--password-stdin', '--data', dir], 'Pejabat-2024\n')).toMatchObject({ code: 1, err: 'users: Nama pengguna "siti" sudah dipakai.' });
    expect(cli(['users', 'create', 'x1y', '--role', 'boss', '--name', 'X', '--password-stdin', '--data', dir], 'Pejabat-2024\n').code).toBe(1);
  });
});
