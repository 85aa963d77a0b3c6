import type { RecapQuery } from '../../../../shared/reports/recap.ts';

/**
 * This calendar year's incidents by OPD and status: what the regional head asks for first.
 * The route reads it ahead with the menu click (routes.tsx), so both must build the same payload.
 */
export function initialRecapQuery(): RecapQuery {
  const y = new Date().getFullYear();
  return { filters: { from: `${y}-01-01`, to: `${y}-12-31` }, rows: 'opd', columns: 'status' };
}
