/** Fictional inputs for every letter type, shaped like what the adapters build from a case. */
import type {
  DeliveryInput,
  EndNoticeInput,
  BapInput,
  ExaminerInput,
  LetterMeta,
  LhpInput,
  MoralInput,
  OrderInput,
  PersonInput,
  ReleaseInput,
  SkInput,
  SummaryInput,
  SummonsInput,
  ViolationInput,
} from '../../shared/letters/inputs.ts';
import { BASE_REGULATIONS } from '../../shared/letters/regulations.ts';

export const ACCUSED: PersonInput = {
  name: 'Budi Santoso',
  nip: '198609262015051001',
  employmentType: 'PNS',
  pangkat: 'Penata Muda (III/a)',
  jabatan: 'Guru Ahli Pertama',
  unitKerja: 'SD Negeri 1 Contoh',
};

export const TEAM: ExaminerInput[] = [
  { role: 'chair', name: 'Dra. Rina Wulandari', nip: '197203151998032004', pangkat: 'Pembina Tk. I (IV/b)', jabatan: 'Inspektur Pembantu Wilayah I', unitKerja: 'Inspektorat' },
  { role: 'member', name: 'Agus Prasetyo, S.H.', nip: '198001012005011002', pangkat: 'Penata Tk. I (III/d)', jabatan: 'Analis SDM Aparatur', unitKerja: 'BKPSDM' },
  { role: 'secretary', name: 'Dewi Lestari, S.E.', nip: '199005052019032011', pangkat: 'Penata Muda Tk. I (III/b)', jabatan: 'Auditor Ahli Pertama', unitKerja: 'Inspektorat' },
];

export const VIOLATIONS: ViolationInput[] = [
  { title: 'Ikut kampanye dengan menggunakan fasilitas negara', legalBasis: 'PP 94/2021 Pasal 5 huruf n angka 4' },
];

export const META_DRAFT: LetterMeta = { number: null, date: '2024-11-04', qr: null };
export const META_ISSUED: LetterMeta = {
  number: '800/12/SP-I/INSP/2024',
  date: '2024-11-04',
  qr: 'SIPENA1|800/12/SP-I/INSP/2024|2024-11-04|0123456789abcdef',
};

export function summonsInput(no: 1 | 2 = 1): SummonsInput {
  return {
    registerNo: 'REG/0001/INSP/2024',
    summonsNo: no,
    accused: ACCUSED,
    examiner: TEAM[0]!,
    hearing: { date: '2024-11-18', time: '09:00', place: 'Ruang Rapat Inspektorat Kabupaten Contoh' },
    violations: VIOLATIONS,
    ...(no === 2 ? { previousSummons: { number: '800/12/SP-I/INSP/2024', date: '2024-11-04' }, missedDate: '2024-11-18' } : {}),
  };
}

export function orderInput(): OrderInput {
  return {
    registerNo: 'REG/0001/INSP/2024',
    basis: [...BASE_REGULATIONS, 'Rekomendasi Bawaslu Kabupaten Contoh Nomor 012/Rek/Bawaslu-Kab/XI/2024'],
    accused: [ACCUSED],
    team: TEAM,
    violations: VIOLATIONS,
    reportWithinDays: 30,
  };
}

export function bapInput(qaCount = 6): BapInput {
  return {
    registerNo: 'REG/0001/INSP/2024',
    date: '2024-11-04',
    time: '09:30',
    place: 'Ruang Rapat Inspektorat Kabupaten Contoh',
    examiners: TEAM,
    orderRef: { number: '800/3/SPT/INSP/2024', date: '2024-10-28' },
    examinee: ACCUSED,
    violations: VIOLATIONS,
    qa: Array.from({ length: qaCount }, (_, i) => ({
      no: i + 1,
      question: `Pertanyaan nomor ${i + 1}: apakah Saudara menggunakan kendaraan dinas pada tanggal 20 Oktober 2024 untuk menghadiri kegiatan kampanye?`,
      answer: `Jawaban nomor ${i + 1}: saya menggunakan kendaraan tersebut karena diminta oleh rekan, dan saya tidak mengetahui bahwa hal itu dilarang.`,
    })),
    refusedToSign: false,
    refusalNote: null,
  };
}

export function lhpInput(): LhpInput {
  return {
    registerNo: 'REG/0001/INSP/2024',
    orderRef: { number: '800/3/SPT/INSP/2024', date: '2024-10-28' },
    accused: ACCUSED,
    team: TEAM,
    violations: VIOLATIONS,
    examinationDates: ['2024-11-04'],
    findings: {
      violationForm: 'Menggunakan mobil dinas untuk menghadiri kampanye pasangan calon',
      violationTime: 'Minggu, 20 Oktober 2024',
      violationPlace: 'Lapangan Desa Sukamaju',
      aggravating: 'Dilakukan pada jam kerja',
      mitigating: 'Mengakui perbuatannya dan bersikap kooperatif',
      impact: 'Menurunkan kepercayaan masyarakat terhadap netralitas ASN',
    },
    recommendedSanction: 'pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 (dua belas) bulan',
    authorisedOfficial: 'Bupati Contoh selaku Pejabat Pembina Kepegawaian',
  };
}

