/**
 * Examination records as the main process returns them: staff, case team, hearing
 * sessions, BAP, LHP and decision. Letters (summons, BAP, LHP, SK) are built from these
 * types, so keep them stable: add fields, do not rename them.
 */
import type { WorkflowState, WorkflowAction } from '../workflow/states.ts';
import type { ScheduleWarning } from '../deadlines/compute.ts';
import type { PybmOfficial } from './pybm.ts';
import type { Signatory } from '../letters/office-settings.ts';
import type { AccusedSuperior } from './superior.ts';
import type { EmploymentType } from '../employees/employment-type.ts';

/** Which office an examiner comes from; PP 94 team composition depends on it. */
export const STAFF_UNITS = ['inspektorat', 'bkpsdm', 'atasan', 'lainnya'] as const;
export type StaffUnit = (typeof STAFF_UNITS)[number];

export const TEAM_ROLES = ['chair', 'member', 'secretary'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const ATTENDANCE = ['present', 'absent', 'postponed'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

/** An examiner or secretary who can sit on examination teams. */
export interface Staff {
  id: number;
  nip: string;
  name: string;
  pangkat: string | null;
  jabatan: string | null;
  unit: StaffUnit;
  active: boolean;
}

export interface TeamMember {
  staffId: number;
  role: TeamRole;
  nip: string;
  name: string;
  pangkat: string | null;
  jabatan: string | null;
  unit: StaffUnit;
}

export interface Room {
  id: number;
  name: string;
}

/** One examination appointment of one accused, called by summons I or II. */
export interface ExamSession {
  id: number;
  caseId: number;
  registerNo: string;
  accusedId: number;
  accusedName: string;
  accusedNip: string;
  /** 1 = Surat Panggilan I, 2 = Surat Panggilan II. */
  summonsNo: 1 | 2;
  /** Date of the summons letter (ISO); the rule counts working days from it to `date`. */
  summonsDate: string;
  date: string;
  /** 'HH:MM', office local time. */
  startTime: string;
  durationMin: number;
  /** 'YYYY-MM-DDTHH:MM', local, for calendars. */
  startAt: string;
  endAt: string;
  roomId: number | null;
  roomName: string | null;
  videoLink: string | null;
  examinerIds: number[];
  attendance: Attendance | null;
  attendanceNote: string | null;
  /** Reason given when a scheduling warning was overridden (recorded in the audit too). */
  overrideReason: string | null;
  /** Sent back by the reschedule and attendance forms as `expectedVersion`. */
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

/** What the hearing calendar shows of one session (the full record is on the case's examination page). */
export interface CalendarSession {
  id: number;
  caseId: number;
  registerNo: string;
  accusedName: string;
  roomName: string | null;
  /** 'YYYY-MM-DDTHH:MM', local. */
  startAt: string;
  endAt: string;
  attendance: Attendance | null;
  /** The session's version: a drag on the calendar sends it back as `expectedVersion`. */
  version: number;
}

/**
 * The calendar's sessions for a range. With a per-day limit (the month view) each day
 * carries at most that many sessions, and `more` counts the rest ("+N lainnya").
 */
export interface CalendarRange {
  sessions: CalendarSession[];
  more: { date: string; count: number }[];
}

/** Another session holding the same examiner, room or accused at an overlapping time. */
export interface ScheduleConflict {
  kind: 'examiner' | 'room' | 'accused';
  sessionId: number;
  registerNo: string;
  startAt: string;
  endAt: string;
  /** The examiner's or accused's name, or the room name. */
  who: string;
}

/** A legal-deadline warning on a schedule (e.g. summons fewer than 7 working days before); from shared/deadlines. */
export type { ScheduleWarning };

/** Outcome of a schedule/reschedule attempt that was not saved, or was saved with notes. */
export interface ScheduleCheck {
  conflicts: ScheduleConflict[];
  warnings: ScheduleWarning[];
}

export interface QaPair {
  no: number;
  question: string;
  answer: string;
}

/** Berita Acara Pemeriksaan of one session. */
export interface Bap {
  id: number;
  caseId: number;
  sessionId: number;
  accusedId: number;
  /** Examiners who actually sat (staff ids). */
  examinerIds: number[];
  examineePresent: boolean;
  place: string | null;
  refusedToSign: boolean;
  refusalNote: string | null;
  qa: QaPair[];
  updatedAt: string;
  /** Who wrote last (null before versions were kept). */
  updatedBy: string | null;
  /** Sent back by the form as `expectedVersion`. */
  version: number;
}

/** Laporan Hasil Pemeriksaan for one accused. */
export interface Lhp {
  caseId: number;
  accusedId: number;
  violationForm: string;
  violationTime: string;
  violationPlace: string;
  aggravating: string | null;
  mitigating: string | null;
  impact: string;
  recommendedSanctionCode: string;
  authorisedOfficial: string;
  updatedAt: string;
  /** Who wrote last (null before versions were kept). */
  updatedBy: string | null;
  /** Sent back by the form as `expectedVersion`. */
  version: number;
}

/** The disciplinary decision (SK) for one accused. */
export interface Decision {
  caseId: number;
  accusedId: number;
  catalogueId: string;
  sanctionCode: string;
  sanctionTitle: string;
  level: string | null;
  durationMonths: number | null;
  /** Non-ASN: the outcome under the contract, free text. */
  outcomeText: string | null;
  /** The issued SK's register number and date; null until the SK is issued (never typed). */
  skNumber: string | null;
  skDate: string | null;
  /** The issued SK letter carrying this decision; null before issuing or after it was voided. */
  skLetterId: number | null;
  /** The SK's recorded delivery; null until it reached (or was refused by) the employee. */
  delivery: SkDelivery | null;
  deliveredOn: string | null;
  /** When the sanction runs: computed from the delivery, null before it. */
  effectiveDate: string | null;
  endDate: string | null;
  /** Last day to deliver the SK (from its date), while it is issued and not yet delivered. */
  deliveryDue: string | null;
  /** Keberatan / banding administratif against this decision, oldest first. */
  appeals: Appeal[];
  /** The appeal this decision allows and where it goes (as the SK prints it); null where none applies. */
  appealRoute: { kind: AppealKind; body: string } | null;
  repeatOffender: boolean;
  withoutExamination: boolean;
  /** Who decided under the rule table; null on decisions recorded before it existed (the PPK). */
  pybmOfficial: PybmOfficial | null;
  /** 'PYBM-PP94-2021/2026.1#JFP-SEDANG': table version and row the official was resolved from. */
  pybmRule: string | null;
  /** The signatory printed on the SK; null: the office's PPK. */
  signatory: Signatory | null;
  updatedAt: string;
  /** Who wrote last (null before versions were kept). */
  updatedBy: string | null;
  /** Sent back by the form as `expectedVersion`. */
  version: number;
}

/** How an SK reached the employee. */
export const DELIVERY_METHODS = ['langsung', 'pos', 'kurir', 'elektronik'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/** Who handed the SK over: printed as "Yang menyampaikan" on the berita acara. */
export interface DeliveryOfficer {
  name: string;
  /** Empty when the officer has no NIP (e.g. a courier). */
  nip: string;
  jabatan: string;
}

/** The SK's delivery as recorded: a refusal to receive counts as delivery on that date. */
export interface SkDelivery {
  skLetterId: number;
  deliveredOn: string;
  method: DeliveryMethod;
  receivedBy: string | null;
  refused: boolean;
  refusalReason: string | null;
  /** The officer who handed it over; null on deliveries recorded before the officer was asked for. */
  deliveredBy: DeliveryOfficer | null;
  recordedBy: string;
  recordedAt: string;
}

/** Keberatan (to the deciding official's superior) or banding administratif (to BPASN), PP 79/2021. */
export const APPEAL_KINDS = ['keberatan', 'banding'] as const;
export type AppealKind = (typeof APPEAL_KINDS)[number];
export const APPEAL_OUTCOMES = ['upheld', 'lightened', 'heavier', 'annulled'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

export interface Appeal {
  id: number;
  caseId: number;
  accusedId: number;
  kind: AppealKind;
  filedOn: string;
  addressedTo: string;
  /** The deciding body's answer deadline on the working-day calendar. */
  answerDue: string;
  /** The answer date is an estimate (counted through a year without an official holiday list, or under an unverified rule). */
  answerDueProvisional: boolean;
  outcome: AppealOutcome | null;
  outcomeNumber: string | null;
  outcomeDate: string | null;
  /** The sanction as changed by a lightened or heavier outcome. */
  sanctionCode: string | null;
  durationMonths: number | null;
  note: string | null;
  recordedBy: string;
  updatedAt: string;
}

export interface TransitionRecord {
  id: number;
  from: WorkflowState;
  to: WorkflowState;
  action: WorkflowAction;
  actor: string;
  at: string;
  reason: string | null;
}

/** What the case's "Pemeriksaan" page shows in one call. */
export interface ExaminationOverview {
  caseId: number;
  registerNo: string;
  state: WorkflowState;
  /** Heaviest violation level of the case, null for ethics-only. */
  level: 'ringan' | 'sedang' | 'berat' | null;
  incidentDate: string;
  /** Each accused with their own direct superior (null until recorded). */
  accused: { id: number; name: string; nip: string; employmentType: EmploymentType; absences: number; superior: AccusedSuperior | null }[];
  team: TeamMember[];
  teamProblems: string[];
  sessions: ExamSession[];
  baps: Bap[];
  lhps: Lhp[];
  decisions: Decision[];
  transitions: TransitionRecord[];
  /** Next steps the current user may take, with the reason when a guard blocks one. */
  actions: { action: WorkflowAction; to: WorkflowState; allowed: boolean; blockedKey: string | null; blockedParams: Record<string, string | number> }[];
  /** Prompt after attendance: e.g. prepare summons II by a date. */
  prompt: { key: string; params: Record<string, string | number>; action: WorkflowAction | null } | null;
}

/** Saved with its check, or not saved because of conflicts/warnings that need an override reason. */
export type ScheduleOutcome = { saved: true; session: ExamSession; check: ScheduleCheck } | { saved: false; check: ScheduleCheck };
