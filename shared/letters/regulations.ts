/** The regulations letters cite ("Dasar", "Mengingat"), in the order naskah dinas lists them. */
export const BASE_REGULATIONS = [
  'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara',
  'Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil',
  'Peraturan Badan Kepegawaian Negara Nomor 6 Tahun 2022 tentang Peraturan Pelaksanaan Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil',
] as const;

/** Ethics basis for moral sanctions. */
export const ETHICS_REGULATION = 'Peraturan Pemerintah Nomor 42 Tahun 2004 tentang Pembinaan Jiwa Korps dan Kode Etik Pegawai Negeri Sipil';

/** Joint decree on ASN neutrality in elections. */
export const NEUTRALITY_SKB =
  'Keputusan Bersama Menteri PANRB, Menteri Dalam Negeri, Kepala BKN, Ketua KASN dan Ketua Bawaslu Tahun 2022 tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai Aparatur Sipil Negara';
