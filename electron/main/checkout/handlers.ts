import type { FeatureHandlers } from '../ipc/dispatch.ts';
import type { checkoutChannels } from '../../../shared/ipc/channels/checkout.ts';
import { uploadBytes } from '../uploads/upload-registry.ts';
import { cancelLoan, caseLoan } from './loan-service.ts';
import { lendWithFile } from './checkout-file.ts';
import { takeIn } from './take-in.ts';
import { checkIn } from './check-in.ts';
import { applyReturn } from './apply-return.ts';
import { selectAllBorrowed, selectOpenLoans } from './checkout-queries.ts';

export const checkoutHandlers: FeatureHandlers<typeof checkoutChannels> = {
  'checkout:state': (req, ctx) => caseLoan(ctx, req.caseId),
  'checkout:list': (_req, ctx) => [...selectOpenLoans(ctx.db), ...selectAllBorrowed(ctx.db)],
  'checkout:lend': (req, ctx) => {
    const lent = lendWithFile(ctx, req);
    return { checkout: lent.checkout, fileName: lent.fileName, bytes: lent.bytes };
  },
  'checkout:cancel': (req, ctx) => cancelLoan(ctx, req.caseId, req.reason),
  'checkout:apply': async (req, ctx) => applyReturn(ctx, (await uploadBytes(ctx, req.uploadId, 'checkin')).bytes),
  'checkout:take': async (req, ctx) => takeIn(ctx, (await uploadBytes(ctx, req.uploadId, 'checkout')).bytes),
  'checkout:return': (req, ctx) => {
    const packed = checkIn(ctx, req.caseId);
    return { checkout: packed.checkout, fileName: packed.fileName, bytes: packed.bytes };
  },
};
