import type { Migration } from './migration.ts';

/** Child records of a case that carry its id: every row here is part of the case's outcome record. */
const DIRECT_CHILDREN = [
  'case_accused',
  'accused_superiors',
  'case_violations',
  'case_team',
  'case_transitions',
  'exam_sessions',
  'baps',
  'lhps',
  'decisions',
  'moral_sanctions',
  'sk_deliveries',
  'appeals',
  'temporary_releases',
  'issued_letters',
  'letter_signers',
  'evidence',
] as const;

/** Children that count their own edits in `version` (migration 22): one revision per counted edit, not two. */
const VERSIONED = new Set<string>(['case_accused', 'exam_sessions', 'baps', 'lhps', 'decisions']);

/** Grandchildren reached through their parent row: BAP questions and examiners, a session's examiners. */
const INDIRECT_CHILDREN = [
  { table: 'bap_qa', key: 'bap_id', parent: 'baps' },
  { table: 'bap_examiners', key: 'bap_id', parent: 'baps' },
  { table: 'session_examiners', key: 'session_id', parent: 'exam_sessions' },
] as const;

/**
 * A UUID version 4 made by SQLite itself (random bits from randomblob, the version nibble 4
 * and the variant bits 10): for a case written by a path that did not give one.
 */
const SQL_UUID_V4 = `lower(
  hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
  substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;

const bump = (caseIdExpr: string) => `UPDATE cases SET revision = revision + 1 WHERE id = ${caseIdExpr};`;

/**
 * Case identity for exchange between offices (bundles sent to the province):
 *
 * - `case_uuid`: a random UUID (crypto.randomUUID at registration; backfilled here for the
 *   cases already registered), UNIQUE, and fixed once given: a trigger refuses changing it,
 *   so an identity another office holds is never moved to other facts or reused. A case
 *   inserted without one (the demo generator, an older test fixture) gets one from SQLite.
 * - `revision`: counts every change to the case's whole outcome record: the case row and
 *   every child record (accused, violations, team, hearings, BAP, LHP, decision, moral
 *   sanction, delivery, appeals, release, letters issued or voided, signers, evidence).
 *   It is not `version` (migration 13): that guards the particulars form against stale
 *   edits, and counting a hearing scheduled by someone else there would refuse a clerk's
 *   unrelated edit of the chronology. A receiver keeps one copy per revision, so a
 *   change that did not bump it would be lost; that is why the counting is done by
 *   triggers created here rather than by each service: no write path (an import, the
 *   demo, a later feature that forgets) can change a case record without it. The triggers
 *   are part of the schema these migrations create, so restore's and verify's schema
 *   comparison expects them. Revisions increase with every change but are not
 *   consecutive between two bundles (one save can change several rows); a receiver finds
 *   gaps by the previous revision's hash, not by the number.
 *
 * Stored deadlines (`deadlines`) are left out on purpose: they are recomputed from the
 * calendar (a holiday added changes every open case's deadlines) and are not part of
 * what was decided.
 */
export const caseIdentity: Migration = {
  version: 24,
  name: 'case-identity',
  up: (db) => {
    db.exec('ALTER TABLE cases ADD COLUMN case_uuid TEXT');
    db.exec('ALTER TABLE cases ADD COLUMN revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1)');
    const ids = db.prepare('SELECT id FROM cases WHERE case_uuid IS NULL').pluck().all() as number[];
    const set = db.prepare('UPDATE cases SET case_uuid = ? WHERE id = ?');
    for (const id of ids) set.run(globalThis.crypto.randomUUID(), id);
    db.exec('CREATE UNIQUE INDEX cases_uuid ON cases(case_uuid)');

    db.exec(`
      CREATE TRIGGER cases_uuid_given AFTER INSERT ON cases WHEN NEW.case_uuid IS NULL
      BEGIN
        UPDATE cases SET case_uuid = ${SQL_UUID_V4} WHERE id = NEW.id;
      END;
      CREATE TRIGGER cases_uuid_fixed BEFORE UPDATE OF case_uuid ON cases
        WHEN OLD.case_uuid IS NOT NULL AND NEW.case_uuid IS NOT OLD.case_uuid
      BEGIN SELECT RAISE(ABORT, 'a case_uuid is never changed'); END;
      CREATE TRIGGER cases_revision AFTER UPDATE ON cases
        WHEN NEW.revision = OLD.revision AND OLD.case_uuid IS NOT NULL
      BEGIN
        UPDATE cases SET revision = OLD.revision + 1 WHERE id = NEW.id;
      END;`);

    for (const table of DIRECT_CHILDREN) {
      const onUpdate = VERSIONED.has(table) ? 'WHEN NEW.version IS NOT OLD.version' : '';
      db.exec(`
        CREATE TRIGGER ${table}_case_revision_ins AFTER INSERT ON ${table} BEGIN ${bump('NEW.case_id')} END;
        CREATE TRIGGER ${table}_case_revision_upd AFTER UPDATE ON ${table} ${onUpdate}
        BEGIN ${bump('NEW.case_id')} UPDATE cases SET revision = revision + 1 WHERE id = OLD.case_id AND OLD.case_id IS NOT NEW.case_id; END;
        CREATE TRIGGER ${table}_case_revision_del AFTER DELETE ON ${table} BEGIN ${bump('OLD.case_id')} END;`);
    }
    for (const { table, key, parent } of INDIRECT_CHILDREN) {
      const of = (row: 'NEW' | 'OLD') => `(SELECT case_id FROM ${parent} WHERE id = ${row}.${key})`;
      db.exec(`
        CREATE TRIGGER ${table}_case_revision_ins AFTER INSERT ON ${table} BEGIN ${bump(of('NEW'))} END;
        CREATE TRIGGER ${table}_case_revision_upd AFTER UPDATE ON ${table} BEGIN ${bump(of('NEW'))} END;
        CREATE TRIGGER ${table}_case_revision_del AFTER DELETE ON ${table} BEGIN ${bump(of('OLD'))} END;`);
    }
  },
};
