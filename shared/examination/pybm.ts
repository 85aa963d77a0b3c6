/**
 * Who decides (Pejabat yang Berwenang Menghukum, PyBM): a pure lookup in the versioned
 * rule table (resources/rules/pybm-*.json) by the accused's position class and the
 * sanction level, with the "next higher official" step of PP 94/2021 when the unit has no
 * such official.
 */
import type { PositionClass } from '../employees/position-class.ts';
import type { SanctionLevel } from './sanctions.ts';

/** Deciding officials of a regency, lowest first; the President only for one dismissal. */
export const PYBM_OFFICIALS = ['pengawas', 'administrator', 'kepala_opd', 'ppk', 'presiden'] as const;
export type PybmOfficial = (typeof PYBM_OFFICIALS)[number];

export interface PybmRow {
  id: string;
  positionClass: PositionClass;
  level: SanctionLevel;
  /** When set, the row applies only to these sanctions (checked before the level-wide row). */
  sanctionCodes?: string[];
  official: PybmOfficial;
  /** Other officials the regulation also makes competent for this row. */
  alternatives: PybmOfficial[];
  basis: string;
  reason: { id: string; en: string };
}

export interface PybmTable {
  id: string;
  version: string;
  regulation: string;
  sources: string[];
  note: string;
  /** The "next higher official" order for a unit without the official a row names. */
  chain: PybmOfficial[];
  rows: PybmRow[];
}

export interface PybmQuery {
  positionClass: PositionClass | null;
  level: SanctionLevel;
  sanctionCode?: string | undefined;
  /** Officials the accused's unit does not have (the clerk says so on the decision form). */
  vacant?: readonly PybmOfficial[] | undefined;
}

export type PybmResolution =
  | {
      ok: true;
      tableVersion: string;
      row: PybmRow;
      /** The official who must decide, after stepping up past vacant posts. */
      official: PybmOfficial;
      /** Every official lawful for this row (default first), each stepped up past vacancies. */
      allowed: PybmOfficial[];
      /** The row's official when it was vacant and the decision moved up. */
      steppedUpFrom: PybmOfficial | null;
    }
  | { ok: false; key: 'pybm.classMissing' | 'pybm.noRow'; params: Record<string, string> };

/** The next official up the chain that is not vacant (PPK and President are never vacant). */
export function stepUp(table: PybmTable, official: PybmOfficial, vacant: readonly PybmOfficial[]): PybmOfficial {
  let current = official;
  while (vacant.includes(current) && current !== 'ppk' && current !== 'presiden') {
    const i = table.chain.indexOf(current);
    const next = i >= 0 ? table.chain[i + 1] : undefined;
    if (!next) return 'ppk';
    current = next;
  }
  return current;
}

/** The table row for a position class, level and sanction, and the official who must decide. */
export function resolvePybm(table: PybmTable, q: PybmQuery): PybmResolution {
  if (q.positionClass === null) return { ok: false, key: 'pybm.classMissing', params: {} };
  const candidates = table.rows.filter((r) => r.positionClass === q.positionClass && r.level === q.level);
  const row =
    candidates.find((r) => r.sanctionCodes !== undefined && q.sanctionCode !== undefined && r.sanctionCodes.includes(q.sanctionCode)) ??
    candidates.find((r) => r.sanctionCodes === undefined);
  if (!row) return { ok: false, key: 'pybm.noRow', params: { positionClass: q.positionClass, level: q.level } };
  const vacant = q.vacant ?? [];
  const official = stepUp(table, row.official, vacant);
  const allowed = [...new Set([row.official, ...row.alternatives].map((o) => stepUp(table, o, vacant)))];
  return { ok: true, tableVersion: table.version, row, official, allowed, steppedUpFrom: official === row.official ? null : row.official };
}

/** True when the sanction changes the employee's status (post, rank or employment): the heavy ones. */
export function changesStatus(level: SanctionLevel | null): boolean {
  return level === 'berat';
}