export function skInput(form: SkInput['sanction']['form'] = 'potongan_tukin'): SkInput {
  const titles: Record<SkInput['sanction']['form'], string> = {
    teguran_lisan: 'teguran lisan',
    teguran_tertulis: 'teguran tertulis',
    pernyataan_tidak_puas: 'pernyataan tidak puas secara tertulis',
    potongan_tukin: 'pemotongan tunjangan kinerja sebesar 25% selama 6 (enam) bulan',
    penurunan_jabatan: 'penurunan jabatan setingkat lebih rendah selama 12 (dua belas) bulan',
    pembebasan_jabatan: 'pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 (dua belas) bulan',
    pdhtaps: 'pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS',
    lainnya: 'penundaan kenaikan gaji berkala selama 1 (satu) tahun',
  };
  const level = form.startsWith('teguran') || form === 'pernyataan_tidak_puas' ? 'ringan' : form === 'potongan_tukin' ? 'sedang' : 'berat';
  return {
    registerNo: 'REG/0001/INSP/2024',
    accused: ACCUSED,
    sanction: { form, title: titles[form], level, durationMonths: form === 'potongan_tukin' ? 6 : form.includes('jabatan') ? 12 : null },
    violations: VIOLATIONS,
    lhpRef: { number: '700/5/LHP/INSP/2024', date: '2024-11-11' },
    withoutExamination: false,
    repeatOffender: false,
    effectiveAfterDays: 15,
    deliveryWithin: { value: 14, unit: 'days' },
    appealWithinWorkdays: 14,
    appeal: form === 'pdhtaps' ? { kind: 'banding', body: 'Badan Pertimbangan Aparatur Sipil Negara' } : { kind: 'keberatan', body: 'Bupati Contoh selaku Pejabat Pembina Kepegawaian' },
    allowanceMonthly: form === 'potongan_tukin' ? 4_000_000 : null,
  };
}

export function deliveryInput(refused = false): DeliveryInput {
  return {
    registerNo: 'REG/0001/INSP/2024',
    accused: ACCUSED,
    sk: { number: '800.1.6.4/3/KEP/2024', date: '2024-12-02', title: 'Keputusan Bupati Contoh tentang Penjatuhan Hukuman Disiplin' },
    delivery: refused
      ? { deliveredOn: '2024-12-04', method: 'langsung', receivedBy: null, refused: true, refusalReason: 'Terhukum menyatakan tidak mengakui hasil pemeriksaan' }
      : { deliveredOn: '2024-12-04', method: 'langsung', receivedBy: 'Budi Santoso', refused: false, refusalReason: null },
    effectiveAfterDays: 15,
    effectiveDate: '2024-12-19',
    endDate: '2025-06-18',
    deliveredBy: { name: 'RINA KARTIKA, S.Sos.', nip: '199003152015032002', jabatan: 'Pengadministrasi Umum pada Inspektorat Kabupaten Contoh' },
  };
}

export function releaseInput(orderedBy: ReleaseInput['orderedBy'] = 'superior'): ReleaseInput {
  return {
    registerNo: 'REG/0001/INSP/2024',
    accused: { ...ACCUSED, jabatan: 'Kepala Seksi Kurikulum', unitKerja: 'Dinas Pendidikan Kabupaten Contoh' },
    violations: VIOLATIONS,
    examinedFrom: '2024-11-01',
    startDate: '2024-11-04',
    reason: 'agar yang bersangkutan tidak mempengaruhi saksi dan dokumen pada seksi yang dipimpinnya',
    orderedBy,
    plh: { name: 'Sri Handayani, S.Pd.', nip: '198203142006042009', jabatan: 'Kepala Seksi Kesiswaan' },
    signatory: { title: 'KEPALA DINAS PENDIDIKAN KABUPATEN CONTOH', prefix: '', name: 'Drs. Hendra Gunawan, M.M.', pangkat: 'Pembina Utama Muda', nip: '196805121994031007' },
    mengingat: [
      'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara',
      'Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil',
    ],
    legalBasisVersion: 0,
  };
}

export function endNoticeInput(appeal: EndNoticeInput['appeal'] = null): EndNoticeInput {
  return {
    registerNo: 'REG/0001/INSP/2024',
    accused: ACCUSED,
    sanctionTitle: 'pemotongan tunjangan kinerja sebesar 25% selama 6 bulan',
    sk: { number: '800.1.6.4/3/KEP/2024', date: '2024-12-02', title: 'Keputusan Kepala Dinas Pendidikan Kabupaten Contoh tentang Penjatuhan Hukuman Disiplin' },
    startDate: '2024-12-19',
    endDate: '2025-06-18',
    appeal,
    addressee: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Contoh',
    signatory: { title: 'INSPEKTUR KABUPATEN CONTOH', prefix: '', name: 'NAMA INSPEKTUR CONTOH', pangkat: 'Pembina Utama Muda', nip: '197001012000031001' },
  };
}

export function moralInput(kind: MoralInput['kind'] = 'closed'): MoralInput {
  return {
    registerNo: 'REG/0002/INSP/2024',
    kind,
    accused: ACCUSED,
    violations: [{ title: 'Memposting dan membagikan konten kampanye di media sosial', legalBasis: 'PP 42/2004 Pasal 11' }],
    announcedAt: kind === 'open' ? 'apel pagi Dinas Pendidikan Kabupaten Contoh' : null,
  };
}

export function summaryInput(): SummaryInput {
  return {
    registerNo: 'REG/0001/INSP/2024',
    status: 'Pemeriksaan (Panggilan I)',
    sourceLabel: 'Bawaslu',
    sourceRef: '012/Rek/Bawaslu-Kab/XI/2024',
    incidentDate: '2024-10-20',
    incidentPlace: 'Lapangan Desa Sukamaju',
    registeredAt: '2024-10-25',
    accused: [ACCUSED],
    violations: [{ ...VIOLATIONS[0]!, level: 'berat' }],
    events: [
      { date: '2024-10-25', text: 'Kasus diregistrasi' },
      { date: '2024-10-28', text: 'Tim pemeriksa dibentuk' },
    ],
    letters: [{ title: 'Surat Panggilan I', number: '800/12/SP-I/INSP/2024', date: '2024-11-04', status: 'issued' }],
  };
}
