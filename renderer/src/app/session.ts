import { createContext, useCallback, useContext } from 'react';
import type { SessionUser } from '../../../shared/accounts/schemas.ts';
import type { Channel } from '../../../shared/ipc/table.ts';
import type { Access } from '../../../shared/ipc/define.ts';
import { roleMayAccess } from '../../../shared/accounts/access.ts';

/**
 * Each channel's declared access, put in at build time by electron.vite.config.ts: the
 * policies of shared/ipc/channels/* without their zod schemas, which the sign-in screen
 * would otherwise download and parse.
 */
declare const __SIPENA_ACCESS__: Readonly<Record<Channel, Access>>;

export interface SessionApi {
  user: SessionUser;
  /** Reloads `auth:status` (after a role change, an UNAUTHENTICATED answer ...). */
  refresh: () => void;
  logout: () => Promise<void>;
  lock: () => Promise<void>;
}

export const SessionContext = createContext<SessionApi | null>(null);

/** The signed-in user; only usable below the AuthGate. */
export function useSession(): SessionApi {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside AuthGate');
  return s;
}

/**
 * Whether the signed-in user's role may call a channel: for hiding buttons and menu
 * entries only. The main process enforces the same table on every call regardless (shared/accounts/permissions.ts).
 */
export function useCan(): (channel: Channel) => boolean {
  const role = useContext(SessionContext)?.user.role;
  // One function per role: effects that depend on it run again only when the role changes.
  return useCallback((channel) => roleMayAccess(role, __SIPENA_ACCESS__[channel]), [role]);
}

/** Fired by api.ts when main answers UNAUTHENTICATED (session ended or screen locked). */
export const UNAUTHENTICATED_EVENT = 'sipena:unauthenticated';
