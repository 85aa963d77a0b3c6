import type { CliIo } from '../command.ts';
import { cliCommand } from '../cli-command.ts';
import { requireDatabase } from '../open-existing.ts';
import { CliError } from '../command.ts';
import type { AppContext } from '../../main/app-context.ts';
import { createUser, listUsers, resetPassword } from '../../main/accounts/user-service.ts';
import { selectUserByName } from '../../main/accounts/user-queries.ts';
import { newPasswordSchema, roleSchema, usernameSchema } from '../../../shared/accounts/schemas.ts';
import { ROLES } from '../../../shared/accounts/roles.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { promptHidden, readFirstLineOfStdin } from '../read-secret.ts';
import { withWriteLock } from '../write-lock.ts';
import { rethrowAsCliError, withCliApp } from '../cli-app.ts';

const USAGE = 'users list | users reset-password NAME | users create NAME --role ROLE --name "FULL NAME"';

/** The new password: from stdin with --password-stdin, else typed twice on the terminal without echo. Never from argv. */
async function newPassword(ctx: AppContext, fromStdin: boolean): Promise<string> {
  let password: string;
  if (fromStdin) password = await readFirstLineOfStdin();
  else if (process.stdin.isTTY) {
    password = await promptHidden('Kata sandi baru: ');
    if ((await promptHidden('Ulangi kata sandi baru: ')) !== password) throw new CliError('the two passwords differ; nothing was changed');
  } else throw new CliError('stdin is not a terminal: pass --password-stdin and pipe the password in (it is never taken from the command line)');
  const checked = newPasswordSchema.safeParse(password);
  if (!checked.success) throw new CliError(translator(ctx.language())(checked.error.issues[0]?.message ?? 'validation.invalid'));
  return password;
}

async function run(sub: string, args: string[], ctx: AppContext, io: CliIo, fromStdin: boolean, values: { role?: string; name?: string }): Promise<number> {
  if (sub === 'list') {
    for (const u of listUsers(ctx)) {
      const state = u.active ? (u.lockedUntil && Date.parse(u.lockedUntil) > Date.now() ? `locked until ${u.lockedUntil}` : 'active') : 'inactive';
      io.out(`${u.username.padEnd(20)} ${u.role.padEnd(14)} ${state.padEnd(10)} ${u.displayName}`);
    }
    return 0;
  }
  const name = usernameSchema.safeParse(args[0] ?? '');
  if (!name.success) throw new CliError(`${sub} needs a valid user NAME (${USAGE})`);
  if (sub === 'reset-password') {
    const user = selectUserByName(ctx.db, name.data);
    if (!user) throw new CliError(`no user named "${name.data}"; see "users list"`);
    const password = await newPassword(ctx, fromStdin);
    await resetPassword(ctx, { id: user.id, password }, 'offline reset through the admin CLI').catch((e: unknown) => rethrowAsCliError(ctx, e));
    io.out(`password of ${user.username} reset; failed attempts and lockout cleared`);
    return 0;
  }
  if (sub === 'create') {
    const role = roleSchema.safeParse(values.role);
    if (!role.success) throw new CliError(`create needs --role, one of: ${ROLES.join(', ')}`);
    if (!values.name?.trim()) throw new CliError('create needs --name "FULL NAME"');
    const password = await newPassword(ctx, fromStdin);
    const u = await createUser(ctx, { username: name.data, displayName: values.name.trim(), role: role.data, password }).catch((e: unknown) => rethrowAsCliError(ctx, e));
    io.out(`user ${u.username} created (${u.role})`);
    return 0;
  }
  io.err(`unknown users subcommand "${sub}"; usage: ${USAGE}`);
  return 2;
}

export const usersCommand = cliCommand({
  name: 'users',
  usage: 'users list|reset-password NAME|create NAME',
  summary: 'list accounts, reset a forgotten password offline (lifts the lockout), or add an account',
  options: { 'password-stdin': { type: 'boolean' }, role: { type: 'string' }, name: { type: 'string' } },
  positionals: true,
  run: async ({ values, positionals, dataDir }, io) => {
    const [sub, ...rest] = positionals;
    if (!sub) throw new CliError(`usage: ${USAGE}`);
    requireDatabase(dataDir);
    const work = () => withCliApp(dataDir, (ctx) => run(sub, rest, ctx, io, values['password-stdin'] === true, values));
    // Listing reads; creating an account or resetting a password writes.
    return sub === 'list' ? work() : withWriteLock(dataDir, `users ${sub}`, work);
  },
});
