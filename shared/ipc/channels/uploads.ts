import { channel } from '../define.ts';
import { ALL } from '../../accounts/roles.ts';
import { uploadBeginSchema, uploadChunkSchema, uploadRefSchema } from '../../uploads/schemas.ts';

/**
 * Files in chunks, whatever they are for (shared/uploads/schemas.ts). Any signed-in role
 * reaches these channels; main refuses to begin an upload for a purpose whose consumer
 * the caller may not call, and an upload answers only to the user who began it.
 */
export const uploadChannels = {
  'uploads:begin': channel<{ uploadId: string }>()(uploadBeginSchema, { access: ALL }),
  'uploads:chunk': channel<{ received: number }>()(uploadChunkSchema, { access: ALL }),
  'uploads:abort': channel<{ aborted: boolean }>()(uploadRefSchema, { access: ALL }),
} as const;
