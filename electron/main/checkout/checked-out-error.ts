import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { CHECKED_OUT_MARKER } from '../db/migrations/031-case-checkouts.ts';
import { selectCheckout } from './checkout-queries.ts';
import { localIsoDate } from '../../../shared/calendar/iso-day.ts';
import { formatDate } from '../../../shared/indonesian/dates.ts';

const MARKER = new RegExp(`^${CHECKED_OUT_MARKER}:(\\d+)$`);

/**
 * The CHECKED_OUT error for a write the check-out triggers refused (migration 31), naming the
 * borrower and since when; undefined for any other error. The one place the trigger's marker
 * becomes a message: the IPC dispatch and the CLI both ask here. The refused statement's
 * transaction has already rolled back, so the check-out row is read after it.
 */
export function checkedOutError(db: Db, e: unknown): AppError | undefined {
  if (!(e instanceof Error) || (e as { code?: string }).code !== 'SQLITE_CONSTRAINT_TRIGGER') return undefined;
  const m = MARKER.exec(e.message);
  if (!m) return undefined;
  const loan = db.open ? selectCheckout(db, Number(m[1])) : undefined;
  if (!loan) return new AppError('CHECKED_OUT', 'checkout.refusedUnknown');
  const at = new Date(loan.checkedOutAt);
  const two = (n: number) => String(n).padStart(2, '0');
  const params = { borrower: loan.borrower, laptop: loan.laptopLabel, date: formatDate(localIsoDate(at)), time: `${two(at.getHours())}.${two(at.getMinutes())}`, registerNo: loan.registerNo };
  if (loan.side === 'borrowed') return new AppError('CHECKED_OUT', loan.returnedAt ? 'checkout.refusedReturnedCopy' : 'checkout.refusedBorrowedCopy', params);
  return new AppError('CHECKED_OUT', 'checkout.refused', params);
}

/** `checkedOutError` when it applies, else the error as it was: for callers that rethrow. */
export function asCheckedOut(db: Db, e: unknown): unknown {
  return checkedOutError(db, e) ?? e;
}
