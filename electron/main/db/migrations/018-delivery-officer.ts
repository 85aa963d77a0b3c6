import type { Migration } from './migration.ts';

/**
 * The berita acara penyampaian SK names the officer who handed the SK over ("Yang
 * menyampaikan": name, NIP, jabatan), not the official who signed the SK. Deliveries recorded
 * before this migration have no officer: their berita acara (if not issued yet) asks for one.
 */
export const deliveryOfficer: Migration = {
  version: 18,
  name: 'delivery-officer',
  up: (db) => {
    db.exec(`
      ALTER TABLE sk_deliveries ADD COLUMN delivered_by_name TEXT;
      ALTER TABLE sk_deliveries ADD COLUMN delivered_by_nip TEXT;
      ALTER TABLE sk_deliveries ADD COLUMN delivered_by_jabatan TEXT;
    `);
  },
};
