import { z } from 'zod';
import { channel } from '../define.ts';
import { ALL } from '../../accounts/roles.ts';
import { idSchema } from '../../schemas/common.ts';

/** Who changed a record last: what a page shows when a change event arrives ("Data ini telah diubah oleh X"). */
export interface LastChange {
  /** "Sari Wulandari (sari)". */
  who: string;
  /** ISO time of the change. */
  at: string;
  /** Which change this is (its audit row): a page compares it with the last one it knew. */
  seq: number;
  /** The change was the caller's own (another tab, or their own save): nothing to announce. */
  byMe: boolean;
}

export const recordChannels = {
  'records:lastChange': channel<LastChange | null>()(z.object({ kind: z.enum(['case', 'employee']), id: idSchema }).strict(), { access: ALL }),
};
