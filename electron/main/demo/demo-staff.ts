import type { Db } from '../db/connection.ts';
import { loadDeadlineSettings } from '../deadlines/rule-settings.ts';
import { selectAllHolidays, selectYearNumbers } from '../calendar/calendar-queries.ts';
import { addWorkdays, createHolidayCalendar, workdayOnOrAfter } from '../../../shared/calendar/working-days.ts';
import type { HolidayCalendar } from '../../../shared/calendar/types.ts';
import type { DeadlineSettings } from '../../../shared/deadlines/rules.ts';
import type { StaffUnit, TeamRole } from '../../../shared/examination/types.ts';
import type { Prng } from './prng.ts';
import * as W from './demo-words.ts';
import { insertRoom, insertStaff } from '../hearings/staff-queries.ts';

/** One examination team of the demo: four examiners and a secretary, who always sit together. */
export interface DemoTeam {
  index: number;
  members: { staffId: number; role: TeamRole; unit: StaffUnit }[];
  /** Room of the team's hearings, or null when it meets by video link. */
  roomId: number | null;
}

// Four hearing slots a day; a team holds at most one hearing per slot, so demo hearings never overlap.
export const SLOTS = [
  { start: '08:00', end: '10:00', minutes: 120 },
  { start: '10:00', end: '12:00', minutes: 120 },
  { start: '13:00', end: '15:00', minutes: 120 },
  { start: '15:00', end: '16:30', minutes: 90 },
] as const;

const ROOMS = ['Ruang Pemeriksaan I', 'Ruang Pemeriksaan II', 'Ruang Pemeriksaan III', 'Ruang Rapat Inspektur', 'Ruang Klarifikasi', 'Aula Inspektorat'];
const TEAM_SHAPE: { role: TeamRole; unit: StaffUnit }[] = [
  { role: 'chair', unit: 'inspektorat' },
  { role: 'member', unit: 'inspektorat' },
  { role: 'member', unit: 'bkpsdm' },
  { role: 'member', unit: 'atasan' },
  { role: 'secretary', unit: 'inspektorat' },
];
const pad = (n: number, w: number) => String(n).padStart(w, '0');

/**
 * Inserts the examiners and rooms of the demo office: enough five-person teams (each
 * fit for a heavy case) that every hearing finds a free slot within a
 * few days. The first teams have a room each, the rest meet by video link.
 */
export function insertDemoStaff(db: Db, r: Prng, cases: number, at: string): DemoTeam[] {
  const roomIds = ROOMS.map((name) => insertRoom(db, name));
  const count = Math.max(ROOMS.length, Math.ceil(cases / 1500));
  const teams: DemoTeam[] = [];
  const used = new Set<string>();
  for (let t = 0; t < count; t++) {
    const members = TEAM_SHAPE.map((shape) => {
      const sex = r.chance(0.6) ? 1 : 2;
      const name = `${r.pick(sex === 1 ? W.MALE_NAMES : W.FEMALE_NAMES)} ${r.pick(W.FAMILY_NAMES)}`;
      let nip: string;
      do nip = `19${r.int(70, 89)}${pad(r.int(1, 12), 2)}${pad(r.int(1, 28), 2)}20${r.int(10, 15)}${pad(r.int(1, 12), 2)}${sex}${pad(r.int(1, 999), 3)}`;
      while (used.has(nip));
      used.add(nip);
      const [pangkat, gol] = r.pick(W.PANGKAT);
      const jabatan = shape.unit === 'inspektorat' ? 'Auditor Ahli Muda' : shape.unit === 'bkpsdm' ? 'Analis SDM Aparatur' : 'Kepala Bidang';
      const id = insertStaff(db, { nip, name, pangkat: `${pangkat}, ${gol}`, jabatan, unit: shape.unit, active: 1 }, at);
      return { staffId: id, role: shape.role, unit: shape.unit };
    });
    teams.push({ index: t, members, roomId: roomIds[t] ?? null });
  }
  return teams;
}

/** The office calendar for demo dates: the shipped holiday lists, plus 2023 as plain weekdays (no list ships for it). */
export function demoCalendar(db: Db): { cal: HolidayCalendar; settings: DeadlineSettings } {
  const years = new Set([2023, ...selectYearNumbers(db)]);
  return { cal: createHolidayCalendar(years, selectAllHolidays(db)), settings: loadDeadlineSettings(db) };
}

/** Books hearing slots so that no team and no accused person is in two places at once. */
export class SlotBook {
  private readonly used = new Set<string>();
  private readonly cal: HolidayCalendar;

  constructor(cal: HolidayCalendar) {
    this.cal = cal;
  }

  /** The first free slot on or after `day` (a working day) for the team and the accused's NIP. */
  book(team: DemoTeam, nip: string, day: string): { day: string; slot: (typeof SLOTS)[number] } {
    for (let d = workdayOnOrAfter(day, this.cal); ; d = addWorkdays(d, 1, this.cal)) {
      for (let s = 0; s < SLOTS.length; s++) {
        const teamKey = `t${team.index}|${d}|${s}`;
        const personKey = `p${nip}|${d}|${s}`;
        if (this.used.has(teamKey) || this.used.has(personKey)) continue;
        this.used.add(teamKey);
        this.used.add(personKey);
        return { day: d, slot: SLOTS[s]! };
      }
    }
  }
}
