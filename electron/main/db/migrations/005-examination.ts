import type { Migration } from './migration.ts';
import { shippedHolidayYears, sourceText } from '../../calendar/shipped-holidays.ts';

/**
 * Examination process, part A: the working-day calendar (official holiday
 * lists seeded from resources/holidays, then kept by the administrator), the office's
 * deadline-rule settings, and stored due dates for the needs-action list. Hearings,
 * team, BAP, LHP and decisions come in migration 7.
 */
export const examination: Migration = {
  version: 5,
  name: 'examination',
  up: (db) => {
    db.exec(`
      -- A year is covered only when its official list is here; its source names the decrees.
      CREATE TABLE holiday_years (
        year INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
        source TEXT NOT NULL CHECK (length(source) > 0),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;

      CREATE TABLE holidays (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL UNIQUE CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        year INTEGER NOT NULL REFERENCES holiday_years(year),
        name TEXT NOT NULL CHECK (length(name) > 0),
        kind TEXT NOT NULL CHECK (kind IN ('libur_nasional', 'cuti_bersama', 'pemilu')),
        note TEXT,
        CHECK (substr(date, 1, 4) = CAST(year AS TEXT))
      ) STRICT;
      CREATE INDEX holidays_year ON holidays(year, date);

      -- The office's adjustments of the legal deadlines (absent row = the regulation's default).
      CREATE TABLE deadline_rule_settings (
        rule_id TEXT PRIMARY KEY,
        value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 365),
        unit TEXT NOT NULL CHECK (unit IN ('workdays', 'days')),
        mode TEXT NOT NULL CHECK (mode IN ('atLeast', 'atMost')),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;

      -- Due dates raised by events (a missed hearing, a signed or delivered SK ...), stored
      -- so the needs-action list reads an index range instead of recomputing every case.
      CREATE TABLE deadlines (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        rule_id TEXT NOT NULL,
        subject_type TEXT NOT NULL,
        subject_id INTEGER,
        basis_date TEXT NOT NULL,
        due_date TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'met', 'cancelled')),
        created_at TEXT NOT NULL,
        resolved_at TEXT,
        note TEXT
      ) STRICT;
      CREATE INDEX deadlines_open_due ON deadlines(due_date) WHERE status = 'open';
      CREATE INDEX deadlines_case ON deadlines(case_id, rule_id);

      -- Recommendations (Bawaslu, BKN) still waiting for the PPK's decision, oldest first:
      -- the needs-action list reads this range. The status list must match
      -- RECOMMENDATION_PENDING_SQL in electron/main/deadlines/needs-action-queries.ts.
      CREATE INDEX cases_recommendation_pending ON cases(created_at)
        WHERE source IN ('bawaslu', 'bkn') AND status IN ('registered', 'verification', 'summons_1', 'summons_2', 'report');
    `);
    const now = new Date().toISOString();
    const insertYear = db.prepare('INSERT INTO holiday_years (year, source, updated_at, updated_by) VALUES (?, ?, ?, ?)');
    const insertHoliday = db.prepare('INSERT INTO holidays (date, year, name, kind, note) VALUES (?, ?, ?, ?, ?)');
    for (const file of shippedHolidayYears) {
      insertYear.run(file.year, sourceText(file), now, 'sipena:resources/holidays');
      for (const h of file.holidays) insertHoliday.run(h.date, file.year, h.name, h.kind, h.note ?? null);
    }
  },
};
