/**
 * Every letter type rendered from fixtures and read back from the PDF (pdf.js text):
 * the official wording, Indonesian dates, numbering, marking, tembusan, fonts and paper.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../electron/main/letters/render-pdf.ts';
import { buildLetter } from '../../electron/main/letters/registry.ts';
import { renderLetter } from '../../electron/main/letters/letter-render.ts';
import { DEFAULT_OFFICE_SETTINGS } from '../../shared/letters/office-settings.ts';
import type { OfficeSettings } from '../../shared/letters/office-settings.ts';
import type { LetterType } from '../../shared/letters/letter-types.ts';
import type { LetterInputs, LetterMeta, SanctionForm } from '../../shared/letters/inputs.ts';
import { SANCTION_FORMS } from '../../shared/letters/inputs.ts';
import { extractPdfText, pdfFonts, pdfPageSizes } from '../support/pdf-text.ts';
import { RESOURCES_DIR } from './fixtures.ts';
import * as f from './letter-fixtures.ts';

async function render<T extends LetterType>(type: T, input: LetterInputs[T], meta: LetterMeta = f.META_ISSUED, office: OfficeSettings = DEFAULT_OFFICE_SETTINGS) {
  const buf = await renderPdf(buildLetter(type, input, office, meta), { resourcesDir: RESOURCES_DIR });
  const pages = await extractPdfText(buf);
  // Justified lines make pdf.js split words at '-' and '/' ('Undang- Undang'): join them back.
  return { buf, pages, text: pages.join('\n').replace(/\s+/g, ' ').replace(/([-/]) /g, '$1') };
}

describe('Surat Panggilan', () => {
  it('summons I names the accused, the examiner, day, hour and place, the article, RAHASIA and tembusan', async () => {
    const { text, pages } = await render('summons1', f.summonsInput(1));
    expect(pages).toHaveLength(1);
    for (const s of ['RAHASIA', 'SURAT PANGGILAN I', 'Nomor: 800/12/SP-I/INSP/2024', 'Budi Santoso', '19860926 201505 1 001', 'Penata Muda (III/a)',
      'untuk menghadap kepada', 'Dra. Rina Wulandari', 'Senin, 18 November 2024', '09.00 WIB', 'Ruang Rapat Inspektorat Kabupaten Contoh',
      'PP 94/2021 Pasal 5 huruf n angka 4', 'Contoh, 4 November 2024', 'INSPEKTUR KABUPATEN CONTOH,', 'Tembusan:', 'Kepala BKPSDM Kabupaten Contoh', 'Verifikasi Sipena: 0123456789abcdef']) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('SURAT PANGGILAN II');
  });

  it('summons II cites the unanswered first summons and warns of a decision without examination', async () => {
    const { text } = await render('summons2', f.summonsInput(2));
    expect(text).toContain('SURAT PANGGILAN II');
    expect(text).toContain('Menunjuk Surat Panggilan I Nomor 800/12/SP-I/INSP/2024 tanggal 4 November 2024');
    expect(text).toContain('tanpa dilakukan pemeriksaan');
  });

  it('a draft has blanks for the number, a DRAFT mark and no QR', async () => {
    const { text, buf } = await render('summons1', f.summonsInput(1), f.META_DRAFT);
    expect(text).toContain('Nomor: ....../....../......');
    expect(text).toContain('DRAFT');
    expect(text).not.toContain('Verifikasi Sipena');
    expect(buf.toString('latin1')).not.toContain('SIPENA1');
  });
});

describe('order, BAP and LHP', () => {
  it('the order forms the team in a table and orders the examination with a terbilang deadline', async () => {
    // pdf.js places list markers after their item's first line: drop them to match wrapped items.
    const text = (await render('order', f.orderInput())).text.replace(/ \d+\. /g, ' ');
    for (const s of ['SURAT PERINTAH', 'Dasar', 'Undang-Undang Nomor 20 Tahun 2023', 'MEMERINTAHKAN:', 'Kedudukan dalam Tim', 'Ketua', 'Sekretaris',
      'Agus Prasetyo, S.H.', '30 (tiga puluh) hari', 'Rekomendasi Bawaslu Kabupaten Contoh']) {
      expect(text).toContain(s);
    }
  });

  it('the BAP opens with the date in words and repeats the Q&A header on every page', async () => {
    const { text, pages } = await render('bap', f.bapInput(14));
    expect(text).toContain('Pada hari ini Senin tanggal empat bulan November tahun dua ribu dua puluh empat, pukul 09.30 WIB');
    expect(text).toContain('Surat Perintah Nomor 800/3/SPT/INSP/2024 tanggal 28 Oktober 2024');
    expect(pages.length).toBeGreaterThan(1);
    const withRows = pages.filter((p) => p.includes('Pertanyaan nomor'));
    expect(withRows.length).toBeGreaterThan(1);
    for (const page of withRows) expect(page).toMatch(/No\s+Pertanyaan\s+Jawaban/);
    pages.forEach((page, i) => expect(page).toContain(`Halaman ${i + 1} dari ${pages.length}`));
    // The closing paragraph and both signature sides share the last page.
    const last = pages.at(-1) ?? '';
    expect(last).toContain('Demikian berita acara');
    expect(last).toContain('Yang Diperiksa');
    expect(last).toContain('Tim Pemeriksa');
  });

  it('the BAP records a refusal to sign without voiding it', async () => {
    const { text } = await render('bap', { ...f.bapInput(2), refusedToSign: true, refusalNote: 'tidak setuju dengan isi jawaban nomor 2' });
    expect(text).toContain('menolak menandatangani berita acara pemeriksaan ini dengan alasan: tidak setuju dengan isi jawaban nomor 2');
    expect(text).toContain('tidak membatalkan');
  });

  it('the LHP carries the findings table and the recommended sanction', async () => {
    const { text } = await render('lhp', f.lhpInput());
    for (const s of ['LAPORAN HASIL PEMERIKSAAN', 'Faktor yang memberatkan', 'Dilakukan pada jam kerja', 'Faktor yang meringankan', 'Dampak pelanggaran',
      'pembebasan dari jabatannya menjadi jabatan pelaksana', 'Bupati Contoh selaku Pejabat Pembina Kepegawaian', 'Ketua Tim Pemeriksa,']) {
      expect(text).toContain(s);
    }
  });
});

describe('SK Hukuman Disiplin', () => {
  const headings: Record<SanctionForm, string> = {
    teguran_lisan: 'PENJATUHAN HUKUMAN DISIPLIN TEGURAN LISAN',
    teguran_tertulis: 'PENJATUHAN HUKUMAN DISIPLIN TEGURAN TERTULIS',
    pernyataan_tidak_puas: 'PERNYATAAN TIDAK PUAS SECARA TERTULIS',
    potongan_tukin: 'PEMOTONGAN TUNJANGAN KINERJA SEBESAR 25% (DUA PULUH LIMA PERSEN) SELAMA 6 (ENAM) BULAN',
    penurunan_jabatan: 'PENURUNAN JABATAN SETINGKAT LEBIH RENDAH',
    pembebasan_jabatan: 'PEMBEBASAN DARI JABATANNYA MENJADI JABATAN PELAKSANA',
    pdhtaps: 'PEMBERHENTIAN DENGAN HORMAT TIDAK ATAS PERMINTAAN SENDIRI',
    lainnya: 'PENUNDAAN KENAIKAN GAJI BERKALA',
  };

  it.each(SANCTION_FORMS)('form %s has the decision structure and its own wording', async (form) => {
    const { text } = await render('sk', f.skInput(form), { ...f.META_ISSUED, number: '800.1.6.4/7/KEP/2024' });
    for (const s of ['BUPATI CONTOH', 'KEPUTUSAN BUPATI CONTOH', 'NOMOR 800.1.6.4/7/KEP/2024', 'TENTANG', 'DENGAN RAHMAT TUHAN YANG MAHA ESA',
      'Menimbang', 'Mengingat', 'MEMUTUSKAN:', 'Menetapkan', 'KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'Ditetapkan di', 'pada tanggal 4 November 2024',
      'NAMA BUPATI CONTOH', 'Laporan Hasil Pemeriksaan Nomor 700/5/LHP/INSP/2024', 'Budi Santoso', headings[form]]) {
      expect(text, s).toContain(s);
    }
    expect(text).toContain(form === 'pdhtaps' ? 'banding administratif' : 'keberatan');
  });

  it('the tukin cut prints the allowance before and after in figures and words', async () => {
    const { text } = await render('sk', f.skInput('potongan_tukin'));
    expect(text).toContain('Rp4.000.000,00 (empat juta rupiah)');
    expect(text).toContain('Rp3.000.000,00 (tiga juta rupiah)');
    expect(text).toContain('Pasal 8 ayat (3) huruf a');
  });

  it('prints no start date: the decision takes effect on the 15th day after receipt, delivered within the office period', async () => {
    const { text } = await render('sk', f.skInput('pembebasan_jabatan'));
    expect(text).toContain('Keputusan ini mulai berlaku pada hari ke-15 (lima belas) terhitung sejak tanggal diterima oleh yang bersangkutan.');
    expect(text).toContain('selama 12 (dua belas) bulan terhitung sejak tanggal Keputusan ini mulai berlaku');
    expect(text).toContain('paling lama 14 (empat belas) hari sejak ditetapkan');
    expect(text).not.toContain('mulai berlaku pada tanggal');
    expect(text).not.toMatch(/terhitung mulai tanggal \d/);
    const workdays = await render('sk', { ...f.skInput('teguran_tertulis'), effectiveAfterDays: 20, deliveryWithin: { value: 10, unit: 'workdays' } });
    expect(workdays.text).toContain('pada hari ke-20 (dua puluh) terhitung sejak tanggal diterima');
    expect(workdays.text).toContain('paling lama 10 (sepuluh) hari kerja sejak ditetapkan');
  });

  it('names the appeal body for the deciding official: keberatan to the PPK, banding to BPASN', async () => {
    const keberatan = await render('sk', f.skInput('potongan_tukin'));
    expect(keberatan.text).toContain('dapat mengajukan keberatan kepada Bupati Contoh selaku Pejabat Pembina Kepegawaian dalam jangka waktu paling lama 14 (empat belas) hari kerja setelah Keputusan ini diterima.');
    const banding = await render('sk', f.skInput('pdhtaps'));
    expect(banding.text).toContain('dapat mengajukan banding administratif kepada Badan Pertimbangan Aparatur Sipil Negara dalam jangka waktu paling lama 14 (empat belas) hari kerja');
  });

  it('keeps the signature with the last dictum on one page', async () => {
    const { pages } = await render('sk', f.skInput('pdhtaps'));
    const sig = pages.findIndex((p) => p.includes('NAMA BUPATI CONTOH'));
    expect(sig).toBe(pages.findIndex((p) => p.includes('Ditetapkan di')));
  });
});

describe('Berita acara penyampaian SK', () => {
  it('names the delivering officer, the SK, the day, the method and who received it, and the computed start and end', async () => {
    const { text, pages } = await render('delivery', f.deliveryInput(), { ...f.META_ISSUED, number: '800.1.6.4/1/BA-SK/2024', date: '2024-12-04' });
    expect(pages).toHaveLength(1);
    for (const s of ['BERITA ACARA PENYAMPAIAN KEPUTUSAN HUKUMAN DISIPLIN', 'Nomor: 800.1.6.4/1/BA-SK/2024',
      'Pada hari ini Rabu tanggal empat bulan Desember tahun dua ribu dua puluh empat, yang bertanda tangan di bawah ini:',
      'Nama : RINA KARTIKA, S.Sos.', 'NIP : 19900315 201503 2 002', 'Jabatan : Pengadministrasi Umum pada Inspektorat Kabupaten Contoh',
      'telah menyampaikan secara langsung Keputusan Bupati Contoh tentang Penjatuhan Hukuman Disiplin Nomor 800.1.6.4/3/KEP/2024 tanggal 2 Desember 2024 kepada:',
      'Budi Santoso', '19860926 201505 1 001', 'Keputusan tersebut telah diterima oleh Budi Santoso pada tanggal 4 Desember 2024.',
      'mulai berlaku pada hari ke-15 (lima belas) terhitung sejak tanggal diterima, yaitu tanggal 19 Desember 2024 sampai dengan tanggal 18 Juni 2025.',
      'Yang menerima,', 'Yang menyampaikan,', 'Tembusan:']) {
      expect(text, s).toContain(s);
    }
    // The officer who handed it over signs, under "Yang menyampaikan", not the official who signed the SK.
    expect(text).toMatch(/Yang menerima,\s+Yang menyampaikan,\s+Pengadministrasi Umum pada Inspektorat Kabupaten Contoh\s+Budi Santoso\s+RINA KARTIKA, S.Sos.\s+NIP. 19900315 201503 2 002/);
    expect(text).not.toContain('NAMA BUPATI CONTOH');
  });

  it('a refusal is written with its reason and counts as receipt on that day', async () => {
    const { text } = await render('delivery', f.deliveryInput(true));
    expect(text).toContain('Yang bersangkutan menolak menerima Keputusan tersebut dengan alasan: Terhukum menyatakan tidak mengakui hasil pemeriksaan.');
    expect(text).toContain('Keputusan dianggap telah diterima oleh yang bersangkutan pada tanggal 4 Desember 2024.');
    expect(text).toContain('(menolak menerima)');
    expect(text).toMatch(/Yang bersangkutan,\s+Yang menyampaikan,/);
    expect(text).toContain('RINA KARTIKA, S.Sos.');
  });
});

describe('Keputusan pembebasan sementara dari tugas jabatan (PP 94/2021 Pasal 31)', () => {
  it('releases the accused from the start date until the disciplinary decision, names the Plh and keeps the rights; signed by the superior', async () => {
    const { text, pages, buf } = await render('release', f.releaseInput(), { ...f.META_ISSUED, number: '800.1.6.4/1/PBS/2024', date: '2024-11-04' });
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/release.pdf', buf);
    // The signature stays with the last dictum.
    expect(pages.findIndex((p) => p.includes('Drs. Hendra Gunawan'))).toBe(pages.findIndex((p) => p.includes('KEEMPAT')));
    for (const s of ['KEPUTUSAN KEPALA DINAS PENDIDIKAN KABUPATEN CONTOH', 'NOMOR 800.1.6.4/1/PBS/2024', 'TENTANG PEMBEBASAN SEMENTARA DARI TUGAS JABATAN',
      'bahwa Sdr. Budi Santoso diduga melakukan pelanggaran disiplin, yaitu Ikut kampanye dengan menggunakan fasilitas negara, sebagaimana dimaksud dalam PP 94/2021 Pasal 5 huruf n angka 4, yang kemungkinan akan dijatuhi hukuman disiplin berat, dan telah diperiksa sejak tanggal 1 November 2024;',
      'dengan pertimbangan agar yang bersangkutan tidak mempengaruhi saksi dan dokumen pada seksi yang dipimpinnya, yang bersangkutan perlu dibebaskan sementara dari tugas jabatannya oleh Atasan Langsung, sebagaimana dimaksud dalam Pasal 31 ayat (1) Peraturan Pemerintah Nomor 94 Tahun 2021',
      'Mengingat', 'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;',
      'Menetapkan', 'KEPUTUSAN KEPALA DINAS PENDIDIKAN KABUPATEN CONTOH TENTANG PEMBEBASAN SEMENTARA DARI TUGAS JABATAN.',
      'KESATU', 'Membebaskan sementara dari tugas jabatannya:', '19860926 201505 1 001', 'Kepala Seksi Kurikulum',
      'terhitung mulai tanggal 4 November 2024 sampai dengan ditetapkannya keputusan hukuman disiplin terhadap yang bersangkutan.',
      'KEDUA', 'Sri Handayani, S.Pd.', '19820314 200604 2 009', 'Kepala Seksi Kesiswaan', 'sebagai Pelaksana Harian',
      'KETIGA', 'tetap diberikan hak kepegawaiannya', 'KEEMPAT', 'Ditetapkan di Contoh', 'pada tanggal 4 November 2024',
      'KEPALA DINAS PENDIDIKAN KABUPATEN CONTOH,', 'Drs. Hendra Gunawan, M.M.', 'NIP. 19680512 199403 1 007', 'Tembusan:', 'Kepala BKPSDM Kabupaten Contoh']) {
      expect(text, s).toContain(s);
    }
  });

  it('cites ayat (3) when the next higher official orders it for lack of a direct superior', async () => {
    const { text } = await render('release', f.releaseInput('higher'));
    expect(text).toContain('oleh pejabat yang lebih tinggi karena Atasan Langsung yang bersangkutan tidak ada, sebagaimana dimaksud dalam Pasal 31 ayat (1) dan ayat (3)');
  });
});

describe('Pemberitahuan berakhirnya hukuman disiplin', () => {
  it('tells BKPSDM which sanction of which SK ran from when to when, and asks for the SIASN record to be updated', async () => {
    const meta = { ...f.META_ISSUED, number: '800.1.6.4/1/PBHD/INSP/2025', date: '2025-06-18' };
    const { text } = await render('endnotice', f.endNoticeInput(), meta);
    // As issued (renderLetter): a one-page letter by custom, laid out tighter when it runs over.
    const issued = await renderLetter({ type: 'endnotice', input: f.endNoticeInput(), office: DEFAULT_OFFICE_SETTINGS, meta, assets: {}, resourcesDir: RESOURCES_DIR, allowedDirs: [], check: true });
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/endnotice.pdf', issued.pdf);
    expect(issued.missing).toEqual([]);
    expect(await extractPdfText(Buffer.from(issued.pdf))).toHaveLength(1);
    for (const s of ['Contoh, 18 Juni 2025', 'Nomor : 800.1.6.4/1/PBHD/INSP/2025', 'Pemberitahuan Berakhirnya Hukuman Disiplin', 'Yth.',
      'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Contoh',
      'hukuman disiplin berupa pemotongan tunjangan kinerja sebesar 25% selama 6 bulan yang dijatuhkan dengan Keputusan Kepala Dinas Pendidikan Kabupaten Contoh tentang Penjatuhan Hukuman Disiplin Nomor 800.1.6.4/3/KEP/2024 tanggal 2 Desember 2024 kepada:',
      'Budi Santoso', '19860926 201505 1 001', 'Hukuman disiplin tersebut mulai berlaku pada tanggal 19 Desember 2024 dan telah berakhir pada tanggal 18 Juni 2025.',
      'Sistem Informasi ASN (SIASN)', 'INSPEKTUR KABUPATEN CONTOH,', 'NAMA INSPEKTUR CONTOH', 'Tembusan:']) {
      expect(text, s).toContain(s);
    }
  });

  it('cites the appeal decision that changed or annulled the sanction', async () => {
    const lightened = await render('endnotice', f.endNoticeInput({ outcome: 'lightened', number: '800/2/2025', date: '2025-01-06' }));
    expect(lightened.text).toContain('sebagaimana telah diperingan dengan keputusan atas upaya administratif Nomor 800/2/2025 tanggal 6 Januari 2025 kepada:');
    const annulled = await render('endnotice', { ...f.endNoticeInput({ outcome: 'annulled', number: 'BPASN/1/2025', date: '2025-02-03' }), endDate: '2025-02-03' });
    expect(annulled.text).toContain('Hukuman disiplin tersebut berakhir pada tanggal 3 Februari 2025 karena dibatalkan.');
  });
});

describe('moral statement and summary', () => {
  it('closed statements are RAHASIA, open ones name where they are announced', async () => {
    const closed = await render('moral', f.moralInput('closed'));
    expect(closed.text).toContain('PERNYATAAN SANKSI MORAL SECARA TERTUTUP');
    expect(closed.text).toContain('RAHASIA');
    const open = await render('moral', f.moralInput('open'));
    expect(open.text).toContain('PERNYATAAN SANKSI MORAL SECARA TERBUKA');
    expect(open.text).toContain('apel pagi Dinas Pendidikan Kabupaten Contoh');
    expect(open.text).not.toContain('RAHASIA');
  });

  it('the summary fits one page even with long lists', async () => {
    const input = f.summaryInput();
    input.events = Array.from({ length: 30 }, (_, i) => ({ date: '2024-10-25', text: `Langkah ${i + 1}` }));
    const { pages, text } = await render('summary', input, f.META_DRAFT);
    expect(pages).toHaveLength(1);
    expect(text).toContain('RINGKASAN KASUS');
    expect(text).toContain('dan 22 lainnya');
    expect(text).not.toContain('DRAFT');
  });
});

describe('fonts and paper', () => {
  it('embeds Liberation Sans for every font of every type, on exact A4 and F4', async () => {
    const all: [LetterType, LetterInputs[LetterType]][] = [
      ['summons1', f.summonsInput(1)], ['order', f.orderInput()], ['bap', f.bapInput(3)], ['lhp', f.lhpInput()], ['sk', f.skInput()], ['moral', f.moralInput()], ['summary', f.summaryInput()], ['delivery', f.deliveryInput()], ['release', f.releaseInput()], ['endnotice', f.endNoticeInput()],
    ];
    for (const [type, input] of all) {
      for (const paper of ['A4', 'F4'] as const) {
        const { buf } = await render(type, input, f.META_ISSUED, { ...DEFAULT_OFFICE_SETTINGS, paper });
        const fonts = pdfFonts(buf);
        expect(fonts.length, type).toBeGreaterThanOrEqual(2);
        for (const font of fonts) {
          expect(font.baseFont).toMatch(/^[A-Z]{6}\+LiberationSans(-Bold|-Italic|-BoldItalic)?$/);
          expect(font.embedded, `${type} ${font.baseFont}`).toBe(true);
        }
        const want = paper === 'A4' ? { width: 595.28, height: 841.89 } : { width: 609.45, height: 935.43 };
        for (const size of await pdfPageSizes(buf)) {
          expect(Math.abs(size.width - want.width), `${type} ${paper}`).toBeLessThanOrEqual(0.01);
          expect(Math.abs(size.height - want.height), `${type} ${paper}`).toBeLessThanOrEqual(0.01);
        }
      }
    }
  });
});
