/**
 * Puts examination data (team, sessions, BAP, LHP, decision) straight into the
 * migration-7 tables, so the letter adapters are tested against real rows without
 * driving the whole examination workflow.
 */
import type { AppContext } from '../../electron/main/app-context.ts';

const NOW = '2024-11-01T00:00:00.000Z';

export interface SeededExam {
  accusedId: number;
  session1: number;
  session2: number;
}

/** Team of two, summons I (absent) and II (present) sessions, a BAP with Q&A, an LHP and a decision. */
export function seedExam(ctx: AppContext, caseId: number, opts: { sanctionCode?: string; durationMonths?: number | null } = {}): SeededExam {
  const db = ctx.db;
  const accusedId = (db.prepare('SELECT id FROM case_accused WHERE case_id = ? ORDER BY position LIMIT 1').get(caseId) as { id: number }).id;
  const staff = db.prepare(`INSERT INTO staff (nip, name, pangkat, jabatan, unit, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)`);
  const chair = Number(staff.run('197203151998032004', 'Dra. Rina Wulandari', 'Pembina Tk. I (IV/b)', 'Inspektur Pembantu Wilayah I', 'inspektorat', NOW, NOW).lastInsertRowid);
  const member = Number(staff.run('198001012005011002', 'Agus Prasetyo, S.H.', 'Penata Tk. I (III/d)', 'Analis SDM Aparatur', 'bkpsdm', NOW, NOW).lastInsertRowid);
  db.prepare('INSERT INTO case_team (case_id, staff_id, role) VALUES (?, ?, ?)').run(caseId, chair, 'chair');
  db.prepare('INSERT INTO case_team (case_id, staff_id, role) VALUES (?, ?, ?)').run(caseId, member, 'member');
  const room = Number(db.prepare("INSERT INTO rooms (name) VALUES ('Ruang Rapat Inspektorat')").run().lastInsertRowid);
  const session = db.prepare(
    `INSERT INTO exam_sessions (case_id, accused_id, accused_nip, summons_no, summons_date, start_at, end_at, duration_min, room_id, attendance,
                                created_at, created_by, updated_at)
     VALUES (?, ?, '198609262015051001', ?, ?, ?, ?, 60, ?, ?, ?, 'test', ?)`,
  );
  // Both hearings lie before the test clock (4 Nov 2024): a summons II is never dated before the hearing it says was missed.
  const session1 = Number(session.run(caseId, accusedId, 1, '2024-10-21', '2024-10-28T09:00', '2024-10-28T10:00', room, 'absent', NOW, NOW).lastInsertRowid);
  const session2 = Number(session.run(caseId, accusedId, 2, '2024-10-29', '2024-11-01T13:30', '2024-11-01T14:30', room, 'present', NOW, NOW).lastInsertRowid);
  const bap = Number(
    db
      .prepare(
        `INSERT INTO baps (session_id, case_id, accused_id, examinee_present, place, refused_to_sign, refusal_note, created_at, updated_at)
         VALUES (?, ?, ?, 1, 'Ruang Rapat Inspektorat', 0, NULL, ?, ?)`,
      )
      .run(session2, caseId, accusedId, NOW, NOW).lastInsertRowid,
  );
  db.prepare('INSERT INTO bap_examiners (bap_id, staff_id) VALUES (?, ?), (?, ?)').run(bap, chair, bap, member);
  const qa = db.prepare('INSERT INTO bap_qa (bap_id, no, question, answer) VALUES (?, ?, ?, ?)');
  qa.run(bap, 1, 'Apakah Saudara dalam keadaan sehat dan bersedia diperiksa?', 'Ya, saya sehat dan bersedia.');
  qa.run(bap, 2, 'Apakah Saudara menggunakan mobil dinas untuk menghadiri kampanye?', 'Benar, saya menggunakannya pada tanggal 20 Oktober 2024.');
  db.prepare(
    `INSERT INTO lhps (case_id, accused_id, violation_form, violation_time, violation_place, aggravating, mitigating, impact,
                       recommended_sanction_code, authorised_official, created_at, updated_at)
     VALUES (?, ?, 'Menggunakan mobil dinas untuk kampanye', 'Minggu, 20 Oktober 2024', 'Balai Desa Sukamaju', NULL, 'Kooperatif',
             'Menurunkan kepercayaan publik', 'PP94-BERAT-PELAKSANA', 'Bupati Contoh', ?, ?)`,
  ).run(caseId, accusedId, NOW, NOW);
  const code = opts.sanctionCode ?? 'PP94-BERAT-PELAKSANA';
  db.prepare(
    `INSERT INTO decisions (case_id, accused_id, accused_nip, catalogue_id, catalogue_version, sanction_code, level, duration_months, outcome_text,
                            repeat_offender, without_examination, created_at, updated_at)
     VALUES (?, ?, '198609262015051001', ?, 'test', ?, ?, ?, NULL, 0, 0, ?, ?)`,
  ).run(caseId, accusedId, code.startsWith('PP42') ? 'PP42-2004' : 'PP94-2021', code, code.startsWith('PP42') ? null : 'berat', opts.durationMonths ?? 12, NOW, NOW);
  return { accusedId, session1, session2 };
}
