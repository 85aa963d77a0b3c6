/**
 * Who signs in the demo regency: each OPD gets a head (some acting, as Plt.) and a
 * secretary (the Administrator), employees get a position class from their post, and each
 * demo decision names the official the rule table picks, so the demo shows every signing
 * official that neutrality cases can have (head of OPD, Administrator, PPK; a Pengawas
 * decides only light sanctions, which no neutrality violation carries).
 */
import type { Db } from '../db/connection.ts';
import type { PositionClass } from '../../../shared/employees/position-class.ts';
import type { OpdHead } from '../../../shared/employees/schemas.ts';
import type { Signatory } from '../../../shared/letters/office-settings.ts';
import { resolvePybm } from '../../../shared/examination/pybm.ts';
import type { PybmOfficial } from '../../../shared/examination/pybm.ts';
import type { SanctionLevel } from '../../../shared/examination/sanctions.ts';
import { pybmTable } from '../examination/pybm-table.ts';
import { Prng } from './prng.ts';
import { writeOpdHead, writeOpdKop } from '../employees/opd-queries.ts';
import { FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES } from './demo-words.ts';
import type { EmploymentType } from '../../../shared/employees/employment-type.ts';

const BY_JABATAN: Record<string, PositionClass> = {
  'Guru Ahli Pertama': 'jf_ahli_pertama',
  'Guru Ahli Muda': 'jf_ahli_muda',
  'Kepala Sekolah': 'jf_ahli_muda',
  'Perawat Terampil': 'jf_terampil',
  'Bidan Ahli Pertama': 'jf_ahli_pertama',
  'Dokter Ahli Muda': 'jf_ahli_muda',
  'Analis Kebijakan': 'jf_ahli_madya',
  'Pengadministrasi Umum': 'pelaksana',
  'Kepala Seksi': 'pengawas',
  'Kepala Bidang': 'administrator',
  'Sekretaris Kecamatan': 'administrator',
  Camat: 'administrator',
  Lurah: 'pengawas',
  'Penyuluh Pertanian': 'jf_terampil',
  'Pranata Komputer': 'jf_ahli_pertama',
  'Auditor Ahli Pertama': 'jf_ahli_pertama',
  Bendahara: 'pelaksana',
  'Pengelola Keuangan': 'pelaksana',
  'Kepala Subbagian Umum': 'pengawas',
  'Penata Laporan Keuangan': 'pelaksana',
};

/** The position class a demo employee's post implies (PPPK are their own class; non-ASN have none). */
export function demoPositionClass(type: EmploymentType, jabatan: string): PositionClass | null {
  if (type === 'NON_ASN') return null;
  if (type === 'PPPK') return 'pppk';
  return BY_JABATAN[jabatan] ?? 'pelaksana';
}

const REGENCY = 'KABUPATEN SUKAMAJU';

/** The head's printed title: 'KEPALA DINAS PENDIDIKAN KABUPATEN SUKAMAJU', 'CAMAT CIKALONG', 'SEKRETARIS DAERAH ...'. */
function headTitle(opd: string): string {
  const up = opd.toUpperCase();
  if (up.startsWith('KECAMATAN ')) return `CAMAT ${up.slice('KECAMATAN '.length)}`;
  if (up === 'SEKRETARIAT DAERAH') return `SEKRETARIS DAERAH ${REGENCY}`;
  if (up === 'SEKRETARIAT DPRD') return `SEKRETARIS DPRD ${REGENCY}`;
  if (up === 'INSPEKTORAT') return `INSPEKTUR ${REGENCY}`;
  if (up.startsWith('RSUD')) return `DIREKTUR ${up}`;
  return `KEPALA ${up} ${REGENCY}`;
}

/** The Administrator under the head: the OPD's secretary. */
function secretaryTitle(opd: string): string {
  const up = opd.toUpperCase();
  if (up.startsWith('KECAMATAN ')) return `SEKRETARIS ${up}`;
  if (up.startsWith('SEKRETARIAT') || up === 'INSPEKTORAT' || up.startsWith('RSUD')) return `KEPALA BAGIAN UMUM ${up} ${REGENCY}`;
  return `SEKRETARIS ${up} ${REGENCY}`;
}

function nipFor(r: Prng, birthYear: number, sex: 1 | 2): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const birth = `${birthYear}${pad(r.int(1, 12), 2)}${pad(r.int(1, 28), 2)}`;
  return `${birth}${birthYear + r.int(24, 28)}${pad(r.int(1, 12), 2)}${sex}${pad(r.int(1, 99), 3)}`;
}

function official(r: Prng, title: string, prefix: Signatory['prefix'], pangkat: string): Signatory {
  const sex = r.chance(0.6) ? 1 : 2;
  const name = `${r.pick(sex === 1 ? MALE_NAMES : FEMALE_NAMES)} ${r.pick(FAMILY_NAMES)}`.toUpperCase();
  return { title, prefix, name, pangkat, nip: nipFor(r, r.int(1966, 1978), sex) };
}

/** Writes a head (every seventh an acting Plt.) and a letterhead address for each OPD; returns heads and secretaries by OPD id. */
export function writeDemoOpdHeads(db: Db, seed: string, opds: readonly { id: number; name: string }[]): Map<number, { head: OpdHead; secretary: Signatory }> {
  const r = new Prng(`${seed}/signers`);
  const out = new Map<number, { head: OpdHead; secretary: Signatory }>();
  opds.forEach((o, i) => {
    const head = official(r, headTitle(o.name), i % 7 === 3 ? 'Plt.' : '', 'Pembina Utama Muda');
    const secretary = official(r, secretaryTitle(o.name), '', 'Pembina');
    // A fictional kop: a summons its officials sign as direct superiors is headed with it.
    writeOpdHead(db, o.id, head);
    writeOpdKop(db, o.id, { address: `Jalan Contoh Nomor ${i + 2}, Kota Contoh 00000`, phone: `(0000) ${String(100000 + i).slice(-6)}`, email: `opd${i + 1}@contoh.go.id` });
    out.set(o.id, { head, secretary });
  });
  return out;
}

/** Who decides a demo decision and who signs it, as the decision service would record it. */
export function demoDecider(
  signers: ReadonlyMap<number, { head: OpdHead; secretary: Signatory }>,
  ppk: Signatory,
  a: { positionClass: PositionClass | null; opdId: number },
  level: SanctionLevel | null,
  sanctionCode: string,
): { official: PybmOfficial; rule: string; signatory: Signatory } | null {
  if (level === null) return { official: 'ppk', rule: 'PP 42/2004 Pasal 15', signatory: ppk };
  const r = resolvePybm(pybmTable(), { positionClass: a.positionClass, level, sanctionCode });
  if (!r.ok || r.official === 'presiden') return null;
  const unit = signers.get(a.opdId);
  const signatory = r.official === 'kepala_opd' ? unit?.head : r.official === 'administrator' ? unit?.secretary : r.official === 'ppk' ? ppk : undefined;
  if (!signatory) return null;
  return { official: r.official, rule: `${r.tableVersion}#${r.row.id}`, signatory };
}
