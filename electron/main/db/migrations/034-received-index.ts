import type { Migration } from './migration.ts';

/** case_json of the revision a received case now points at, as JSON SQLite can walk (a text that is not JSON reads as an empty record). */
const REC = "(SELECT CASE WHEN json_valid(r.case_json) THEN r.case_json ELSE '{}' END FROM received_case_revisions r WHERE r.id = NEW.latest_revision_id)";

/** What the trigger bodies run for the received case NEW: its narrow rows rebuilt from its newest revision. */
const REFRESH = `
  DELETE FROM received_case_heads WHERE origin_code = NEW.origin_code AND case_uuid = NEW.case_uuid;
  DELETE FROM received_people WHERE origin_code = NEW.origin_code AND case_uuid = NEW.case_uuid;
  DELETE FROM received_case_violations WHERE origin_code = NEW.origin_code AND case_uuid = NEW.case_uuid;
  INSERT INTO received_case_heads (origin_code, case_uuid, origin_name, register_no, revision, received_at, status, incident_date)
    SELECT NEW.origin_code, NEW.case_uuid, r.origin_name, r.register_no, r.revision, r.received_at,
           coalesce(json_extract(${REC}, '$.status'), ''), json_extract(${REC}, '$.incident.date')
    FROM received_case_revisions r WHERE r.id = NEW.latest_revision_id;
  INSERT INTO received_people (origin_code, case_uuid, idx, name, nip, opd, employment, level, sanction_code, sk_date, decided, sanctioned)
    SELECT NEW.origin_code, NEW.case_uuid, CAST(a.key AS INTEGER),
           coalesce(json_extract(a.value, '$.name'), ''), coalesce(json_extract(a.value, '$.nip'), ''),
           json_extract(a.value, '$.opd'), json_extract(a.value, '$.employmentType'),
           CASE WHEN json_extract(a.value, '$.decision') IS NULL THEN 'none' ELSE coalesce(json_extract(a.value, '$.decision.level'), 'other') END,
           json_extract(a.value, '$.decision.sanctionCode'),
           CASE WHEN json_extract(a.value, '$.decision.skNumber') IS NULL THEN NULL ELSE json_extract(a.value, '$.decision.skDate') END,
           json_extract(a.value, '$.decision') IS NOT NULL,
           json_extract(a.value, '$.decision.skNumber') IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM json_each(a.value, '$.appeals') ap WHERE json_extract(ap.value, '$.outcome') = 'annulled')
    FROM json_each(${REC}, '$.accused') a;
  INSERT INTO received_case_violations (origin_code, case_uuid, idx, code)
    SELECT NEW.origin_code, NEW.case_uuid, CAST(v.key AS INTEGER), json_extract(v.value, '$.code')
    FROM json_each(${REC}, '$.violations') v WHERE json_extract(v.value, '$.code') IS NOT NULL;`;

/**
 * Narrow rows of each received case's newest revision, for its list, search, recap and SIASN
 * export: reading them from case.json meant parsing every stored record on each search or
 * recap (about a second for 20,000 received cases). They are derived, never edited: triggers
 * on received_cases rebuild a case's rows whenever it points at another revision (its
 * first import, a newer revision arriving), so no import path can leave them stale, and the
 * migration fills them for the cases already received.
 *
 * - `received_case_heads`: origin name, register number, revision, arrival, status, incident
 *   date; ordered as the list is.
 * - `received_people`: one row per accused (name, NIP, OPD in words, employment, sanction
 *   level or none/other, sanction code, the SK's date when an SK was issued, decided,
 *   sanctioned = an SK that no appeal annulled).
 * - `received_case_violations`: the record's violation codes in order.
 */
export const receivedIndex: Migration = {
  version: 34,
  name: 'received-index',
  up: (db) => {
    db.exec(`
      CREATE TABLE received_case_heads (
        origin_code TEXT NOT NULL,
        case_uuid TEXT NOT NULL,
        origin_name TEXT NOT NULL,
        register_no TEXT NOT NULL,
        revision INTEGER NOT NULL,
        received_at TEXT NOT NULL,
        status TEXT NOT NULL,
        incident_date TEXT,
        PRIMARY KEY (origin_code, case_uuid)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX received_case_heads_list ON received_case_heads(origin_name, origin_code, register_no, case_uuid);
      CREATE INDEX received_case_heads_incident ON received_case_heads(incident_date);
      CREATE TABLE received_people (
        origin_code TEXT NOT NULL,
        case_uuid TEXT NOT NULL,
        idx INTEGER NOT NULL,
        name TEXT NOT NULL,
        nip TEXT NOT NULL,
        opd TEXT,
        employment TEXT,
        level TEXT NOT NULL,
        sanction_code TEXT,
        sk_date TEXT,
        decided INTEGER NOT NULL,
        sanctioned INTEGER NOT NULL,
        PRIMARY KEY (origin_code, case_uuid, idx)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX received_people_sk ON received_people(sk_date) WHERE sk_date IS NOT NULL;
      CREATE TABLE received_case_violations (
        origin_code TEXT NOT NULL,
        case_uuid TEXT NOT NULL,
        idx INTEGER NOT NULL,
        code TEXT NOT NULL,
        PRIMARY KEY (origin_code, case_uuid, idx)
      ) STRICT, WITHOUT ROWID;
      CREATE TRIGGER received_cases_index_ins AFTER INSERT ON received_cases BEGIN ${REFRESH} END;
      CREATE TRIGGER received_cases_index_upd AFTER UPDATE OF latest_revision_id ON received_cases BEGIN ${REFRESH} END;
      -- The cases received before this version: the same rows, by touching each pointer.
      UPDATE received_cases SET latest_revision_id = latest_revision_id;
    `);
  },
};
