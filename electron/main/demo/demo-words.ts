/** Word lists for the fictional Kabupaten Sukamaju: names, places, posts and OPDs (all invented). */
export const REGENCY = 'Kabupaten Sukamaju';

export const MALE_NAMES = ['Agus', 'Budi', 'Dedi', 'Eko', 'Fajar', 'Hendra', 'Iwan', 'Joko', 'Kurniawan', 'Lukman', 'Muhammad', 'Nanang', 'Oki', 'Purnomo', 'Rahmat', 'Slamet', 'Teguh', 'Ujang', 'Wahyu', 'Yusuf', 'Asep', 'Bambang', 'Cecep', 'Dadang', 'Edi', 'Gunawan', 'Hadi', 'Irfan', 'Jajang', 'Komarudin', 'Sugiharto', 'Súbagio', 'Ahmad', 'Ridwan', 'Sutrisno', 'Tatang', 'Wawan', 'Yayan', 'Zainal', 'Arif'];
export const FEMALE_NAMES = ['Ani', 'Dewi', 'Endang', 'Fitri', 'Hana', 'Indah', 'Kartika', 'Lestari', 'Maya', 'Nur', 'Puspita', 'Ratna', 'Sri', 'Tuti', 'Umi', 'Wulan', 'Yuli', 'Siti', 'Rina', 'Neneng', 'Euis', 'Imas', 'Lilis', 'Nining', 'Rosita', 'Susanti', 'Titin', 'Yanti', 'Zahra', 'Aisyah'];
export const FAMILY_NAMES = ['Santoso', 'Wahyuni', 'Saputra', 'Hidayat', 'Kusuma', 'Permana', 'Setiawan', 'Rahayu', 'Nugraha', 'Pratama', 'Suryadi', 'Hermawan', 'Lestari', 'Firmansyah', 'Maulana', 'Gunadi', 'Sudrajat', 'Rohmat', 'Wibowo', 'Kurnia', 'Sopandi', 'Mulyadi', 'Hasanah', 'Suhendar', 'Ramdani', 'Sutisna', 'Hakim', 'Supriatna', 'Munandar', 'Effendi'];

export const KECAMATAN = ['Sukamaju', 'Cibeureum', 'Karangsari', 'Mekarjaya', 'Sindangbarang', 'Pasirwangi', 'Cikalong', 'Sukaresmi', 'Tanjungsari', 'Margahayu', 'Bojongsoang', 'Cilengkrang', 'Pameungpeuk', 'Rancabali', 'Sukawening'];
export const DESA_PREFIX = ['Suka', 'Mekar', 'Sindang', 'Karang', 'Tanjung', 'Cika', 'Pasir', 'Bojong', 'Ranca', 'Marga'];
export const DESA_SUFFIX = ['jaya', 'mulya', 'sari', 'wangi', 'asih', 'laksana', 'rahayu', 'mukti', 'galih', 'manah'];
export const VENUES = ['Balai Desa', 'Lapangan Desa', 'Aula Kantor Kecamatan', 'Gedung Serbaguna', 'Pasar', 'Masjid Jami', 'Rumah Makan', 'Posko Pemenangan', 'Halaman Sekolah', 'Puskesmas'];

export const OPDS = [
  'Sekretariat Daerah', 'Sekretariat DPRD', 'Inspektorat', 'Badan Perencanaan Pembangunan Daerah', 'Badan Kepegawaian dan Pengembangan SDM',
  'Badan Pengelolaan Keuangan dan Aset Daerah', 'Badan Pendapatan Daerah', 'Badan Penanggulangan Bencana Daerah', 'Badan Kesatuan Bangsa dan Politik',
  'Dinas Pendidikan', 'Dinas Kesehatan', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas Perumahan dan Kawasan Permukiman', 'Dinas Sosial',
  'Dinas Tenaga Kerja', 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak', 'Dinas Ketahanan Pangan', 'Dinas Lingkungan Hidup',
  'Dinas Kependudukan dan Pencatatan Sipil', 'Dinas Pemberdayaan Masyarakat dan Desa', 'Dinas Perhubungan', 'Dinas Komunikasi dan Informatika',
  'Dinas Koperasi dan Usaha Mikro', 'Dinas Penanaman Modal dan PTSP', 'Dinas Kepemudaan dan Olahraga', 'Dinas Pariwisata dan Kebudayaan',
  'Dinas Perpustakaan dan Kearsipan', 'Dinas Perikanan', 'Dinas Pertanian', 'Dinas Perdagangan dan Perindustrian', 'Satuan Polisi Pamong Praja',
  'RSUD Sukamaju', ...['Sukamaju', 'Cibeureum', 'Karangsari', 'Mekarjaya', 'Sindangbarang', 'Pasirwangi', 'Cikalong', 'Sukaresmi'].map((k) => `Kecamatan ${k}`),
];

export const JABATAN = ['Guru Ahli Pertama', 'Guru Ahli Muda', 'Kepala Sekolah', 'Perawat Terampil', 'Bidan Ahli Pertama', 'Dokter Ahli Muda', 'Analis Kebijakan', 'Pengadministrasi Umum', 'Kepala Seksi', 'Kepala Bidang', 'Sekretaris Kecamatan', 'Camat', 'Lurah', 'Penyuluh Pertanian', 'Pranata Komputer', 'Auditor Ahli Pertama', 'Bendahara', 'Pengelola Keuangan', 'Kepala Subbagian Umum', 'Penata Laporan Keuangan'];

export const PANGKAT: readonly (readonly [string, string])[] = [
  ['Pengatur Muda', 'II/a'], ['Pengatur', 'II/c'], ['Penata Muda', 'III/a'], ['Penata Muda Tingkat I', 'III/b'], ['Penata', 'III/c'],
  ['Penata Tingkat I', 'III/d'], ['Pembina', 'IV/a'], ['Pembina Tingkat I', 'IV/b'],
];
export const PPPK_GOLONGAN = ['V', 'VII', 'IX', 'X'];

export const CANDIDATES = ['pasangan calon nomor urut 1', 'pasangan calon nomor urut 2', 'pasangan calon nomor urut 3', 'salah satu bakal calon bupati', 'calon anggota DPRD dari partai tertentu'];
export const CONDUCT = [
  'menghadiri kampanye terbuka dan ikut meneriakkan yel-yel dukungan untuk {cand}',
  'mengunggah foto bersama {cand} disertai ajakan memilih di akun media sosial pribadinya',
  'menggunakan mobil dinas untuk mengantar tim sukses {cand}',
  'membagikan bahan kampanye {cand} kepada warga di sekitar kantor',
  'memasang spanduk {cand} di pagar rumah dinas',
  'mengajak rekan kerja menghadiri deklarasi {cand}',
  'memberikan fotokopi KTP sebagai bentuk dukungan kepada {cand}',
  'mengomentari dan membagikan unggahan kampanye {cand}',
  'berfoto dengan pose jari yang menunjukkan nomor urut {cand}',
  'mengumpulkan kepala desa untuk membicarakan pemenangan {cand}',
];
export const FOLLOWUPS = [
  'Kejadian tersebut direkam oleh warga dan videonya beredar di grup percakapan.',
  'Pengawas pemilu kecamatan mendokumentasikan kejadian dan membuat laporan hasil pengawasan.',
  'Tangkapan layar unggahan telah disimpan sebelum unggahan dihapus.',
  'Beberapa saksi bersedia memberikan keterangan.',
  'Terlapor mengenakan seragam dinas pada saat kejadian.',
  'Kegiatan berlangsung pada jam kerja.',
];
