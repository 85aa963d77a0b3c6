import type { Migration } from './migration.ts';

/**
 * Laptop check-out, second step: the check-in carries only the examination work added or
 * changed on the laptop, so the laptop must remember how each hearing and BAP looked when it
 * was taken in. `taken_sha256` is the SHA-256 of that record as the check-in would write it
 * (the hearing with its examiners, the BAP with its questions and examiners, in the office's
 * terms); a record whose hash differs at check-in time was changed on the laptop. NULL for
 * the other copied rows (they are read-only there) and for the rows the office maps at
 * apply time: at the office (side 'lent') `checkout_row_map` records which office row each
 * laptop row of an applied check-in became (`local_id` the laptop's id, `office_id` ours).
 */
export const checkoutTaken: Migration = {
  version: 33,
  name: 'checkout-taken',
  up: (db) => {
    db.exec('ALTER TABLE checkout_row_map ADD COLUMN taken_sha256 TEXT CHECK (taken_sha256 IS NULL OR length(taken_sha256) = 64)');
  },
};
