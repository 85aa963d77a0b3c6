import type { Migration } from './migration.ts';

/**
 * Who decides (PP 94/2021 Bab III): the employee's position class, the head of each OPD
 * (who signs "KEPUTUSAN KEPALA DINAS ..."), and on each decision the deciding official, the
 * rule-table row it was resolved from and the signatory as printed on the SK.
 */
export const pybm: Migration = {
  version: 10,
  name: 'pybm',
  up: (db) => {
    db.exec(`
      ALTER TABLE employees ADD COLUMN position_class TEXT CHECK (position_class IN
        ('jpt_pratama','administrator','pengawas','pelaksana','jf_ahli_utama','jf_ahli_madya','jf_ahli_muda','jf_ahli_pertama','jf_terampil','pppk'));

      ALTER TABLE opds ADD COLUMN head_title TEXT;
      ALTER TABLE opds ADD COLUMN head_prefix TEXT NOT NULL DEFAULT '' CHECK (head_prefix IN ('', 'Plt.', 'Plh.', 'Pj.', 'Pjs.'));
      ALTER TABLE opds ADD COLUMN head_name TEXT;
      ALTER TABLE opds ADD COLUMN head_nip TEXT;
      ALTER TABLE opds ADD COLUMN head_pangkat TEXT;

      -- NULL on decisions recorded before this migration: their SK keeps the office's PPK.
      ALTER TABLE decisions ADD COLUMN pybm_official TEXT CHECK (pybm_official IN ('pengawas','administrator','kepala_opd','ppk','presiden'));
      ALTER TABLE decisions ADD COLUMN pybm_rule TEXT;
      ALTER TABLE decisions ADD COLUMN signatory TEXT CHECK (signatory IS NULL OR json_valid(signatory));
    `);
  },
};
