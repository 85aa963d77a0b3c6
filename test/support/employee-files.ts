/**
 * Realistic fictional employee registers for import tests and the benchmark: valid,
 * unique NIPs of both layouts, Indonesian names, grades, posts and OPDs. The same seed
 * gives the same file.
 */
import ExcelJS from 'exceljs';

const FIRST = ['Budi', 'Siti', 'Agus', 'Dewi', 'Rudi', 'Sri', 'Andi', 'Nur', 'Eko', 'Rina', 'Joko', 'Wati', 'Hendra', 'Yuli', 'Bambang', 'Ratna', 'Dedi', 'Fitri', 'Ahmad', 'Lestari'];
const LAST = ['Santoso', 'Aminah', 'Wijaya', 'Lestari', 'Hidayat', 'Rahayu', 'Saputra', 'Kurniawan', 'Handayani', 'Pratama', 'Susanti', 'Nugroho', 'Siregar', 'Harahap', 'Simanjuntak'];
export const DEMO_OPDS = [
  'Dinas Pendidikan dan Kebudayaan',
  'Dinas Kesehatan',
  'Badan Kepegawaian dan Pengembangan SDM',
  'Sekretariat Daerah',
  'Dinas Pekerjaan Umum dan Penataan Ruang',
  'Badan Perencanaan Pembangunan Daerah',
  'Dinas Sosial',
  'Kecamatan Sukamaju',
  'RSUD Kabupaten',
  'Inspektorat Daerah',
];
const JABATAN = ['Guru Ahli Pertama', 'Perawat Terampil', 'Analis Kebijakan Ahli Muda', 'Kepala Seksi Pelayanan', 'Pengadministrasi Umum', 'Camat', 'Bidan Ahli Pertama', 'Pranata Komputer'];
const GOL = ['II/a', 'II/c', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b'];
const PANGKAT: Record<string, string> = { 'II/a': 'Pengatur Muda', 'II/c': 'Pengatur', 'III/a': 'Penata Muda', 'III/b': 'Penata Muda Tingkat I', 'III/c': 'Penata', 'III/d': 'Penata Tingkat I', 'IV/a': 'Pembina', 'IV/b': 'Pembina Tingkat I' };

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface EmployeeRecord {
  nip: string;
  name: string;
  type: 'PNS' | 'PPPK';
  pangkatGolongan: string;
  jabatan: string;
  unitKerja: string;
  opd: string;
}

/** `count` distinct valid employees (about one in five PPPK). */
export function makeEmployees(count: number, seed = 1): EmployeeRecord[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const p2 = (n: number) => String(n).padStart(2, '0');
  const seen = new Set<string>();
  const out: EmployeeRecord[] = [];
  while (out.length < count) {
    const by = 1965 + Math.floor(r() * 34);
    const birth = `${by}${p2(1 + Math.floor(r() * 12))}${p2(1 + Math.floor(r() * 28))}`;
    const ay = Math.min(2023, by + 20 + Math.floor(r() * 10));
    const pppk = r() < 0.2;
    const sex = r() < 0.5 ? '1' : '2';
    const serial = String(1 + Math.floor(r() * 999)).padStart(3, '0');
    const nip = pppk ? `${birth}${Math.max(ay, 2021)}2${1 + Math.floor(r() * 3)}${sex}${serial}` : `${birth}${ay}${p2(1 + Math.floor(r() * 12))}${sex}${serial}`;
    if (seen.has(nip)) continue;
    seen.add(nip);
    const g = pick(GOL);
    out.push({
      nip,
      name: `${pick(FIRST)} ${pick(LAST)}`,
      type: pppk ? 'PPPK' : 'PNS',
      pangkatGolongan: pppk ? pick(['VII', 'IX', 'X']) : `${PANGKAT[g]}, ${g}`,
      jabatan: pick(JABATAN),
      unitKerja: `Bidang ${pick(['Umum', 'Pelayanan', 'Program', 'Keuangan'])}`,
      opd: pick(DEMO_OPDS),
    });
  }
  return out;
}

const HEADERS = ['NIP', 'Nama', 'Jenis Kepegawaian', 'Pangkat/Golongan', 'Jabatan', 'Unit Kerja', 'Perangkat Daerah'];

function csvCell(v: string, sep: string): string {
  return v.includes(sep) || v.includes('"') || v.includes('\n') ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The register as CSV text (semicolon-separated by default, as Indonesian Excel writes it). */
export function employeesCsv(list: EmployeeRecord[], sep = ';'): string {
  const lines = [HEADERS.join(sep)];
  for (const e of list) lines.push([e.nip, e.name, e.type, e.pangkatGolongan, e.jabatan, e.unitKerja, e.opd].map((v) => csvCell(v, sep)).join(sep));
  return `${lines.join('\r\n')}\r\n`;
}

/** An XLSX workbook built row by row; cells are written as given (strings stay text). */
export async function xlsxBytes(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pegawai');
  for (const row of rows) ws.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const EMPLOYEE_HEADERS = HEADERS;
