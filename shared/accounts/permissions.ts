import { ipcTable } from '../ipc/table.ts';
import type { Channel } from '../ipc/table.ts';
import type { Access } from '../ipc/define.ts';
import type { Role } from './roles.ts';
import { roleMayAccess } from './access.ts';

export type { Access } from '../ipc/define.ts';

/** Who may call `channel`, as declared in its entry in shared/ipc/channels/*. */
export function accessOf(channel: Channel): Access {
  return ipcTable[channel].policy.access;
}

/**
 * True when `role` may call `channel` (public channels: anyone). The main process enforces
 * the same policy in electron/main/ipc/dispatch.ts; the renderer makes the same check
 * (roleMayAccess) over the access list built into it, only to hide what would be refused.
 */
export function can(role: Role | null | undefined, channel: Channel): boolean {
  return roleMayAccess(role, accessOf(channel));
}
