import { z } from 'zod';
import { channel } from '../define.ts';
import { ALL, EXAMINATION, OFFICIAL } from '../../accounts/roles.ts';
import { uploadRefSchema } from '../../uploads/schemas.ts';
import { checkoutCancelSchema, checkoutCaseSchema, checkoutCreateSchema } from '../../checkout/types.ts';
import type { AppliedReturn, CaseCheckout, CheckoutFileDownload } from '../../checkout/types.ts';

/**
 * Laptop check-out. At the office officials lend a case (the answer is the check-out file to
 * save), cancel a loan and apply a laptop's check-in (an upload, purpose "checkin"). On the
 * laptop examiners take a check-out file in (purpose "checkout") and write the check-in.
 */
export const checkoutChannels = {
  /** The case's loan: the office's open loan, or the laptop's borrowed copy; null when neither. */
  'checkout:state': channel<CaseCheckout | null>()(checkoutCaseSchema, { access: ALL }),
  /** Open loans at the office and the copies this laptop holds, newest first. */
  'checkout:list': channel<CaseCheckout[]>()(z.object({}).strict(), { access: ALL }),
  'checkout:lend': channel<CheckoutFileDownload>()(checkoutCreateSchema.strict(), { access: OFFICIAL }),
  'checkout:cancel': channel<CaseCheckout>()(checkoutCancelSchema.strict(), { access: OFFICIAL }),
  'checkout:apply': channel<AppliedReturn>()(uploadRefSchema, { access: OFFICIAL }),
  'checkout:take': channel<CaseCheckout>()(uploadRefSchema, { access: EXAMINATION }),
  'checkout:return': channel<CheckoutFileDownload>()(checkoutCaseSchema, { access: EXAMINATION }),
} as const;
