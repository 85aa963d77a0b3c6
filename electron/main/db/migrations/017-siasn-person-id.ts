import type { Migration } from './migration.ts';

/**
 * The employee's SIASN person id (pnsOrangId, BKN's own key for a civil servant), optional:
 * the SIASN export fills it in when known, and the operator finds the person by NIP when not.
 */
export const siasnPersonId: Migration = {
  version: 17,
  name: 'siasn-person-id',
  up: (db) => {
    db.exec('ALTER TABLE employees ADD COLUMN siasn_person_id TEXT');
  },
};
