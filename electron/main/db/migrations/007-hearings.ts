import type { Migration } from './migration.ts';

/**
 * Examination process: examiners and case teams, rooms, hearing sessions with
 * their summons and attendance, BAP, LHP, decisions, and the log of workflow steps.
 * Times are office-local 'YYYY-MM-DDTHH:MM' text, so they compare as strings.
 */
export const hearings: Migration = {
  version: 7,
  name: 'hearings',
  up: (db) => {
    db.exec(`
      CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        nip TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        pangkat TEXT,
        jabatan TEXT,
        unit TEXT NOT NULL CHECK (unit IN ('inspektorat','bkpsdm','atasan','lainnya')),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE case_team (
        case_id INTEGER NOT NULL REFERENCES cases(id),
        staff_id INTEGER NOT NULL REFERENCES staff(id),
        role TEXT NOT NULL CHECK (role IN ('chair','member','secretary')),
        PRIMARY KEY (case_id, staff_id)
      ) STRICT;
      CREATE UNIQUE INDEX case_team_one_chair ON case_team(case_id) WHERE role = 'chair';
      CREATE UNIQUE INDEX case_team_one_secretary ON case_team(case_id) WHERE role = 'secretary';
      CREATE INDEX case_team_staff ON case_team(staff_id);

      CREATE TABLE rooms (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
      ) STRICT;

      CREATE TABLE exam_sessions (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        accused_id INTEGER NOT NULL REFERENCES case_accused(id),
        -- The accused's NIP, so one person summoned in two cases is found as one.
        accused_nip TEXT NOT NULL,
        summons_no INTEGER NOT NULL CHECK (summons_no IN (1, 2)),
        summons_date TEXT NOT NULL,
        start_at TEXT NOT NULL,
        end_at TEXT NOT NULL,
        duration_min INTEGER NOT NULL CHECK (duration_min BETWEEN 15 AND 480),
        room_id INTEGER REFERENCES rooms(id),
        video_link TEXT,
        attendance TEXT CHECK (attendance IN ('present','absent','postponed')),
        attendance_note TEXT,
        override_reason TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (room_id IS NOT NULL OR video_link IS NOT NULL),
        CHECK (end_at > start_at)
      ) STRICT;
      CREATE INDEX exam_sessions_case ON exam_sessions(case_id, start_at);
      CREATE INDEX exam_sessions_start ON exam_sessions(start_at);
      CREATE INDEX exam_sessions_room_start ON exam_sessions(room_id, start_at) WHERE room_id IS NOT NULL;
      CREATE INDEX exam_sessions_accused_start ON exam_sessions(accused_nip, start_at);

      -- Examiners of a session, with its times copied so an examiner's bookings are one index range.
      CREATE TABLE session_examiners (
        session_id INTEGER NOT NULL REFERENCES exam_sessions(id),
        staff_id INTEGER NOT NULL REFERENCES staff(id),
        start_at TEXT NOT NULL,
        end_at TEXT NOT NULL,
        PRIMARY KEY (session_id, staff_id)
      ) STRICT;
      CREATE INDEX session_examiners_staff_start ON session_examiners(staff_id, start_at);

      CREATE TABLE baps (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL UNIQUE REFERENCES exam_sessions(id),
        case_id INTEGER NOT NULL REFERENCES cases(id),
        accused_id INTEGER NOT NULL REFERENCES case_accused(id),
        examinee_present INTEGER NOT NULL CHECK (examinee_present IN (0, 1)),
        place TEXT,
        refused_to_sign INTEGER NOT NULL DEFAULT 0 CHECK (refused_to_sign IN (0, 1)),
        refusal_note TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (refused_to_sign = 0 OR refusal_note IS NOT NULL)
      ) STRICT;
      CREATE INDEX baps_case ON baps(case_id);

      CREATE TABLE bap_examiners (
        bap_id INTEGER NOT NULL REFERENCES baps(id),
        staff_id INTEGER NOT NULL REFERENCES staff(id),
        PRIMARY KEY (bap_id, staff_id)
      ) STRICT;

      CREATE TABLE bap_qa (
        bap_id INTEGER NOT NULL REFERENCES baps(id),
        no INTEGER NOT NULL CHECK (no >= 1),
        question TEXT NOT NULL,
        answer TEXT NOT NULL,
        PRIMARY KEY (bap_id, no)
      ) STRICT;

      CREATE TABLE lhps (
        case_id INTEGER NOT NULL REFERENCES cases(id),
        accused_id INTEGER NOT NULL REFERENCES case_accused(id),
        violation_form TEXT NOT NULL,
        violation_time TEXT NOT NULL,
        violation_place TEXT NOT NULL,
        aggravating TEXT,
        mitigating TEXT,
        impact TEXT NOT NULL,
        recommended_sanction_code TEXT NOT NULL,
        authorised_official TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (case_id, accused_id)
      ) STRICT;

      CREATE TABLE decisions (
        case_id INTEGER NOT NULL REFERENCES cases(id),
        accused_id INTEGER NOT NULL REFERENCES case_accused(id),
        accused_nip TEXT NOT NULL,
        catalogue_id TEXT NOT NULL,
        catalogue_version TEXT NOT NULL,
        sanction_code TEXT NOT NULL,
        level TEXT CHECK (level IN ('ringan','sedang','berat')),
        duration_months INTEGER,
        outcome_text TEXT,
        sk_number TEXT NOT NULL,
        sk_date TEXT NOT NULL,
        delivered_on TEXT,
        effective_date TEXT NOT NULL,
        end_date TEXT,
        repeat_offender INTEGER NOT NULL CHECK (repeat_offender IN (0, 1)),
        without_examination INTEGER NOT NULL CHECK (without_examination IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (case_id, accused_id)
      ) STRICT;
      CREATE INDEX decisions_nip ON decisions(accused_nip, case_id);

      -- Every workflow step with who, when and why (the audit log holds the same, chained).
      CREATE TABLE case_transitions (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        from_state TEXT NOT NULL,
        to_state TEXT NOT NULL,
        action TEXT NOT NULL,
        actor TEXT NOT NULL,
        at TEXT NOT NULL,
        reason TEXT
      ) STRICT;
      CREATE INDEX case_transitions_case ON case_transitions(case_id, id);
    `);
  },
};
