import { z } from 'zod';
import { normalizePersonId, parseNip } from '../nip.ts';

/** Calendar date as stored everywhere: ISO YYYY-MM-DD, checked to be a real day. An empty box is "wajib diisi", not a format error. */
export const isoDate = z
  .string()
  .min(1, { error: 'validation.required', abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.isoDate' })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, { error: 'validation.isoDate' });

/** Bounded free text: trims, refuses control characters that break letters and exports. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'validation.tooLong' })
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(s), { error: 'validation.controlChars' });

export const requiredText = (max: number) => text(max).min(1, { error: 'validation.required' });

/** An 18-digit NIP that passes the PNS or PPPK layout checks; the problem key names what is wrong. */
export const nipSchema = z
  .string()
  .transform(normalizePersonId)
  .superRefine((nip, ctx) => {
    const r = parseNip(nip);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.problem });
  });

export const idSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
