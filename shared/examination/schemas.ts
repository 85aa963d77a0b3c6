import { z } from 'zod';
import { idSchema, isoDate, nipSchema, requiredText, text } from '../schemas/common.ts';
import { APPEAL_KINDS, APPEAL_OUTCOMES, ATTENDANCE, DELIVERY_METHODS, STAFF_UNITS, TEAM_ROLES } from './types.ts';
import { WORKFLOW_ACTIONS } from '../workflow/states.ts';
import { PYBM_OFFICIALS } from './pybm.ts';
import { signatorySchema } from '../letters/office-settings.ts';
import { expectedVersion } from '../records/versions.ts';

/** 'HH:MM', 24-hour. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'schedule.timeInvalid' });

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Why a warning is overridden: short answers like "ok" are refused. */
export const overrideReason = text(500).refine((s) => s === '' || s.length >= 5, { error: 'schedule.reasonTooShort' }).optional();

export const staffSaveSchema = z
  .object({
    id: idSchema.optional(),
    nip: nipSchema,
    name: requiredText(120),
    pangkat: text(80).optional(),
    jabatan: text(160).optional(),
    unit: z.enum(STAFF_UNITS),
    active: z.boolean().default(true),
  })
  .strict();
export type StaffSaveInput = z.input<typeof staffSaveSchema>;

export const roomSaveSchema = z.object({ name: requiredText(80) }).strict();

export const teamSetSchema = z
  .object({
    caseId: idSchema,
    members: z.array(z.object({ staffId: idSchema, role: z.enum(TEAM_ROLES) }).strict()).max(15),
  })
  .strict();

const videoLink = z
  .string()
  .trim()
  .max(500, { error: 'validation.tooLong' })
  .refine((s) => s === '' || /^https:\/\/[^\s]+$/.test(s), { error: 'schedule.videoLinkInvalid' })
  .optional();

const slotFields = {
  date: isoDate,
  startTime: clockTime,
  durationMin: z.number().int().min(15, { error: 'schedule.durationRange' }).max(480, { error: 'schedule.durationRange' }),
  roomId: z.union([idSchema, z.null()]).optional(),
  videoLink,
  overrideReason,
};

function slotRules(v: { startTime: string; durationMin: number; roomId?: number | null | undefined; videoLink?: string | undefined }, ctx: z.RefinementCtx) {
  if (!v.roomId && !v.videoLink) ctx.addIssue({ code: 'custom', path: ['roomId'], message: 'schedule.placeRequired' });
  if (minutesOf(v.startTime) + v.durationMin > 24 * 60) ctx.addIssue({ code: 'custom', path: ['durationMin'], message: 'schedule.pastMidnight' });
}

/** A new examination session (form and `hearings:schedule`). */
export const sessionScheduleSchema = z
  .object({
    caseId: idSchema,
    accusedId: idSchema,
    summonsNo: z.union([z.literal(1), z.literal(2)]),
    summonsDate: isoDate,
    examinerIds: z.array(idSchema).min(1, { error: 'schedule.examinersRequired' }).max(15),
    ...slotFields,
  })
  .strict()
  .superRefine((v, ctx) => {
    slotRules(v, ctx);
    if (v.summonsDate > v.date) ctx.addIssue({ code: 'custom', path: ['summonsDate'], message: 'schedule.summonsAfterDate' });
  });
export type SessionScheduleInput = z.input<typeof sessionScheduleSchema>;

/** Moving a session (calendar drag or the edit form); room and link stay unless given. */
export const sessionRescheduleSchema = z
  .object({ id: idSchema, ...slotFields, roomId: z.union([idSchema, z.null()]).optional(), expectedVersion })
  .strict()
  .superRefine((v, ctx) => {
    if (minutesOf(v.startTime) + v.durationMin > 24 * 60) ctx.addIssue({ code: 'custom', path: ['durationMin'], message: 'schedule.pastMidnight' });
  });

export const attendanceSchema = z
  .object({ id: idSchema, attendance: z.enum(ATTENDANCE), note: text(500).optional(), expectedVersion })
  .strict();

/** A calendar range [from, to); `perDay` caps the sessions sent per day (the month view shows a few and "+N lainnya"). */
export const sessionRangeSchema = z.object({ from: isoDate, to: isoDate, perDay: z.number().int().min(1).max(50).optional() }).strict();

