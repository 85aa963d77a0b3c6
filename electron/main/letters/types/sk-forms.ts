/**
 * The sanction-specific wording of an SK Hukuman Disiplin, one entry per PP 94/2021
 * sanction (Pasal 8 ayat (2)-(4)) and a generic one for other catalogues (PP 53/2010).
 * sk.ts lays the decision out; this file only says what each form decides.
 */
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

/**
 * The sanction runs from the day the decision takes effect, which depends on the day the
 * SK is received: no calendar date is printed here, the delivery record computes it.
 */
const PERIOD = 'terhitung sejak tanggal Keputusan ini mulai berlaku';

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
        effect: `Pemotongan tunjangan kinerja sebesar 25% (dua puluh lima persen) selama ${monthsText(months)} ${PERIOD}.${amounts}`,
      };
    }
    case 'penurunan_jabatan':
      return {
        heading: 'PENURUNAN JABATAN SETINGKAT LEBIH RENDAH SELAMA 12 (DUA BELAS) BULAN',
        article: `${berat} huruf a`,
        effect: `Yang bersangkutan diturunkan jabatannya setingkat lebih rendah selama 12 (dua belas) bulan ${PERIOD}, dan setelah masa hukuman berakhir dapat diangkat kembali sesuai ketentuan peraturan perundang-undangan.`,
      };
    case 'pembebasan_jabatan':
      return {
        heading: 'PEMBEBASAN DARI JABATANNYA MENJADI JABATAN PELAKSANA SELAMA 12 (DUA BELAS) BULAN',
        article: `${berat} huruf b`,
        effect: `Yang bersangkutan dibebaskan dari jabatannya menjadi jabatan pelaksana selama 12 (dua belas) bulan ${PERIOD}, dan selama menjalani hukuman tidak diberikan tunjangan jabatan.`,
      };
    case 'pdhtaps':
      // A PPPK is never dismissed "sebagai Pegawai Negeri Sipil": the contract is terminated (PP 49/2018 Pasal 52 ayat (3)).
      if (input.accused.employmentType === 'PPPK') {
        return {
          heading: 'PEMUTUSAN HUBUNGAN PERJANJIAN KERJA SEBAGAI PEGAWAI PEMERINTAH DENGAN PERJANJIAN KERJA',
          article: `${berat} huruf c juncto Peraturan Pemerintah Nomor 49 Tahun 2018 Pasal 52 ayat (3)`,
          effect:
            `Kepada yang bersangkutan dilakukan pemutusan hubungan perjanjian kerja sebagai Pegawai Pemerintah dengan Perjanjian Kerja ${PERIOD}, ` +
            'dan kepadanya diberikan hak-hak sesuai dengan perjanjian kerja dan ketentuan peraturan perundang-undangan.',
        };
      }
      return {
        heading: 'PEMBERHENTIAN DENGAN HORMAT TIDAK ATAS PERMINTAAN SENDIRI SEBAGAI PEGAWAI NEGERI SIPIL',
        article: `${berat} huruf c`,
        effect:
          `Yang bersangkutan diberhentikan dengan hormat tidak atas permintaan sendiri sebagai Pegawai Negeri Sipil ${PERIOD}, ` +
          'dan kepadanya diberikan hak-hak kepegawaian sesuai dengan ketentuan peraturan perundang-undangan.',
      };
    case 'lainnya':
      return {
        heading: input.sanction.title.toUpperCase(),
        article: 'ketentuan peraturan perundang-undangan di bidang disiplin pegawai',
        effect: `Hukuman disiplin berupa ${input.sanction.title} berlaku ${PERIOD}. ${RECORDED}`,
      };
  }
}

/**
 * KETIGA's remedy (PP 79/2021): dismissal goes to BPASN (banding administratif); anything
 * else is a keberatan to the body `input.appeal` names for the deciding official.
 */
export function appealText(input: SkInput): string {
  const within = `dalam jangka waktu paling lama ${input.appealWithinWorkdays} (${terbilang(input.appealWithinWorkdays)}) hari kerja setelah Keputusan ini diterima`;
  return input.appeal.kind === 'banding'
    ? `Yang bersangkutan dapat mengajukan banding administratif kepada ${input.appeal.body} ${within}.`
    : `Yang bersangkutan dapat mengajukan keberatan kepada ${input.appeal.body} ${within}.`;
}

/** KETIGA's effect clause: the day the decision takes effect, counted from its receipt. */
export function effectText(input: SkInput): string {
  const n = input.effectiveAfterDays;
  return `Keputusan ini mulai berlaku pada hari ke-${n} (${terbilang(n)}) terhitung sejak tanggal diterima oleh yang bersangkutan.`;
}

/** KEEMPAT's delivery period, from the office setting (calendar or working days). */
export function deliveryText(input: SkInput): string {
  const { value, unit } = input.deliveryWithin;
  return `Keputusan ini disampaikan kepada yang bersangkutan untuk diketahui dan dilaksanakan sebagaimana mestinya, paling lama ${value} (${terbilang(value)}) ${unit === 'days' ? 'hari' : 'hari kerja'} sejak ditetapkan.`;
}
