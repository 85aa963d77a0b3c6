import type { Migration } from './migration.ts';

/**
 * Covering indexes for the "Perlu tindakan" counts. The counts of
 * overdue items read every open deadline and pending recommendation before today (tens
 * of thousands on the demo data); with the filtered columns inside the index each count
 * is an index-only scan instead of one table lookup per row. Same index names, so the
 * queries' INDEXED BY keeps failing loudly if an index and its query drift apart.
 */
export const needsActionIndex: Migration = {
  version: 8,
  name: 'needs-action-index',
  up: (db) => {
    db.exec(`
      DROP INDEX deadlines_open_due;
      CREATE INDEX deadlines_open_due ON deadlines(due_date, rule_id) WHERE status = 'open';

      -- The status list must match RECOMMENDATION_PENDING_SQL in electron/main/deadlines/needs-action-queries.ts.
      DROP INDEX cases_recommendation_pending;
      CREATE INDEX cases_recommendation_pending ON cases(created_at, source, status)
        WHERE source IN ('bawaslu', 'bkn') AND status IN ('registered', 'verification', 'summons_1', 'summons_2', 'report');
    `);
  },
};
