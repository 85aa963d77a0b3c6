/**
 * NIP (Nomor Induk Pegawai) checks for the two 18-digit layouts:
 *   PNS : birth YYYYMMDD + first appointment YYYYMM + sex (1|2) + serial NNN
 *   PPPK: birth YYYYMMDD + appointment year YYYY + "2" + digit 1-9 + sex (1|2) + serial NNN
 * NIPs are text end to end: a number would lose leading zeros and precision.
 */
export type NipKind = 'PNS' | 'PPPK';

export interface NipInfo {
  kind: NipKind;
  birthDate: string; // ISO YYYY-MM-DD
  appointment: string; // YYYY-MM for PNS, YYYY for PPPK
  sex: 'L' | 'P';
  serial: string;
}

/**
 * Problem keys are i18n keys under `nip.*` so renderer and main word them identically.
 * Each names the digits at fault, so a clerk knows what to correct.
 */
export type NipProblem =
  | 'nip.notDigits'
  | 'nip.length'
  | 'nip.birthYear'
  | 'nip.birthMonth'
  | 'nip.birthDay'
  | 'nip.appointmentMonth'
  | 'nip.appointmentFuture'
  | 'nip.appointmentBeforeBirth'
  | 'nip.appointmentBeforeAdult'
  | 'nip.sex'
  | 'nip.serial';

export type NipResult = { ok: true; info: NipInfo } | { ok: false; problem: NipProblem };

const MIN_BIRTH_YEAR = 1930;
/** The minimum age for appointment as ASN (UU ASN; PP 11/2017 Pasal 23) is 18. */
export const MIN_AGE_AT_APPOINTMENT = 18;

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** True when digits 13-14 follow the PPPK pattern ("2" then 1-9), which no PNS month can. */
function isPppkMiddle(middle: string): boolean {
  return /^2[1-9]$/.test(middle);
}

/** NIPs and identifiers are compared without spaces ("19860926 201505 1 001" is the same NIP). */
export function normalizePersonId(raw: string): string {
  return raw.replace(/\s+/g, '');
}

/** Parses and checks an NIP (spaces ignored); `today` bounds plausible years. */
export function parseNip(raw: string, today: Date = new Date()): NipResult {
  const nip = normalizePersonId(raw);
  const fail = (problem: NipProblem): NipResult => ({ ok: false, problem });
  if (!/^\d*$/.test(nip)) return fail('nip.notDigits');
  if (nip.length !== 18) return fail('nip.length');
  const thisYear = today.getUTCFullYear();
  const by = Number(nip.slice(0, 4));
  const bm = Number(nip.slice(4, 6));
  const bd = Number(nip.slice(6, 8));
  if (by < MIN_BIRTH_YEAR || by > thisYear) return fail('nip.birthYear');
  if (bm < 1 || bm > 12) return fail('nip.birthMonth');
  if (bd < 1 || bd > daysInMonth(by, bm)) return fail('nip.birthDay');
  const appointmentYear = Number(nip.slice(8, 12));
  const middle = nip.slice(12, 14);
  const isPppk = isPppkMiddle(middle);
  if (!isPppk) {
    const am = Number(middle);
    if (am < 1 || am > 12) return fail('nip.appointmentMonth');
  }
  if (appointmentYear > thisYear) return fail('nip.appointmentFuture');
  if (appointmentYear < by) return fail('nip.appointmentBeforeBirth');
  if (appointmentYear - by < MIN_AGE_AT_APPOINTMENT) return fail('nip.appointmentBeforeAdult');
  const sexDigit = nip[14];
  if (sexDigit !== '1' && sexDigit !== '2') return fail('nip.sex');
  const serial = nip.slice(15);
  if (serial === '000') return fail('nip.serial');
  return {
    ok: true,
    info: {
      kind: isPppk ? 'PPPK' : 'PNS',
      birthDate: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
      appointment: isPppk ? nip.slice(8, 12) : `${nip.slice(8, 12)}-${middle}`,
      sex: sexDigit === '1' ? 'L' : 'P',
      serial,
    },
  };
}

/** Groups an NIP the way it is printed on letters: 19860926 201505 1 001. */
export function formatNip(nip: string): string {
  const n = normalizePersonId(nip);
  if (!/^\d{18}$/.test(n)) return nip;
  return isPppkMiddle(n.slice(12, 14))
    ? `${n.slice(0, 8)} ${n.slice(8, 12)} ${n.slice(12, 14)} ${n.slice(14, 15)} ${n.slice(15)}`
    : `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`;
}
