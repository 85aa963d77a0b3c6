import type { Access } from '../ipc/define.ts';
import type { Role } from './roles.ts';

/**
 * True when `role` passes a channel's declared access (public channels: anyone). Kept apart
 * from the IPC table so the renderer can check a role against the access list alone,
 * without loading every channel's zod schema (electron.vite.config.ts gives it that list).
 */
export function roleMayAccess(role: Role | null | undefined, access: Access): boolean {
  if (access === 'public') return true;
  return role != null && access.includes(role);
}
