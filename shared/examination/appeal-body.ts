/**
 * Where an employee appeals a disciplinary decision (PP 79/2021 on administrative
 * appeals): against dismissal of a PNS or termination of a PPPK contract, banding
 * administratif to the Badan Pertimbangan ASN (BPASN), decided within 65 working days;
 * against any other sanction, keberatan to the superior of the official who decided it,
 * and when the PPK itself decided, to the PPK, who answers within 21 working days.
 */
import type { PybmOfficial } from './pybm.ts';
import type { AppealKind } from './types.ts';

export const BPASN = 'Badan Pertimbangan Aparatur Sipil Negara';

/** 'BUPATI CONTOH' -> 'Bupati Contoh'. */
function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s(/-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * The kind of appeal and the body it goes to, as printed in the SK and proposed when an
 * appeal is recorded. `dismissal` is true for PDHTAPS (a PNS) and contract termination (a PPPK).
 */
export function appealBody(p: { dismissal: boolean; official: PybmOfficial | null; ppkTitle: string }): { kind: AppealKind; body: string } {
  if (p.dismissal) return { kind: 'banding', body: BPASN };
  const ppk = `${titleCase(p.ppkTitle)} selaku Pejabat Pembina Kepegawaian`;
  switch (p.official) {
    case 'pengawas':
      return { kind: 'keberatan', body: 'pejabat administrator selaku atasan Pejabat yang Berwenang Menghukum' };
    case 'administrator':
      return { kind: 'keberatan', body: 'kepala perangkat daerah selaku atasan Pejabat yang Berwenang Menghukum' };
    // Decisions recorded before the rule table (null) were the PPK's.
    case 'kepala_opd':
    case 'ppk':
    case null:
      return { kind: 'keberatan', body: ppk };
    case 'presiden':
      return { kind: 'banding', body: BPASN };
  }
}

/** The answer deadline rule of an appeal: the PPK's 21 working days or BPASN's 65. */
export function answerRule(kind: AppealKind): 'objectionAnswer' | 'bpasnDecision' {
  return kind === 'banding' ? 'bpasnDecision' : 'objectionAnswer';
}
