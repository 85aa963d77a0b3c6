import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNip, parseNip } from '../../shared/nip.ts';
import { personIdProblem } from '../../shared/employees/person-id.ts';
import { normalizeGolongan, pangkatForGolongan, splitPangkatGolongan } from '../../shared/employees/golongan.ts';
import { escapeSpreadsheetCell } from '../../shared/spreadsheet-cell.ts';
import { employeeInputSchema } from '../../shared/employees/schemas.ts';
import { accusedInputSchema } from '../../shared/cases/schemas.ts';

const today = new Date('2024-11-04T00:00:00Z');
const problem = (nip: string) => {
  const r = parseNip(nip, today);
  return r.ok ? 'ok' : r.problem;
};

describe('NIP layouts', () => {
  it('reads a PNS NIP: birth date, appointment month, sex, serial', () => {
    expect(parseNip('19860926 201505 1 001', today)).toEqual({
      ok: true,
      info: { kind: 'PNS', birthDate: '1986-09-26', appointment: '2015-05', sex: 'L', serial: '001' },
    });
  });

  it('reads a PPPK NIP: appointment year, "2" plus a digit 1-9, sex, serial', () => {
    expect(parseNip('198902252024211013', today)).toEqual({
      ok: true,
      info: { kind: 'PPPK', birthDate: '1989-02-25', appointment: '2024', sex: 'L', serial: '013' },
    });
    expect(parseNip('198902252023291013', today).ok).toBe(true);
  });

  it('names the digits that are wrong', () => {
    expect(problem('19860926201505100')).toBe('nip.length');
    expect(problem('1986092620150510011')).toBe('nip.length');
    expect(problem('19860926201505100A')).toBe('nip.notDigits');
    expect(problem('192009262015051001')).toBe('nip.birthYear');
    expect(problem('202609262015051001')).toBe('nip.birthYear');
    expect(problem('198613262015051001')).toBe('nip.birthMonth');
    expect(problem('198600262015051001')).toBe('nip.birthMonth');
    expect(problem('198602302015051001')).toBe('nip.birthDay');
    expect(problem('198702292015051001')).toBe('nip.birthDay'); // 1987 is not a leap year
    expect(problem('198802292015051001')).toBe('ok'); // 1988 is
    expect(problem('198609262015131001')).toBe('nip.appointmentMonth');
    expect(problem('198609262015001001')).toBe('nip.appointmentMonth');
    expect(problem('198609262015201001')).toBe('nip.appointmentMonth'); // "20" is neither a month nor PPPK
    expect(problem('198609262030051001')).toBe('nip.appointmentFuture');
    expect(problem('198902252030211013')).toBe('nip.appointmentFuture');
    expect(problem('198609261980051001')).toBe('nip.appointmentBeforeBirth');
    expect(problem('198609262003051001')).toBe('nip.appointmentBeforeAdult'); // 17 years
    expect(problem('198609262004051001')).toBe('ok'); // 18 years
    expect(problem('198609262015053001')).toBe('nip.sex');
    expect(problem('198609262015050001')).toBe('nip.sex');
    expect(problem('198609262015051000')).toBe('nip.serial');
  });

  it('accepts every well-formed PNS NIP and reads back what was put in', () => {
    const pnsNip = fc
      .record({
        y: fc.integer({ min: 1940, max: 2000 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 28 }),
        gap: fc.integer({ min: 18, max: 24 }),
        am: fc.integer({ min: 1, max: 12 }),
        sex: fc.constantFrom('1', '2'),
        serial: fc.integer({ min: 1, max: 999 }),
      })
      .filter((r) => r.y + r.gap <= 2024);
    fc.assert(
      fc.property(pnsNip, (r) => {
        const p2 = (n: number) => String(n).padStart(2, '0');
        const nip = `${r.y}${p2(r.m)}${p2(r.d)}${r.y + r.gap}${p2(r.am)}${r.sex}${String(r.serial).padStart(3, '0')}`;
        const parsed = parseNip(nip, today);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) {
          expect(parsed.info.kind).toBe('PNS');
          expect(parsed.info.birthDate).toBe(`${r.y}-${p2(r.m)}-${p2(r.d)}`);
          expect(parsed.info.appointment).toBe(`${r.y + r.gap}-${p2(r.am)}`);
        }
      }),
    );
  });

  it('prints both layouts grouped, and leaves other identifiers alone', () => {
    expect(formatNip('198609262015051001')).toBe('19860926 201505 1 001');
    expect(formatNip('198902252024211013')).toBe('19890225 2024 21 1 013');
    expect(formatNip('NIPTT-0042/2021')).toBe('NIPTT-0042/2021');
  });
});

