/** Kinds of non-working day fixed by decree (weekends are implicit). */
export const HOLIDAY_KINDS = ['libur_nasional', 'cuti_bersama', 'pemilu'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

/** One official non-working day. */
export interface HolidayEntry {
  /** ISO date YYYY-MM-DD. */
  date: string;
  /** Indonesian name as written in the decree. */
  name: string;
  kind: HolidayKind;
  /** Why the date may need checking (e.g. an Islamic date fixed later by sidang isbat). */
  note?: string | null | undefined;
}

/** The decree a year's list comes from (SKB 3 Menteri, amendments, Keppres for election days). */
export interface HolidaySource {
  title: string;
  /** Date the decree was signed, ISO; absent when not yet confirmed from the official copy. */
  date?: string;
  note?: string;
}

/** The shape of resources/holidays/<year>.json. */
export interface HolidayYearFile {
  year: number;
  sources: HolidaySource[];
  holidays: HolidayEntry[];
}

/**
 * What working-day arithmetic needs: which years have an official list, and the
 * non-working days of those years. Plain data, so main and renderer build it alike.
 */
export interface HolidayCalendar {
  readonly years: ReadonlySet<number>;
  /** Years among `years` computed provisionally (no official list yet): see provisional.ts. */
  readonly provisionalYears?: ReadonlySet<number>;
  /** ISO date -> holiday. */
  readonly holidays: ReadonlyMap<string, HolidayEntry>;
}
