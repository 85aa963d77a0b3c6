/**
 * What the demo histories add after the decision: the temporary release of some accused facing a
 * heavy sanction (PP 94/2021 Pasal 31), a moral sanction next to some disciplinary ones
 * (PP 42/2004 Pasal 15), and, where a case's history says the SK was delivered, the SK's number
 * and date and the dates its delivery fixes, so the register of sanctions in force holds real
 * (and long-ended) sanctions. Choices follow the case id, never the history's PRNG, so adding
 * them leaves every other generated row unchanged.
 *
 * Delivered SKs outside the issued-letter sample are recorded as issued on paper: their number
 * is taken from the SK register's counter (so a later issue never repeats it) and no PDF exists;
 * the sample's SKs (demo-letters.ts) are issued, delivered and printed through the real services.
 */
import type { Db } from '../db/connection.ts';
import type { AuditEntry } from '../audit/audit-log.ts';
import { decisionDates } from '../../../shared/examination/decision-rules.ts';
import { dueDate } from '../../../shared/deadlines/compute.ts';
import type { DeadlineSettings } from '../../../shared/deadlines/rules.ts';
import type { HolidayCalendar } from '../../../shared/calendar/types.ts';
import { addCalendarDays } from '../../../shared/calendar/iso-day.ts';
import { formatLetterNumber } from '../../../shared/letters/numbering.ts';
import type { Numbering, Signatory } from '../../../shared/letters/office-settings.ts';
import type { DemoTeam } from './demo-staff.ts';
import { decisionBulkWriter } from '../examination/decision-queries.ts';
import { upsertRelease } from '../examination/release-queries.ts';
import type { ReleaseRow } from '../examination/release-queries.ts';
import { upsertMoral } from '../examination/moral-queries.ts';
import { selectStaffPerson } from '../hearings/staff-queries.ts';
import { serialTaker } from '../db/counter-queries.ts';
import { openDeadline } from '../deadlines/deadline-queries.ts';

type Emit = (at: Date, entry: AuditEntry) => void;

