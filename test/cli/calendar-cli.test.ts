import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-app.ts';
import { runCli, runCliHere } from '../support/run-cli.ts';
import { shippedHolidayYears } from '../../electron/main/calendar/shipped-holidays.ts';

const data = tempDir();
afterAll(() => data.cleanup());

// In this process (runCliHere); each test also runs one call through a real Node process
// (runCli) to show the printed lines and exit code are the same there.
const cli = (...args: string[]) => runCliHere(args);
const spawned = (...args: string[]) => runCli(args);

describe('calendar CLI', () => {
  it('adds working days across Idul Fitri 2024/2025 and election day, on the shipped lists', async () => {
    expect(spawned('calendar', 'add-workdays', '2024-04-05', '1', '--shipped')).toEqual({ code: 0, out: '2024-04-16', err: '' });
    expect(await cli('calendar', 'add-workdays', '2024-04-05', '1', '--shipped')).toEqual({ code: 0, out: '2024-04-16', err: '' });
    expect((await cli('calendar', 'add-workdays', '2025-03-27', '1', '--shipped')).out).toBe('2025-04-08');
    expect((await cli('calendar', 'add-workdays', '2024-11-26', '1', '--shipped')).out).toBe('2024-11-28');
    expect((await cli('calendar', 'add-workdays', '2024-12-05', '-7', '--shipped')).out).toBe('2024-11-25');
    expect(await cli('calendar', 'is-workday', '2024-11-27', '--shipped')).toEqual({ code: 0, out: 'no', err: '' });
    expect((await cli('calendar', 'is-workday', '2024-11-28', '--shipped')).out).toBe('yes');
  });

  it('uses the database calendar when there is one, and answers "no" for every weekday of the official 2024 and 2025 lists', async () => {
    expect((await cli('init', '--data', data.dir)).code).toBe(0);
    const weekdays = shippedHolidayYears
      .filter((f) => f.year === 2024 || f.year === 2025)
      .flatMap((f) => f.holidays.map((h) => h.date))
      .filter((d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()));
    expect(weekdays.length).toBeGreaterThan(40);
    expect(spawned('calendar', 'is-workday', weekdays[0]!, '--data', data.dir)).toEqual({ code: 0, out: 'no', err: '' });
    // In this process every date is cheap: all of them, not a spot-check.
    for (const d of weekdays) expect((await cli('calendar', 'is-workday', d, '--data', data.dir)).out, d).toBe('no');
  });

  it('fails with one clear line for a year without data, a bad date or a bad count', async () => {
    expect(spawned('calendar', 'is-workday', '2031-01-02', '--shipped')).toEqual({ code: 1, out: '', err: 'calendar: tidak ada data hari libur untuk tahun 2031' });
    expect(await cli('calendar', 'is-workday', '2031-01-02', '--shipped')).toEqual({ code: 1, out: '', err: 'calendar: tidak ada data hari libur untuk tahun 2031' });
    // The year after the newest list is computed provisionally and says so; two years on, refused.
    expect(await cli('calendar', 'add-workdays', '2026-12-30', '5', '--data', data.dir)).toEqual({
      code: 0,
      out: '2027-01-07',
      err: 'perkiraan: tahun 2027 belum punya daftar hari libur resmi (hanya akhir pekan dan libur nasional bertanggal tetap dihitung)',
    });
    expect(await cli('calendar', 'add-workdays', '2028-12-28', '5', '--data', data.dir)).toMatchObject({ code: 1, err: 'calendar: tidak ada data hari libur untuk tahun 2029' });
    expect(await cli('calendar', 'is-workday', '2024-02-30', '--shipped')).toMatchObject({ code: 1, err: expect.stringContaining('tanggal tidak valid') });
    expect(await cli('calendar', 'add-workdays', '2024-02-01', 'tujuh', '--shipped')).toMatchObject({ code: 1, err: expect.stringContaining('jumlah hari kerja tidak valid') });
    expect(await cli('calendar', 'frobnicate')).toMatchObject({ code: 2, err: expect.stringContaining('usage:') });
  });
});
