/**
 * NIP (Nomor Induk Pegawai) checks for the two 18-digit layouts (domain.md section 1):
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

/** Problem keys are i18n keys under `nip.*` so renderer and main word them identically. */
export type NipProblem =
  | 'nip.notDigits'
  | 'nip.length'
  | 'nip.birthDate'
  | 'nip.appointment'
  | 'nip.appointmentBeforeAdult'
  | 'nip.sex'
  | 'nip.serial';

export type NipResult = { ok: true; info: NipInfo } | { ok: false; problem: NipProblem };

const MIN_BIRTH_YEAR = 1930;
const MIN_AGE_AT_APPOINTMENT = 15;

function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= last;
}

/** Parses and checks an NIP; `today` bounds plausible years. */
export function parseNip(raw: string, today: Date = new Date()): NipResult {
  const nip = raw.replace(/\s+/g, '');
  if (!/^\d*$/.test(nip)) return { ok: false, problem: 'nip.notDigits' };
  if (nip.length !== 18) return { ok: false, problem: 'nip.length' };
  const thisYear = today.getUTCFullYear();
  const by = Number(nip.slice(0, 4));
  const bm = Number(nip.slice(4, 6));
  const bd = Number(nip.slice(6, 8));
  if (by < MIN_BIRTH_YEAR || by > thisYear || !isValidDate(by, bm, bd)) {
    return { ok: false, problem: 'nip.birthDate' };
  }
  const appointmentYear = Number(nip.slice(8, 12));
  const middle = nip.slice(12, 14);
  const isPppk = /^2[1-9]$/.test(middle);
  const kind: NipKind = isPppk ? 'PPPK' : 'PNS';
  if (!isPppk) {
    const am = Number(middle);
    if (am < 1 || am > 12 || appointmentYear > thisYear) return { ok: false, problem: 'nip.appointment' };
  } else if (appointmentYear > thisYear) {
    return { ok: false, problem: 'nip.appointment' };
  }
  if (appointmentYear - by < MIN_AGE_AT_APPOINTMENT) return { ok: false, problem: 'nip.appointmentBeforeAdult' };
  const sexDigit = nip[14];
  if (sexDigit !== '1' && sexDigit !== '2') return { ok: false, problem: 'nip.sex' };
  const serial = nip.slice(15);
  if (serial === '000') return { ok: false, problem: 'nip.serial' };
  return {
    ok: true,
    info: {
      kind,
      birthDate: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
      appointment: isPppk ? nip.slice(8, 12) : `${nip.slice(8, 12)}-${middle}`,
      sex: sexDigit === '1' ? 'L' : 'P',
      serial,
    },
  };
}

/** Groups an NIP the way it is printed on letters: 19860926 201505 1 001. */
export function formatNip(nip: string): string {
  const n = nip.replace(/\s+/g, '');
  if (n.length !== 18) return nip;
  const pppk = /^2[1-9]$/.test(n.slice(12, 14));
  return pppk
    ? `${n.slice(0, 8)} ${n.slice(8, 12)} ${n.slice(12, 14)} ${n.slice(14, 15)} ${n.slice(15)}`
    : `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`;
}