/** Office-local time (WIB) on a day, as the audit log's instant. */
const atOn = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+07:00`);

const OFFICIAL = 'inspektur.hendra';
const CLERK = 'sari.registrasi';
const PLH_NAMES = ['Drs. Bambang Sutrisno', 'Endang Wahyuni, S.E.', 'Hadi Purnomo, S.Sos.', 'Lilis Suryani, S.Pd.', 'Agung Prasetya, S.T.'];

export interface DemoSanctionOptions {
  cal: HolidayCalendar;
  settings: DeadlineSettings;
  /** The SK register and template (office numbering of type `sk`). */
  skNumbering: Numbering;
  ppk: Signatory;
  /** Cases 1..letterSample get their SKs issued by demo-letters.ts: their decisions are left for it. */
  letterSample: number;
  /** The generator's today (ISO): a sanction ending from 60 days before on gets its "Perlu tindakan" entry. */
  today: string;
}

export class DemoSanctions {
  private readonly decisions: ReturnType<typeof decisionBulkWriter>;
  private readonly takeSerial: ReturnType<typeof serialTaker>;
  private moralDone = false;

  private readonly db: Db;
  private readonly emit: Emit;
  private readonly o: DemoSanctionOptions;

  constructor(db: Db, emit: Emit, o: DemoSanctionOptions) {
    this.db = db;
    this.emit = emit;
    this.o = o;
    this.decisions = decisionBulkWriter(db);
    this.takeSerial = serialTaker(db);
  }

  /**
   * Every third case whose LHP recommends a heavy sanction releases that accused from duty from
   * the first hearing on, ordered by the direct superior on the team (or, without one, by the
   * deciding official as the next higher official), with a Plh named.
   */
  release(caseId: number, accusedId: number, team: DemoTeam, firstHearing: string, higher: Signatory | null): void {
    if (caseId % 3 !== 0) return;
    const sup = team.members.find((m) => m.unit === 'atasan');
    const person = sup ? selectStaffPerson(this.db, sup.staffId)! : null;
    const signatory: Signatory | null = person
      ? { title: (person.jabatan || 'Atasan Langsung').toUpperCase(), prefix: '', name: person.name, pangkat: person.pangkat ?? '', nip: person.nip }
      : higher;
    if (!signatory) return;
    const row: ReleaseRow = {
      caseId,
      accusedId,
      startDate: firstHearing,
      reason: 'agar yang bersangkutan tidak mempengaruhi saksi dan dokumen di unit kerjanya selama pemeriksaan',
      orderedBy: person ? 'superior' : 'higher',
      signatory,
      plhName: PLH_NAMES[caseId % PLH_NAMES.length]!,
      // A valid PNS NIP: born 1 Jan 1980, appointed January 2005, male, serial from the case.
      plhNip: `198001012005011${String(100 + (caseId % 900)).padStart(3, '0')}`,
      plhJabatan: 'Kepala Subbagian Umum dan Kepegawaian',
    };
    const at = atOn(firstHearing, '15:00').toISOString();
    upsertRelease(this.db, row, OFFICIAL, at);
    this.emit(atOn(firstHearing, '15:00'), { actor: OFFICIAL, action: 'release.create', entity: 'case', entityId: caseId, after: { ...row, at, actor: OFFICIAL } });
  }

  /**
   * The first decided case, and every seventh after it, also carries a moral sanction by the PPK
   * next to a disciplinary one (PNS only); the first falls in the letter sample, so both letters print.
   */
  moral(caseId: number, accusedId: number, day: string): void {
    if (caseId % 7 !== 3 && this.moralDone) return;
    this.moralDone = true;
    const code = caseId % 2 === 0 ? 'PP42-MORAL-TERTUTUP' : 'PP42-MORAL-TERBUKA';
    const announcedAt = code === 'PP42-MORAL-TERBUKA' ? 'apel pagi Sekretariat Daerah' : null;
    const at = atOn(day, '14:30').toISOString();
    upsertMoral(this.db, { caseId, accusedId, sanctionCode: code, announcedAt, signatory: this.o.ppk }, at);
    this.emit(atOn(day, '14:30'), { actor: OFFICIAL, action: 'moral.create', entity: 'case', entityId: caseId, after: { caseId, accusedId, sanctionCode: code, announcedAt, signatory: this.o.ppk } });
  }

  /**
   * The SK of a delivered case (outside the letter sample): its number from the SK register, its
   * date, and the start and end its delivery fixes (day 15 after receipt, then the duration), as
   * recordDelivery computes them; a sanction ending lately or ahead gets its notice entry.
   */
  delivered(caseId: number, accusedId: number, skDate: string, deliveredOn: string, durationMonths: number | null): void {
    if (caseId <= this.o.letterSample) return;
    // The SK register's counter (nextSerial prepared once, for the thousands of demo SKs).
    const serial = this.takeSerial(`letter:${this.o.skNumbering.register}`, Number(skDate.slice(0, 4)));
    const number = formatLetterNumber(this.o.skNumbering.template, serial, skDate);
    const dates = decisionDates({ receivedOn: deliveredOn, durationMonths }, (d) => dueDate('skEffective', d, this.o.settings, this.o.cal));
    const at = atOn(deliveredOn, '10:00');
    this.decisions.setDeliveredSk(caseId, accusedId, { number, date: skDate, deliveredOn, effectiveDate: dates.effectiveDate, endDate: dates.endDate }, at.toISOString());
    this.emit(at, {
      actor: CLERK,
      action: 'delivery.record',
      entity: 'case',
      entityId: caseId,
      after: { accused_id: accusedId, sk_number: number, sk_date: skDate, delivered_on: deliveredOn, effective_date: dates.effectiveDate, end_date: dates.endDate, note: 'SK diterbitkan di luar Sipena (data contoh)' },
    });
    if (dates.endDate && dates.endDate >= addCalendarDays(this.o.today, -60)) {
      openDeadline(
        this.db,
        { caseId, rule: 'sanctionEnd', subjectType: 'decision', subjectId: accusedId, basisDate: dates.endDate, dueDate: dueDate('sanctionEnd', dates.endDate, this.o.settings, this.o.cal) },
        at,
      );
    }
  }
}
