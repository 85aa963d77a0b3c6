import { z } from 'zod';
import { channel } from '../define.ts';
import { ADMIN } from '../../accounts/roles.ts';
import { trustEnrolSchema, trustRevokeSchema } from '../../trust/types.ts';
import type { OfficeKeyView, TrustedOrigin } from '../../trust/types.ts';

/**
 * Keys and trust for case bundles: the administrator's alone, reads included (the list
 * of trusted origins decides whose data the office accepts). No channel returns the
 * private key.
 */
export const trustChannels = {
  'trust:officeKey': channel<OfficeKeyView>()(z.object({}).strict(), { access: ADMIN }),
  'trust:list': channel<TrustedOrigin[]>()(z.object({}).strict(), { access: ADMIN }),
  'trust:enrol': channel<TrustedOrigin>()(trustEnrolSchema.strict(), { access: ADMIN }),
  'trust:revoke': channel<TrustedOrigin>()(trustRevokeSchema.strict(), { access: ADMIN }),
  /** The one-page key letter as a PDF (base64). */
  'trust:keyLetter': channel<{ pdfBase64: string; fileName: string }>()(z.object({}).strict(), { access: ADMIN }),
} as const;
