import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness } from './browser.ts';
import { step } from '../support/step.ts';
import { validCase } from '../support/temp-app.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { addRoom, saveStaff } from '../../electron/main/hearings/staff-service.ts';
import { setTeam } from '../../electron/main/examination/team-service.ts';
import { transition } from '../../electron/main/examination/workflow-service.ts';
import { scheduleSession } from '../../electron/main/hearings/hearing-service.ts';
import { setRule } from '../../electron/main/deadlines/rule-settings.ts';
import { issueLetter } from '../../electron/main/letters/issue-service.ts';
import { sessionScheduleSchema, staffSaveSchema, teamSetSchema } from '../../shared/examination/schemas.ts';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results');
let h: Awaited<ReturnType<typeof startHarness>>;
let page: Page;
let caseA = 0;
let clock = new Date('2024-11-04T03:00:00Z');
/** Moves main's clock (attendance and BAP wait for the hearing); the user stayed active. */
function advance(local: string) {
  clock = new Date(local);
  h.app.ctx.session.lastActivity = clock.getTime();
}
const errors: string[] = [];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  // Monday 4 November 2024: inside the shipped calendar, before the 27 November election day.
  h = await startHarness(undefined, { clock: () => clock });
  const ctx = h.app.ctx;
  // The flow below was written for the reading of PP 94/2021 Pasal 26 as a minimum gap, which an
  // office may keep as its setting; the default (a maximum, PerBKN 6/2022) is tested in
  // test/examination/summons-timing.test.ts and on the deadline-rules screen.
  setRule(ctx, { ruleId: 'summons1Notice', value: 7, unit: 'workdays', mode: 'atLeast', reason: 'tafsiran kantor: jarak paling sedikit', expectedVersion: 0 });
  const staff = (nip: string, name: string, unit: 'inspektorat' | 'bkpsdm' | 'atasan' | 'lainnya') =>
    saveStaff(ctx, staffSaveSchema.parse({ nip, name, unit, pangkat: 'Penata Tk. I (III/d)', jabatan: 'Auditor Muda' })).id;
  const chair = staff('197501012000031001', 'Ir. Hendra Wijaya', 'inspektorat');
  const bkpsdm = staff('198003032005012002', 'Sri Lestari', 'bkpsdm');
  const atasan = staff('197805052003121003', 'Drs. Agus Salim', 'atasan');
  const room = addRoom(ctx, { name: 'Ruang Rapat Inspektorat' });
  const members = [{ staffId: chair, role: 'chair' as const }, { staffId: bkpsdm, role: 'member' as const }, { staffId: atasan, role: 'member' as const }];
  caseA = createCase(ctx, caseCreateSchema.parse(validCase)).id;
  setTeam(ctx, teamSetSchema.parse({ caseId: caseA, members }));
  // Another case already holds the room and the chair on Monday 18 November, 09.00-11.00.
  const b = createCase(ctx, caseCreateSchema.parse({ ...validCase, accused: [{ name: 'Sri Wahyuni', nip: '198902252024211013', employmentType: 'PPPK' }] })).id;
  setTeam(ctx, teamSetSchema.parse({ caseId: b, members }));
  transition(ctx, { caseId: b, action: 'start_verification' });
  transition(ctx, { caseId: b, action: 'start_examination' });
  const accusedB = (ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').get(b) as { id: number }).id;
  scheduleSession(ctx, sessionScheduleSchema.parse({ caseId: b, accusedId: accusedB, summonsNo: 1, summonsDate: '2024-11-05', date: '2024-11-18', startTime: '09:00', durationMin: 120, roomId: room.id, examinerIds: [chair] }));
  // ... and on Thursday 5 December, 13.00-15.00 (the target of the calendar drag below).
  scheduleSession(ctx, sessionScheduleSchema.parse({ caseId: b, accusedId: accusedB, summonsNo: 1, summonsDate: '2024-11-05', date: '2024-12-05', startTime: '13:00', durationMin: 120, roomId: room.id, examinerIds: [chair], overrideReason: 'Sesi lanjutan terlapor B' }));
  page = await h.browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${h.server.url}#/cases/${caseA}`);
  await page.getByRole('link', { name: 'Pemeriksaan', exact: true }).click();
  await page.getByTestId('examination-title').waitFor();
});
afterAll(async () => h?.stop());

