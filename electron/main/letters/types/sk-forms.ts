/**
 * The sanction-specific wording of an SK Hukuman Disiplin, one entry per PP 94/2021
 * sanction (Pasal 8 ayat (2)-(4)) and a generic one for other catalogues (PP 53/2010).
 * sk.ts lays the decision out; this file only says what each form decides.
 */
import { formatDate } from '../../../../shared/indonesian/dates.ts';
import { terbilang } from '../../../../shared/indonesian/terbilang.ts';
import type { SanctionForm, SkInput } from '../../../../shared/letters/inputs.ts';

export interface SkWording {
  /** After "PENJATUHAN HUKUMAN DISIPLIN": 'TEGURAN TERTULIS'. */
  heading: string;
  /** The article of PP 94/2021 that names the sanction. */
  article: string;
  /** KEDUA: what the sanction means in practice. */
  effect: string;
}

/** '6 (enam) bulan'. */
export function monthsText(n: number): string {
  return `${n} (${terbilang(n)}) bulan`;
}

/** 'Rp1.250.000,00 (satu juta dua ratus lima puluh ribu rupiah)'. */
export function rupiah(n: number): string {
  const whole = Math.round(n);
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `Rp${grouped},00 (${terbilang(whole)} rupiah)`;
}

function period(input: SkInput): string {
  const end = input.endDate ? ` sampai dengan tanggal ${formatDate(input.endDate)}` : '';
  return `terhitung mulai tanggal ${formatDate(input.effectiveDate)}${end}`;
}

const ringan = 'Peraturan Pemerintah Nomor 94 Tahun 2021 Pasal 8 ayat (2)';
const sedang = 'Peraturan Pemerintah Nomor 94 Tahun 2021 Pasal 8 ayat (3)';
const berat = 'Peraturan Pemerintah Nomor 94 Tahun 2021 Pasal 8 ayat (4)';

const RECORDED = 'Hukuman disiplin ini dicatat dalam data kepegawaian yang bersangkutan dan menjadi bahan pembinaan lebih lanjut.';

/** Wording for one sanction form. */
export function skWording(form: SanctionForm, input: SkInput): SkWording {
  const months = input.sanction.durationMonths ?? 12;
  switch (form) {
    case 'teguran_lisan':
      return { heading: 'TEGURAN LISAN', article: `${ringan} huruf a`, effect: `Teguran lisan disampaikan secara langsung kepada yang bersangkutan. ${RECORDED}` };
    case 'teguran_tertulis':
      return { heading: 'TEGURAN TERTULIS', article: `${ringan} huruf b`, effect: RECORDED };
    case 'pernyataan_tidak_puas':
      return { heading: 'PERNYATAAN TIDAK PUAS SECARA TERTULIS', article: `${ringan} huruf c`, effect: RECORDED };
    case 'potongan_tukin': {
      const letter = months === 6 ? 'a' : months === 9 ? 'b' : 'c';
      const amounts = input.allowanceMonthly
        ? ` Tunjangan kinerja yang bersangkutan sebelum pemotongan sebesar ${rupiah(input.allowanceMonthly)} per bulan ` +
          `dan setelah pemotongan sebesar ${rupiah(input.allowanceMonthly * 0.75)} per bulan.`
        : '';
      return {
        heading: `PEMOTONGAN TUNJANGAN KINERJA SEBESAR 25% (DUA PULUH LIMA PERSEN) SELAMA ${monthsText(months).toUpperCase()}`,
        article: `${sedang} huruf ${letter}`,
        effect: `Pemotongan tunjangan kinerja sebesar 25% (dua puluh lima persen) selama ${monthsText(months)} ${period(input)}.${amounts}`,
      };
    }
    case 'penurunan_jabatan':
      return {
        heading: 'PENURUNAN JABATAN SETINGKAT LEBIH RENDAH SELAMA 12 (DUA BELAS) BULAN',
        article: `${berat} huruf a`,
        effect: `Yang bersangkutan diturunkan jabatannya setingkat lebih rendah selama 12 (dua belas) bulan ${period(input)}, dan setelah masa hukuman berakhir dapat diangkat kembali sesuai ketentuan peraturan perundang-undangan.`,
      };
    case 'pembebasan_jabatan':
      return {
        heading: 'PEMBEBASAN DARI JABATANNYA MENJADI JABATAN PELAKSANA SELAMA 12 (DUA BELAS) BULAN',
        article: `${berat} huruf b`,
        effect: `Yang bersangkutan dibebaskan dari jabatannya menjadi jabatan pelaksana selama 12 (dua belas) bulan ${period(input)}, dan selama menjalani hukuman tidak diberikan tunjangan jabatan.`,
      };
    case 'pdhtaps':
      // A PPPK is never dismissed "sebagai Pegawai Negeri Sipil": the contract is terminated (PP 49/2018 Pasal 52 ayat (3)).
      if (input.accused.employmentType === 'PPPK') {
        return {
          heading: 'PEMUTUSAN HUBUNGAN PERJANJIAN KERJA SEBAGAI PEGAWAI PEMERINTAH DENGAN PERJANJIAN KERJA',
          article: `${berat} huruf c juncto Peraturan Pemerintah Nomor 49 Tahun 2018 Pasal 52 ayat (3)`,
          effect:
            `Kepada yang bersangkutan dilakukan pemutusan hubungan perjanjian kerja sebagai Pegawai Pemerintah dengan Perjanjian Kerja ${period(input)}, ` +
            'dan kepadanya diberikan hak-hak sesuai dengan perjanjian kerja dan ketentuan peraturan perundang-undangan.',
        };
      }
      return {
        heading: 'PEMBERHENTIAN DENGAN HORMAT TIDAK ATAS PERMINTAAN SENDIRI SEBAGAI PEGAWAI NEGERI SIPIL',
        article: `${berat} huruf c`,
        effect:
          `Yang bersangkutan diberhentikan dengan hormat tidak atas permintaan sendiri sebagai Pegawai Negeri Sipil ${period(input)}, ` +
          'dan kepadanya diberikan hak-hak kepegawaian sesuai dengan ketentuan peraturan perundang-undangan.',
      };
    case 'lainnya':
      return {
        heading: input.sanction.title.toUpperCase(),
        article: 'ketentuan peraturan perundang-undangan di bidang disiplin pegawai',
        effect: `Hukuman disiplin berupa ${input.sanction.title} berlaku ${period(input)}. ${RECORDED}`,
      };
  }
}

/** KETIGA's remedy: dismissal goes to BPASN (banding administratif), everything else is keberatan (PP 79/2021). */
export function appealText(form: SanctionForm): string {
  return form === 'pdhtaps'
    ? 'Yang bersangkutan dapat mengajukan banding administratif kepada Badan Pertimbangan Aparatur Sipil Negara dalam jangka waktu paling lama 14 (empat belas) hari kerja setelah keputusan ini diterima.'
    : 'Yang bersangkutan dapat mengajukan keberatan kepada atasan pejabat yang berwenang menghukum dalam jangka waktu paling lama 14 (empat belas) hari kerja setelah keputusan ini diterima.';
}
