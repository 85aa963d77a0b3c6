import type { AppContext } from '../app-context.ts';
import type { Session } from './session.ts';
import type { SignedInUser } from '../../../shared/accounts/schemas.ts';

// Who is signed in is known to whatever holds the sessions: the office server's session store,
// or, in the desktop app, the context's one local session. Keyed by context so AppContext stays as it is.
const sources = new WeakMap<AppContext, () => Session[]>();

/** The office server registers its sessions here. */
export function setPresenceSource(ctx: AppContext, source: () => Session[]): void {
  sources.set(ctx, source);
}

/** Everyone signed in now, one entry per account (a user with two browsers counts once), the caller first. */
export function signedInUsers(ctx: AppContext): SignedInUser[] {
  const sessions = sources.get(ctx)?.() ?? [ctx.session];
  const me = ctx.session.user?.id;
  const byId = new Map<number, SignedInUser>();
  for (const s of sessions) {
    if (!s.user) continue;
    const prev = byId.get(s.user.id);
    // Locked only if every one of the account's sessions is locked.
    byId.set(s.user.id, { username: s.user.username, displayName: s.user.displayName, role: s.user.role, locked: s.locked && (prev?.locked ?? true), self: s.user.id === me });
  }
  return [...byId.values()].sort((a, b) => Number(b.self) - Number(a.self) || a.displayName.localeCompare(b.displayName));
}
