import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliCommand } from '../command.ts';
import { CliError } from '../command.ts';
import { resolveCliDataDir } from '../cli-paths.ts';
import { openExistingReadOnly } from '../open-existing.ts';
import { DB_FILE_NAME } from '../../main/db/open.ts';
import { loadCalendar } from '../../main/calendar/calendar-service.ts';
import { shippedCalendar } from '../../main/calendar/shipped-holidays.ts';
import type { HolidayCalendar } from '../../../shared/calendar/types.ts';
import { NoHolidayDataError, addWorkdays, isWorkday, provisionalYearsBetween } from '../../../shared/calendar/working-days.ts';
import { isIsoDate } from '../../../shared/calendar/iso-day.ts';
import { tableExists } from '../../main/db/connection.ts';

const USAGE = 'calendar add-workdays YYYY-MM-DD N | calendar is-workday YYYY-MM-DD  [--data DIR] [--shipped]';

/**
 * The office's calendar when a database exists (it holds the administrator's edits),
 * else the official lists shipped in resources/holidays. --shipped forces the latter.
 */
function chooseCalendar(dataFlag: string | undefined, shipped: boolean): HolidayCalendar {
  if (shipped) return shippedCalendar();
  const dataDir = resolveCliDataDir(dataFlag);
  if (!existsSync(join(dataDir, DB_FILE_NAME))) {
    if (dataFlag !== undefined) throw new CliError(`no database at ${join(dataDir, DB_FILE_NAME)}; run "npm run cli -- init --data ${dataDir}" first, or use --shipped`);
    return shippedCalendar();
  }
  const { db } = openExistingReadOnly(dataDir);
  try {
    if (!tableExists(db, 'holidays')) throw new CliError(`the database in ${dataDir} has no calendar yet; run "npm run cli -- init --data ${dataDir}" to migrate it, or use --shipped`);
    return loadCalendar(db);
  } finally {
    db.close();
  }
}

function parseDate(s: string | undefined): string {
  if (!s || !isIsoDate(s)) throw new CliError(`tanggal tidak valid: ${JSON.stringify(s ?? '')} (format YYYY-MM-DD)`);
  return s;
}

export const calendarCommand: CliCommand = {
  name: 'calendar',
  usage: 'calendar add-workdays|is-workday ...',
  summary: 'working-day arithmetic on the office calendar: prints the date, or yes/no',
  run: async (argv, io) => {
    // "-7" is a count, not a flag: hide negative numbers from the option parser.
    const { values, positionals: raw } = parseArgs({
      args: argv.map((a) => (/^-\d+$/.test(a) ? `neg:${a.slice(1)}` : a)),
      options: { data: { type: 'string' }, shipped: { type: 'boolean', default: false } },
      allowPositionals: true,
      allowNegative: false,
      strict: true,
    });
    const positionals = raw.map((a) => (a.startsWith('neg:') ? `-${a.slice(4)}` : a));
    const [sub, dateArg, nArg, ...extra] = positionals;
    try {
      if (sub === 'add-workdays' && extra.length === 0) {
        const date = parseDate(dateArg);
        if (nArg === undefined || !/^-?\d{1,4}$/.test(nArg)) throw new CliError(`jumlah hari kerja tidak valid: ${JSON.stringify(nArg ?? '')} (bilangan bulat, mis. 7 atau -7)`);
        const cal = chooseCalendar(values.data, values.shipped);
        const result = addWorkdays(date, Number(nArg), cal);
        io.out(result);
        const provisional = provisionalYearsBetween(date, result, cal);
        if (provisional.length > 0) io.err(`perkiraan: tahun ${provisional.join(', ')} belum punya daftar hari libur resmi (hanya akhir pekan dan libur nasional bertanggal tetap dihitung)`);
        return 0;
      }
      if (sub === 'is-workday' && nArg === undefined) {
        const date = parseDate(dateArg);
        io.out(isWorkday(date, chooseCalendar(values.data, values.shipped)) ? 'yes' : 'no');
        return 0;
      }
    } catch (e) {
      if (e instanceof NoHolidayDataError) throw new CliError(e.message);
      throw e;
    }
    io.err(`usage: npm run cli -- ${USAGE}`);
    return 2;
  },
};
