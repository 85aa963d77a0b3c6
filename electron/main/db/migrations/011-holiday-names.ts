import type { Migration } from './migration.ts';

/**
 * Holiday lists as confirmed in December 2026: 2024 renames "Isa Almasih" to "Yesus
 * Kristus" (Keppres 8/2024 and the amending SKB; dates unchanged) and the 2026 SKB number
 * is confirmed. Only rows still holding the text an older Sipena shipped are changed: an
 * administrator's own edits stay.
 */
/** The sources as shipped with these lists (frozen here: a migration never changes with the data files). */
const SOURCES: Record<number, string> = {
  2024: "Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 855 Tahun 2023, Nomor 3 Tahun 2023, Nomor 4 Tahun 2023 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2024 (ditetapkan 2023-09-12)\nKeputusan Presiden Nomor 8 Tahun 2024 tentang Hari-Hari Libur (penyebutan Isa Almasih menjadi Yesus Kristus) (ditetapkan 2024-01-29)\nKeputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi tentang Perubahan atas Keputusan Bersama Nomor 855 Tahun 2023, Nomor 3 Tahun 2023, Nomor 4 Tahun 2023 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2024 — Perubahan penyebutan: Wafat dan Kenaikan Isa Almasih menjadi Wafat dan Kenaikan Yesus Kristus; tanggal tidak berubah.\nKeputusan Presiden Nomor 10 Tahun 2024 tentang Hari Pemungutan Suara Pemilihan Umum Tahun 2024 sebagai Hari Libur Nasional (ditetapkan 2024-02-06)\nKeputusan Presiden Nomor 33 Tahun 2024 tentang Hari Pemungutan Suara Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta Wali Kota dan Wakil Wali Kota Tahun 2024 sebagai Hari Libur Nasional (ditetapkan 2024-11-21)",
  2026: "Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026 (ditetapkan 2025-09-19)",
};

export const holidayNames: Migration = {
  version: 11,
  name: 'holiday-names',
  up: (db) => {
    const rename = db.prepare("UPDATE holidays SET name = ? WHERE year = 2024 AND date = ? AND name = ?");
    rename.run('Wafat Yesus Kristus', '2024-03-29', 'Wafat Isa Almasih');
    rename.run('Kenaikan Yesus Kristus', '2024-05-09', 'Kenaikan Isa Almasih');
    rename.run('Cuti bersama Kenaikan Yesus Kristus', '2024-05-10', 'Cuti bersama Kenaikan Isa Almasih');
    const source = db.prepare("UPDATE holiday_years SET source = ? WHERE year = ? AND updated_by = 'sipena:resources/holidays'");
    for (const [year, text] of Object.entries(SOURCES)) source.run(text, Number(year));
  },
};
