import { z } from 'zod';
import { channel } from '../define.ts';
import { ADMIN } from '../../accounts/roles.ts';
import type { ServerStatus } from '../../system/server-status.ts';

export const serverChannels = {
  /** The administrator's status screen: clients, last backup and its result, disk space, database size. */
  'server:status': channel<ServerStatus>()(z.object({}).strict(), { access: ADMIN }),
} as const;
