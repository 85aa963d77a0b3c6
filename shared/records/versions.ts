import { z } from 'zod';

/**
 * The editable records that carry a version (no lost updates): a form sends back the
 * version it was loaded with as `expectedVersion`, and an edit of an older version is
 * refused with STALE. A record not yet written (a first BAP, a setting never saved) is
 * version 0. The accused of a case have a version too (their rows count their changes),
 * but they are edited only inside the case form, so the case's version is the one a form
 * sends back and the one refused.
 */
export const RECORD_KINDS = ['case', 'employee', 'session', 'bap', 'lhp', 'decision', 'settings', 'recommendation', 'pact'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Required in every update payload: the record's version when the form was loaded. */
export const expectedVersion = z.number({ error: 'validation.required' }).int().min(0).max(2_000_000_000);