const state = () => page.getByTestId('workflow-state').textContent();
const modal = () => page.getByRole('dialog');
async function pickOption(label: string, option: string | RegExp) {
  await modal().getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}
async function typeDate(scope: ReturnType<Page['getByRole']> | Page, label: string, value: string) {
  const box = scope.getByRole('textbox', { name: label });
  await box.fill(value);
  await box.press('Tab');
}

// One clerk's journey through a case, step by step on one page: each step starts where the one
// before left the case, so the steps are one test (a failure names its step).
it('examination in Chromium: schedule, conflict, absence, summons II, reschedule, BAP, LHP, decision', async () => {
  await step('starts verification and the examination from the allowed next steps', async () => {
    expect(await state()).toBe('Teregistrasi');
    await page.getByRole('button', { name: 'Mulai telaah' }).click();
    await expect.poll(state).toBe('Telaah');
    await page.getByRole('button', { name: 'Mulai pemeriksaan (Panggilan I)' }).click();
    await expect.poll(state).toBe('Pemeriksaan (Panggilan I)');
  });

  await step('schedules an examination and sees the room and examiner conflict before anything is saved', async () => {
    await page.getByRole('button', { name: 'Jadwalkan pemeriksaan' }).click();
    await typeDate(modal(), 'Tanggal surat panggilan', '05/11/2024');
    await typeDate(modal(), 'Tanggal pemeriksaan', '18/11/2024');
    await modal().getByRole('textbox', { name: 'Jam mulai' }).fill('09:30');
    await pickOption('Ruang', 'Ruang Rapat Inspektorat');
    await modal().getByRole('button', { name: 'Simpan jadwal' }).click();
    const conflicts = page.getByTestId('schedule-conflicts');
    await conflicts.waitFor();
    expect(await conflicts.textContent()).toContain('Ruang Ruang Rapat Inspektorat sudah dipakai pada Senin, 18 November 2024 09.00–11.00');
    expect(await conflicts.textContent()).toContain('Pemeriksa Ir. Hendra Wijaya sudah dijadwalkan');
    await page.screenshot({ path: resolve(shots, 'examination-conflict.png'), fullPage: true });
    expect(h.app.ctx.db.prepare('SELECT count(*) AS n FROM exam_sessions WHERE case_id = ?').get(caseA)).toEqual({ n: 0 });
    // Fixing the time re-checks at once: the stale conflicts go and the plain save is back.
    await modal().getByRole('textbox', { name: 'Jam mulai' }).fill('13:00');
    await expect.poll(() => modal().getByTestId('schedule-conflicts').count()).toBe(0);
    expect(await modal().getByRole('button', { name: 'Tetap simpan dengan alasan' }).count()).toBe(0);
    await modal().getByRole('button', { name: 'Simpan jadwal' }).click();
    await modal().waitFor({ state: 'detached' });
    await expect.poll(() => page.getByText('Senin, 18 November 2024 13.00–15.00').count()).toBe(1);
    expect(h.app.ctx.db.prepare('SELECT override_reason FROM exam_sessions WHERE case_id = ?').get(caseA)).toEqual({ override_reason: null });
  });

  await step('marks the accused absent and follows the prompt to summons II, due after the election holiday', async () => {
    // Absence is recorded once the hearing has begun.
    advance('2024-11-18T15:00');
    await page.getByRole('combobox', { name: /^Kehadiran \d+$/ }).first().click();
    await page.getByRole('option', { name: 'Tidak hadir' }).click();
    // The save answers: a notification naming the accused, the session and the value.
    await page.getByText('Kehadiran Budi Santoso (Senin, 18 November 2024 13.00–15.00) dicatat: Tidak hadir.').waitFor();
    const prompt = page.getByTestId('next-step-prompt');
    await expect.poll(() => prompt.textContent()).toContain('Siapkan Surat Panggilan II paling lambat Kamis, 28 November 2024');
    await page.screenshot({ path: resolve(shots, 'examination-absent-prompt.png'), fullPage: true });
    await prompt.getByRole('button', { name: 'Siapkan Panggilan II' }).click();
    await expect.poll(state).toBe('Pemeriksaan (Panggilan II)');
    await prompt.getByRole('button', { name: 'Jadwalkan pemeriksaan (Panggilan II)' }).click();
    await typeDate(modal(), 'Tanggal surat panggilan', '20/11/2024');
    await typeDate(modal(), 'Tanggal pemeriksaan', '03/12/2024');
    await modal().getByRole('button', { name: 'Simpan jadwal' }).click();
    await modal().waitFor({ state: 'detached' });
    await expect.poll(() => page.getByText('Selasa, 3 Desember 2024 13.00–15.00').count()).toBe(1);
  });

  await step('reschedules the summons II examination', async () => {
    await page.getByRole('button', { name: 'Ubah jadwal' }).click();
    await typeDate(modal(), 'Tanggal pemeriksaan', '04/12/2024');
    await modal().getByRole('button', { name: 'Simpan jadwal' }).click();
    await modal().waitFor({ state: 'detached' });
    await expect.poll(() => page.getByText('Rabu, 4 Desember 2024 13.00–15.00').count()).toBe(1);
    await page.goto(`${h.server.url}#/hearings/2024-12-04`);
    await page.locator('.fc-event', { hasText: 'Budi Santoso' }).waitFor();
    expect(await page.locator('.fc-event', { hasText: 'Budi Santoso' }).textContent()).toContain('REG/0001/INSP/2024');
    await page.screenshot({ path: resolve(shots, 'examination-calendar-week.png'), fullPage: true });
  });

  await step('drags the session on the calendar: a conflict asks for a reason, cancelling puts it back, a reason saves it', async () => {
    const drag = async () => {
      const ev = await page.locator('.fc-event', { hasText: 'Budi Santoso' }).boundingBox();
      const col = await page.locator('.fc-timegrid-col[data-date="2024-12-05"]').boundingBox();
      if (!ev || !col) throw new Error('calendar not rendered');
      const y = ev.y + 10;
      await page.mouse.move(ev.x + ev.width / 2, y);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) await page.mouse.move(ev.x + ev.width / 2 + ((col.x + col.width / 2 - ev.x - ev.width / 2) * i) / 10, y);
      await page.mouse.up();
    };
    const sessionA = () => h.app.ctx.db.prepare("SELECT start_at, override_reason FROM exam_sessions WHERE case_id = ? AND summons_no = 2").get(caseA);
    await drag();
    await modal().getByTestId('schedule-conflicts').waitFor();
    expect(await modal().getByTestId('schedule-conflicts').textContent()).toContain('Kamis, 5 Desember 2024 13.00–15.00');
    await modal().getByRole('button', { name: 'Batal' }).click();
    await modal().waitFor({ state: 'detached' });
    await expect.poll(async () => (await page.locator('.fc-event', { hasText: 'Budi Santoso' }).locator('xpath=ancestor::td[1]').getAttribute('data-date')) ?? '').toBe('2024-12-04');
    expect(sessionA()).toEqual({ start_at: '2024-12-04T13:00', override_reason: null });
    await drag();
    await modal().getByRole('textbox', { name: 'Alasan tetap menjadwalkan' }).fill('Ruang dipakai bergantian, ketua tim menyetujui');
    await modal().getByRole('button', { name: 'Tetap simpan dengan alasan' }).click();
    await modal().waitFor({ state: 'detached' });
    // The drop lands on Thursday afternoon (the 15-minute snap may shift the minute).
    await expect.poll(() => (sessionA() as { start_at: string }).start_at.slice(0, 14)).toBe('2024-12-05T13:');
    expect(sessionA()).toMatchObject({ override_reason: 'Ruang dipakai bergantian, ketua tim menyetujui' });
    await page.goto(`${h.server.url}#/cases/${caseA}/examination`);
    await page.getByTestId('examination-title').waitFor();
  });

  await step('records attendance and the BAP with numbered questions and a refusal to sign', async () => {
    // Before the hearing main refuses "Hadir" and the screen says why.
    await page.getByRole('combobox', { name: /^Kehadiran \d+$/ }).last().click();
    await page.getByRole('option', { name: 'Hadir', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Kehadiran belum dapat dicatat');
    await page.keyboard.press('Escape');
    advance('2024-12-05T15:00');
    await page.getByRole('combobox', { name: /^Kehadiran \d+$/ }).last().click();
    await page.getByRole('option', { name: 'Hadir', exact: true }).click();
    await page.getByRole('button', { name: 'Catat BAP' }).click();
    await modal().getByRole('textbox', { name: 'Pertanyaan 1' }).fill('Apakah Saudara dalam keadaan sehat jasmani dan rohani?');
    await modal().getByRole('textbox', { name: 'Jawaban 1' }).fill('Ya, saya sehat.');
    await modal().getByRole('button', { name: 'Tambah pertanyaan' }).click();
    await modal().getByRole('textbox', { name: 'Pertanyaan 2' }).fill('Apakah Saudara menggunakan mobil dinas pada 20 Oktober 2024?');
    await modal().getByRole('textbox', { name: 'Jawaban 2' }).fill('Ya, untuk menghadiri acara di Balai Desa.');
    await modal().getByLabel('Terperiksa menolak menandatangani BAP').check();
    await modal().getByRole('textbox', { name: 'Keterangan penolakan' }).fill('Terperiksa menolak menandatangani tanpa memberikan alasan.');
    await modal().getByRole('button', { name: 'Simpan' }).click();
    await modal().waitFor({ state: 'detached' });
    await expect.poll(() => page.getByText('BAP · 2 pertanyaan · menolak tanda tangan').count()).toBe(1);
  });

  await step('enters the LHP and decides, with the sanction checked and its dates computed on the calendar', async () => {
    await page.getByRole('button', { name: 'Selesai pemeriksaan, susun LHP' }).click();
    await expect.poll(state).toBe('Laporan (LHP)');
    const lhp = page.locator('[data-testid^="lhp-"]');
    await lhp.getByRole('textbox', { name: 'Bentuk pelanggaran' }).fill('Menggunakan mobil dinas untuk menghadiri kampanye pasangan calon');
    await lhp.getByRole('textbox', { name: 'Waktu pelanggaran' }).fill('Minggu, 20 Oktober 2024');
    await lhp.getByRole('textbox', { name: 'Tempat pelanggaran' }).fill('Balai Desa Sukamaju');
    await lhp.getByRole('textbox', { name: 'Hal yang memberatkan' }).fill('Pejabat struktural');
    await lhp.getByRole('textbox', { name: 'Hal yang meringankan' }).fill('Mengakui perbuatannya');
    await lhp.getByRole('textbox', { name: 'Dampak' }).fill('Menurunkan kepercayaan publik terhadap netralitas ASN');
    await lhp.getByRole('combobox', { name: 'Rekomendasi hukuman' }).click();
    await page.getByRole('option', { name: 'Penurunan jabatan setingkat lebih rendah (berat)', exact: true }).click();
    await lhp.getByRole('textbox', { name: 'Pejabat yang berwenang menghukum' }).fill('Bupati selaku PPK');
    await lhp.getByRole('button', { name: 'Simpan LHP' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Ajukan LHP untuk keputusan' }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Ajukan LHP untuk keputusan' }).click();
    await expect.poll(state).toBe('Keputusan');

    // The LHP recommends a heavy sanction: a temporary release (PP 94/2021 Pasal 31), ordered by the superior on the team.
    const release = page.getByTestId(/^release-form-\d+$/);
    await expect.poll(() => page.getByTestId(/^release-\d+$/).textContent()).toContain('Tingkat yang diperkirakan: berat (menurut rekomendasi LHP)');
    expect(await release.getByRole('textbox', { name: 'Nama penandatangan' }).inputValue()).toBe('Drs. Agus Salim');
    await typeDate(release, 'Mulai dibebaskan', '05/12/2024');
    await release.getByRole('textbox', { name: 'Pertimbangan (untuk kelancaran pemeriksaan)' }).fill('agar tidak mempengaruhi saksi');
    await release.getByRole('textbox', { name: 'Nama Plh' }).fill('Rahmat Hidayat, S.Sos.');
    await release.getByRole('textbox', { name: 'NIP Plh' }).fill('198104142006041005');
    await release.getByRole('textbox', { name: 'Jabatan Plh' }).fill('Kepala Subbagian Umum');
    await release.getByRole('button', { name: 'Simpan pembebasan sementara' }).click();
    await expect.poll(() => page.getByTestId(/^release-status-\d+$/).textContent()).toContain('Masih berjalan: berakhir pada tanggal SK hukuman disiplin ditetapkan.');
    expect(h.app.ctx.db.prepare('SELECT start_date AS start, plh_name AS plh FROM temporary_releases').get()).toEqual({ start: '2024-12-05', plh: 'Rahmat Hidayat, S.Sos.' });

    const form = page.locator('[data-testid^="decision-"]').first();
    await form.getByRole('combobox', { name: 'Jenis hukuman' }).click();
    await page.getByRole('option', { name: 'Pemotongan tunjangan kinerja sebesar 25% (sedang)', exact: true }).click();
    await form.getByRole('combobox', { name: 'Jangka waktu (bulan)' }).click();
    await page.getByRole('option', { name: '6', exact: true }).click();
    // The SK's number and date are not typed: the form has no such boxes.
    expect(await form.getByRole('textbox', { name: 'Nomor SK' }).count()).toBe(0);
    await form.getByRole('button', { name: 'Simpan keputusan' }).click();
    // The form also shows who decides (an alert of its own): look for the refusal by its text.
    await expect.poll(() => form.getByRole('alert').filter({ hasText: 'Hukuman terlalu ringan' }).count()).toBe(1);
    expect(h.app.ctx.db.prepare('SELECT count(*) AS n FROM decisions').get()).toEqual({ n: 0 });

    await form.getByRole('combobox', { name: 'Jenis hukuman' }).click();
    await page.getByRole('option', { name: 'Penurunan jabatan setingkat lebih rendah (berat)', exact: true }).click();
    await form.getByRole('button', { name: 'Simpan keputusan' }).click();
    const sk = page.getByTestId('sk-number');
    await expect.poll(() => sk.textContent()).toBe('belum diterbitkan');
    expect(await page.getByTestId('decision-dates').textContent()).toContain('Berlaku mulai: dihitung setelah penyampaian dicatat');
    // A moral sanction by the PPK next to the disciplinary one: its own record (and letter).
    const moral = page.getByTestId(/^moral-\d+$/);
    await moral.getByRole('combobox', { name: 'Bentuk pernyataan' }).click();
    await page.getByRole('option', { name: 'Pernyataan secara terbuka' }).click();
    await moral.getByRole('textbox', { name: 'Disampaikan melalui (pernyataan terbuka)' }).fill('apel pagi Sekretariat Daerah');
    await moral.getByRole('button', { name: 'Simpan sanksi moral' }).click();
    await expect.poll(() => moral.textContent()).toContain('Sanksi moral tercatat: Pernyataan secara terbuka.');
    expect(h.app.ctx.db.prepare('SELECT sanction_code AS code, announced_at AS at FROM moral_sanctions').get()).toEqual({ code: 'PP42-MORAL-TERBUKA', at: 'apel pagi Sekretariat Daerah' });
    // Delivery waits for the SK; the "delivered" step waits for the delivery.
    await expect.poll(() => page.getByTestId('sk-panel-1').textContent()).toContain('SK untuk Budi Santoso belum diterbitkan');
    expect(await page.getByRole('button', { name: 'SK telah disampaikan' }).isEnabled()).toBe(false);
  });

  await step('issues the SK (its number and date appear), records its delivery (dates computed from it) and a keberatan', async () => {
    advance('2024-12-09T10:00');
    const { letter } = await issueLetter(h.app.ctx, { caseId: caseA, type: 'sk', subject: '' });
    await page.reload();
    await page.getByTestId('examination-title').waitFor();
    await expect.poll(() => page.getByTestId('sk-number').textContent()).toBe(`Nomor SK: ${letter.number}`);
    // The temporary release ended when the SK was set.
    expect(await page.getByTestId(/^release-status-\d+$/).textContent()).toContain(`9 Desember 2024: keputusan hukuman disiplin nomor ${letter.number} ditetapkan.`);
    // Delivery due 14 calendar days after the SK date (a setting to verify).
    expect(await page.getByTestId('delivery-due').textContent()).toContain('Senin, 23 Desember 2024');

    advance('2024-12-11T10:00');
    const panel = page.getByTestId('sk-panel-1');
    await typeDate(panel, 'Tanggal disampaikan', '06/12/2024');
    await panel.getByRole('textbox', { name: 'Diterima oleh' }).fill('Budi Santoso');
    // The officer who hands the SK over signs the berita acara as "Yang menyampaikan".
    await panel.getByRole('textbox', { name: 'Nama petugas yang menyampaikan' }).fill('Agus Salim');
    await panel.getByRole('textbox', { name: 'Jabatan petugas' }).fill('Pengadministrasi Umum');
    // Whether a refusal counts as delivery is an office setting to verify, and the form says so.
    expect(await panel.getByTestId('refusal-rule').textContent()).toContain('penolakan menerima dihitung sebagai penyampaian pada hari itu (perlu diverifikasi');
    await panel.getByRole('button', { name: 'Simpan penyampaian' }).click();
    await expect.poll(() => panel.getByRole('alert').textContent()).toContain('tidak boleh sebelum tanggal SK');
    await typeDate(panel, 'Tanggal disampaikan', '11/12/2024');
    await panel.getByRole('button', { name: 'Simpan penyampaian' }).click();
    const dates = page.getByTestId('decision-dates');
    // The 15th calendar day from receipt on 11 Dec 2024, then twelve months less a day.
    await expect.poll(() => dates.textContent()).toContain('Berlaku mulai: Kamis, 26 Desember 2024');
    expect(await dates.textContent()).toContain('Berakhir: Kamis, 25 Desember 2025');
    expect(await page.getByTestId('delivered-by').textContent()).toBe('Petugas yang menyampaikan: Agus Salim, Pengadministrasi Umum');
    await page.getByRole('button', { name: 'SK telah disampaikan' }).click();
    await expect.poll(state).toBe('SK disampaikan');

    advance('2024-12-12T10:00');
    const appeal = page.getByTestId('appeal-form');
    expect(await appeal.getByRole('textbox', { name: 'Ditujukan kepada' }).inputValue()).toBe('Bupati Contoh selaku Pejabat Pembina Kepegawaian');
    await typeDate(appeal, 'Tanggal diajukan', '12/12/2024');
    await appeal.getByRole('button', { name: 'Catat keberatan / banding' }).click();
    // 21 working days from 12 Dec 2024, past Christmas, cuti bersama and New Year: 15 Jan 2025.
    await expect.poll(() => page.getByTestId('appeals-table').textContent()).toContain('15 Januari 2025');
    await expect.poll(state).toBe('Upaya administratif');
    await page.screenshot({ path: resolve(shots, 'examination-decided.png'), fullPage: true });
    // The answer deadline is listed in "Perlu tindakan" as it comes near.
    advance('2025-01-13T10:00');
    await page.goto(`${h.server.url}#/dashboard`);
    await expect.poll(() => page.getByText('Jawaban atas keberatan').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Pemeriksa & Ruang' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'Ir. Hendra Wijaya' }).count()).toBe(1);
    await page.screenshot({ path: resolve(shots, 'examination-staff.png'), fullPage: true });

    // The answer upholds the SK: "Upaya administratif" ends and the sanction runs.
    await page.goto(`${h.server.url}#/cases/${caseA}/examination`);
    const outcome = page.getByTestId(/^appeal-outcome-\d+$/);
    await outcome.getByRole('textbox', { name: 'Nomor keputusan atas upaya administratif' }).fill('800/3/BKPSDM/2025');
    await typeDate(outcome, 'Tanggal keputusan', '13/01/2025');
    await outcome.getByRole('button', { name: 'Catat hasil' }).click();
    await expect.poll(state).toBe('SK disampaikan');
    await expect.poll(() => page.getByText('Keberatan diputus: dikuatkan (Nomor 800/3/BKPSDM/2025 tanggal 13 Januari 2025)').count()).toBe(1);
    expect(errors).toEqual([]);
  });
}, 600_000);
