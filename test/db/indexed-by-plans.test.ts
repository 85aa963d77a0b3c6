/**
 * Every statement that names an index with INDEXED BY is also read through EXPLAIN QUERY
 * PLAN: INDEXED BY only promises that SQLite uses the index somewhere, while these
 * statements were written so that the index answers the whole filter (a covering read, or
 * a search on its leading columns), never a full scan of the table it indexes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/main/db/connection.ts';
import { caseCountSql, caseRowsSql } from '../../electron/main/cases/case-list-queries.ts';
import { countOpenDeadlines, countPendingRecommendations, selectOpenDeadlines, selectPendingRecommendations } from '../../electron/main/deadlines/needs-action-queries.ts';
import { countRecapCases, selectRecapCells } from '../../electron/main/reports/recap-queries.ts';
import { caseListSchema } from '../../shared/cases/schemas.ts';
import { tempApp } from '../support/temp-app.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
beforeAll(async () => {
  app = await tempApp();
});
afterAll(() => app?.close());

/** The plan's detail lines of a statement with its parameters. */
function plan(db: Db, sql: string, params: Record<string, unknown> | unknown[] = {}): string[] {
  const stmt = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const rows = (Array.isArray(params) ? stmt.all(...params) : stmt.all(params)) as { detail: string }[];
  return rows.map((r) => r.detail);
}

/** Runs `use` with db.prepare recording each statement naming INDEXED BY and the arguments it ran with. */
function captured(db: Db, use: () => void): { sql: string; args: unknown[] }[] {
  const seen: { sql: string; args: unknown[] }[] = [];
  const prepare = db.prepare.bind(db);
  const spy = ((sql: string) => {
    const stmt = prepare(sql);
    if (!sql.includes('INDEXED BY')) return stmt;
    const record = (fn: (...a: unknown[]) => unknown) => (...args: unknown[]) => {
      seen.push({ sql, args });
      return fn.apply(stmt, args);
    };
    return Object.assign(Object.create(stmt) as object, { all: record(stmt.all), get: record(stmt.get) });
  }) as Db['prepare'];
  db.prepare = spy;
  try {
    use();
  } finally {
    db.prepare = prepare;
  }
  return seen;
}

const noFullScanOf = (table: string, lines: string[]) => lines.filter((l) => new RegExp(`^SCAN ${table}\\b(?! USING)`).test(l));

describe('the case list reads the covering index cases_filter_cover', () => {
  const queries = [
    { status: 'registered' },
    { status: 'summons_1', source: 'bawaslu', opdId: 3 },
    { employmentType: 'PPPK' },
    { status: 'decided', sort: 'incident_desc' },
  ];
  it.each(queries)('count and page of %o: the index alone, no scan of cases', (q) => {
    const query = caseListSchema.parse({ ...q, offset: 0, limit: 100 });
    const count = caseCountSql(query);
    expect(count.sql).toContain('INDEXED BY cases_filter_cover');
    const countPlan = plan(app.ctx.db, count.sql, count.params);
    expect(countPlan.join('\n')).toContain('USING COVERING INDEX cases_filter_cover');
    expect(noFullScanOf('c', countPlan)).toEqual([]);
    // Few matches in a big table: the page is read from the covering index and sorted.
    const rows = caseRowsSql(query, { total: 10, tableSize: 1_000_000 });
    expect(rows.sql).toContain('INDEXED BY cases_filter_cover');
    const rowsPlan = plan(app.ctx.db, rows.sql, rows.params);
    expect(rowsPlan.join('\n')).toContain('INDEX cases_filter_cover');
    expect(noFullScanOf('c', rowsPlan)).toEqual([]);
  });
});

describe('the needs-action list reads its partial indexes', () => {
  it('open deadlines through deadlines_open_due, recommendations through cases_recommendation_pending', () => {
    const db = app.ctx.db;
    const seen = captured(db, () => {
      selectOpenDeadlines(db, '2024-11-04', '2024-11-11', 50);
      countOpenDeadlines(db, '2024-11-04', '2024-11-11');
      selectPendingRecommendations(db, '2024-11-04T00:00:00.000Z', 50);
      countPendingRecommendations(db, '2024-10-01T00:00:00.000Z', '2024-11-04T00:00:00.000Z');
    });
    expect(seen.length).toBe(4);
    for (const { sql, args } of seen) {
      const index = /INDEXED BY (\w+)/.exec(sql)![1]!;
      const lines = plan(db, sql, args.length === 1 && typeof args[0] === 'object' ? (args[0] as Record<string, unknown>) : args);
      expect(lines.join('\n'), sql).toMatch(new RegExp(`USING (COVERING )?INDEX ${index}\\b`));
      expect(noFullScanOf('d', lines), sql).toEqual([]);
      expect(noFullScanOf('c', lines), sql).toEqual([]);
    }
  });
});

describe('the recap reads the period through cases_recap', () => {
  it('a two-way pivot, a pivot by violation and a person-filtered case count: the covering index, no scan of cases', () => {
    const db = app.ctx.db;
    const period = { from: '2024-01-01', to: '2024-12-31' };
    const seen = captured(db, () => {
      selectRecapCells(db, period, ['opd', 'status']);
      selectRecapCells(db, { ...period, source: 'bawaslu' }, ['violation', 'sanction']);
      countRecapCases(db, { ...period, employmentType: 'PPPK' });
    });
    expect(seen.length).toBe(3);
    for (const { sql, args } of seen) {
      const lines = plan(db, sql, args[0] as Record<string, unknown>);
      expect(lines.join('\n'), sql).toContain('USING COVERING INDEX cases_recap');
      expect(noFullScanOf('c', lines), sql).toEqual([]);
    }
  });
});