describe('identifier by employment type', () => {
  const registry = { allowEmptyNonAsn: false, checkKind: true, today };
  it('refuses a NIP whose layout contradicts the employment type', () => {
    expect(personIdProblem('198902252024211013', 'PNS', registry)).toBe('nip.isPppk');
    expect(personIdProblem('198609262015051001', 'PPPK', registry)).toBe('nip.isPns');
    expect(personIdProblem('198609262015051001', 'PNS', registry)).toBeNull();
  });

  it('keys non-ASN staff by an office identifier, required in the registry but optional for an accused', () => {
    expect(personIdProblem('3201010101900001', 'NON_ASN', registry)).toBeNull();
    expect(personIdProblem('TK2D/045/2022', 'NON_ASN', registry)).toBeNull();
    expect(personIdProblem('', 'NON_ASN', registry)).toBe('validation.required');
    expect(personIdProblem('', 'NON_ASN', { ...registry, allowEmptyNonAsn: true })).toBeNull();
    expect(personIdProblem('ab', 'NON_ASN', registry)).toBe('nip.nonAsnFormat');
    expect(personIdProblem('=1+1', 'NON_ASN', registry)).toBe('nip.nonAsnFormat');
    expect(personIdProblem('', 'PNS', registry)).toBe('validation.required');
  });

  it('the registry form schema reports the NIP problem even when other fields fail too', () => {
    const r = employeeInputSchema.safeParse({ nip: '198902252024211013', name: '', employmentType: 'PNS' });
    expect(r.success).toBe(false);
    const byPath = Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
    expect(byPath).toMatchObject({ nip: 'nip.isPppk', name: 'validation.required' });
    const ok = employeeInputSchema.parse({ nip: '19860926 201505 1 001', name: 'Budi', employmentType: 'PNS', golongan: 'iii a' });
    expect(ok.nip).toBe('198609262015051001');
    expect(ok.golongan).toBe('III/a');
  });

  it('the case accused schema takes a non-ASN accused by office identifier instead of an NIP', () => {
    expect(accusedInputSchema.safeParse({ name: 'Honorer', nip: '3201010101900001', employmentType: 'NON_ASN' }).success).toBe(true);
    expect(accusedInputSchema.safeParse({ name: 'Honorer', nip: '', employmentType: 'NON_ASN' }).success).toBe(false);
    const pns = accusedInputSchema.safeParse({ name: 'Budi', nip: '', employmentType: 'PNS' });
    expect(pns.success).toBe(false);
  });
});

describe('golongan and pangkat', () => {
  it('normalises the common spellings and refuses non-grades', () => {
    for (const s of ['III/a', 'iii/a', 'III a', 'III-A', 'IIIa', '3/a', 'Gol. III/a']) expect(normalizeGolongan(s)).toBe('III/a');
    expect(normalizeGolongan('IV/e')).toBe('IV/e');
    expect(normalizeGolongan('IX')).toBe('IX');
    expect(normalizeGolongan('17')).toBe('XVII');
    expect(normalizeGolongan('')).toBe('');
    for (const s of ['III/e', 'V/a', 'XVIII', 'Penata', '=1+1']) expect(normalizeGolongan(s)).toBeNull();
  });

  it('splits combined Pangkat/Golongan cells and knows each PNS grade\'s pangkat', () => {
    expect(splitPangkatGolongan('Penata Muda, III/a')).toEqual({ pangkat: 'Penata Muda', golongan: 'III/a' });
    expect(splitPangkatGolongan('Penata Muda Tingkat I (III/b)')).toEqual({ pangkat: 'Penata Muda Tingkat I', golongan: 'III/b' });
    expect(splitPangkatGolongan('IV/b - Pembina Tingkat I')).toEqual({ pangkat: 'Pembina Tingkat I', golongan: 'IV/b' });
    expect(splitPangkatGolongan('III/c')).toEqual({ pangkat: 'Penata', golongan: 'III/c' });
    expect(splitPangkatGolongan('Pembina Utama Muda')).toEqual({ pangkat: 'Pembina Utama Muda', golongan: '' });
    expect(pangkatForGolongan('IV/c')).toBe('Pembina Utama Muda');
  });
});

describe('spreadsheet export escape', () => {
  it('keeps formula-looking text as text', () => {
    expect(escapeSpreadsheetCell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    for (const s of ['+1', '-1', '@SUM(A1)', '\t=1']) expect(escapeSpreadsheetCell(s).startsWith("'")).toBe(true);
    expect(escapeSpreadsheetCell('Budi Santoso')).toBe('Budi Santoso');
  });
});
