/**
 * The two columns every list export beside a case ends with: the case's `case_uuid` (which
 * case, across offices) and its `revision` (which state of it the row reflects), the same as
 * the case list and the SIASN export carry.
 */
import type { Db } from '../db/connection.ts';
import type { TableColumn } from '../../../shared/reports/table-export.ts';
import { selectCaseIdentities } from '../cases/case-queries.ts';

export function caseIdentityColumns<Row>(db: Db, rows: readonly Row[], caseIdOf: (row: Row) => number, t: (key: string) => string): TableColumn<Row>[] {
  const identity = selectCaseIdentities(db, rows.map(caseIdOf));
  return [
    { header: t('case.caseUuid'), kind: 'text', width: 38, value: (r) => identity.get(caseIdOf(r))?.caseUuid ?? null },
    { header: t('case.revision'), kind: 'number', width: 10, value: (r) => identity.get(caseIdOf(r))?.revision ?? null },
  ];
}