export const bapSaveSchema = z
  .object({
    sessionId: idSchema,
    examinerIds: z.array(idSchema).min(1, { error: 'schedule.examinersRequired' }).max(15),
    examineePresent: z.boolean(),
    place: text(200).optional(),
    refusedToSign: z.boolean().default(false),
    refusalNote: text(1000).optional(),
    qa: z
      .array(z.object({ question: requiredText(4000), answer: requiredText(8000) }).strict())
      .min(1, { error: 'bap.qaRequired' })
      .max(300),
    /** The BAP's version when the form was loaded, 0 for a new one: a stale save is refused. */
    expectedVersion,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.refusedToSign && !v.refusalNote) ctx.addIssue({ code: 'custom', path: ['refusalNote'], message: 'bap.refusalNoteRequired' });
  });
export type BapSaveInput = z.input<typeof bapSaveSchema>;

export const lhpSaveSchema = z
  .object({
    caseId: idSchema,
    accusedId: idSchema,
    violationForm: requiredText(2000),
    violationTime: requiredText(200),
    violationPlace: requiredText(300),
    aggravating: text(2000).optional(),
    mitigating: text(2000).optional(),
    impact: requiredText(2000),
    recommendedSanctionCode: requiredText(60),
    authorisedOfficial: requiredText(200),
    /** The LHP's version when the form was loaded, 0 for a new one: a stale save is refused. */
    expectedVersion,
  })
  .strict();
export type LhpSaveInput = z.input<typeof lhpSaveSchema>;

export const decisionSaveSchema = z
  .object({
    caseId: idSchema,
    accusedId: idSchema,
    catalogueId: requiredText(40),
    sanctionCode: requiredText(60),
    durationMonths: z.union([z.number().int().min(1).max(120), z.null()]).default(null),
    outcomeText: text(2000).optional(),
    /** Who decides; must be one the rule table allows. Absent: the table's default. */
    pybmOfficial: z.enum(PYBM_OFFICIALS).optional(),
    /** Officials the accused's unit lacks: the decision moves to the next higher one. */
    vacant: z.array(z.enum(PYBM_OFFICIALS)).max(5).optional(),
    /** The signatory as printed; absent: the PPK from the settings or the OPD head from the OPD list. */
    signatory: signatorySchema.optional(),
    /** The decision's version when the form was loaded, 0 for a new one: a stale save is refused. */
    expectedVersion,
  })
  .strict();
export type DecisionSaveInput = z.input<typeof decisionSaveSchema>;

export const transitionSchema = z
  .object({ caseId: idSchema, action: z.enum(WORKFLOW_ACTIONS), reason: text(1000).optional() })
  .strict();

export const examCaseSchema = z.object({ caseId: idSchema }).strict();

/** The SK's delivery (berita acara penyampaian): who received it how, or that it was refused and why. */
export const deliverySaveSchema = z
  .object({
    caseId: idSchema,
    accusedId: idSchema,
    deliveredOn: isoDate,
    method: z.enum(DELIVERY_METHODS),
    receivedBy: text(160).optional(),
    refused: z.boolean().default(false),
    refusalReason: text(1000).optional(),
    /** The officer who handed the SK over (printed as "Yang menyampaikan"); a courier may have no NIP. */
    deliveredByName: requiredText(120),
    deliveredByNip: z.union([z.literal(''), nipSchema]).optional(),
    deliveredByJabatan: requiredText(160),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.refused && !v.refusalReason) ctx.addIssue({ code: 'custom', path: ['refusalReason'], message: 'delivery.refusalReasonRequired' });
    if (!v.refused && !v.receivedBy) ctx.addIssue({ code: 'custom', path: ['receivedBy'], message: 'delivery.receivedByRequired' });
  });
export type DeliverySaveInput = z.input<typeof deliverySaveSchema>;

/** A keberatan or banding administratif as filed. */
export const appealFileSchema = z
  .object({
    caseId: idSchema,
    accusedId: idSchema,
    kind: z.enum(APPEAL_KINDS),
    filedOn: isoDate,
    addressedTo: requiredText(200),
    note: text(1000).optional(),
  })
  .strict();
export type AppealFileInput = z.input<typeof appealFileSchema>;

/** The answer to an appeal: its decision's number and date, and the sanction when it was changed. */
export const appealOutcomeSchema = z
  .object({
    id: idSchema,
    outcome: z.enum(APPEAL_OUTCOMES),
    outcomeNumber: requiredText(120),
    outcomeDate: isoDate,
    sanctionCode: text(60).optional(),
    durationMonths: z.union([z.number().int().min(1).max(120), z.null()]).default(null),
  })
  .strict()
  .superRefine((v, ctx) => {
    const changes = v.outcome === 'lightened' || v.outcome === 'heavier';
    if (changes && !v.sanctionCode) ctx.addIssue({ code: 'custom', path: ['sanctionCode'], message: 'appeal.sanctionRequired' });
  });
export type AppealOutcomeInput = z.input<typeof appealOutcomeSchema>;
