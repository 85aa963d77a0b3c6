import type { Migration } from './migration.ts';

/**
 * An OPD's own letterhead (kop): a summons signed by the accused's direct superior comes from
 * the superior's OPD, so it carries that OPD's name, address and contacts, not the
 * Inspectorate's. Existing OPDs have none until the administrator fills them in.
 */
export const opdLetterhead: Migration = {
  version: 21,
  name: 'opd-letterhead',
  up: (db) => {
    db.exec(`
      ALTER TABLE opds ADD COLUMN address TEXT;
      ALTER TABLE opds ADD COLUMN phone TEXT;
      ALTER TABLE opds ADD COLUMN email TEXT;
    `);
  },
};
