import type { AppContext } from '../app-context.ts';
import { appendAudit } from '../audit/audit-log.ts';
import type { AuditEntry } from '../audit/audit-log.ts';
import { currentCatalogue } from '../catalogue/violations.ts';
import { formatRegisterNumber } from '../cases/register-number.ts';
import { registerTemplate } from '../cases/register-settings.ts';
import { OFFICE_SETTINGS_KEY, getOfficeSettings } from '../letters/office-settings-service.ts';
import { getSetting, putSetting } from '../db/settings-queries.ts';

/** The (fictional) decree by which the demo regency's PPK appointed the Inspector to form examination teams. */
const DEMO_APPOINTMENT = 'Keputusan Bupati tentang Penunjukan Inspektur sebagai Pejabat yang Membentuk Tim Pemeriksa Pelanggaran Disiplin Pegawai Negeri Sipil (data demo)';
import { demoPositionClass, writeDemoOpdHeads } from './demo-signers.ts';
import type { PositionClass } from '../../../shared/employees/position-class.ts';
import { rebuildCaseSearch } from '../cases/case-search-queries.ts';
import { caseBulkWriter } from '../cases/case-queries.ts';
import { serialTaker } from '../db/counter-queries.ts';
import { ensureOpdNamed } from '../employees/opd-queries.ts';
import { employeeBulkInserter, selectAllEmployeeNips } from '../employees/employee-queries.ts';
import { TYPE_BITS } from '../cases/accused-types.ts';
import { WORKFLOW_STATES } from '../../../shared/workflow/states.ts';
import { Prng } from './prng.ts';
import * as W from './demo-words.ts';
import { demoCalendar, insertDemoStaff } from './demo-staff.ts';
import type { DemoTeam } from './demo-staff.ts';
import { DemoWorkflow } from './demo-workflow.ts';
import { DemoSanctions } from './demo-sanctions.ts';
import { localIsoDate } from '../../../shared/calendar/iso-day.ts';

export interface DemoOptions {
  cases: number;
  seed: string;
  /** Defaults to half the cases, at least 300 and at most 50,000. */
  employees?: number;
  /**
   * The first cases whose letters `demo --letters N` issues through the real services: their SKs
   * are left unissued here (demo-sanctions.ts records the others' SKs as issued on paper).
   */
  letterSample?: number;
}

export interface DemoResult {
  opds: number;
  employees: number;
  cases: number;
  accused: number;
}

interface Employee {
  id: number;
  nip: string;
  name: string;
  type: 'PNS' | 'PPPK' | 'NON_ASN';
  jabatan: string;
  unit: string;
  opdId: number;
  pangkat: string | null;
  positionClass: PositionClass | null;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const DAY = 86_400_000;

function personName(r: Prng): { name: string; sex: 1 | 2 } {
  const sex = r.chance(0.55) ? 1 : 2;
  const first = r.pick(sex === 1 ? W.MALE_NAMES : W.FEMALE_NAMES);
  return { name: r.chance(0.85) ? `${first} ${r.pick(W.FAMILY_NAMES)}` : first, sex };
}

/** A valid, unique NIP in the PNS or PPPK layout, or an office id for non-ASN staff. */
function makeNip(r: Prng, type: Employee['type'], sex: 1 | 2, used: Set<string>): string {
  for (;;) {
    const by = r.int(1965, 1998);
    const birth = `${by}${pad(r.int(1, 12), 2)}${pad(r.int(1, 28), 2)}`;
    let nip: string;
    if (type === 'PNS') nip = `${birth}${Math.min(2022, by + r.int(21, 32))}${pad(r.int(1, 12), 2)}${sex}${pad(r.int(1, 999), 3)}`;
    else if (type === 'PPPK') nip = `${birth}${r.int(2021, 2024)}2${r.int(1, 3)}${sex}${pad(r.int(1, 999), 3)}`;
    else nip = `NIK3204${pad(r.int(0, 999_999_999), 9)}`;
    if (!used.has(nip)) {
      used.add(nip);
      return nip;
    }
  }
}

function desa(r: Prng): string {
  return `${r.pick(W.DESA_PREFIX)}${r.pick(W.DESA_SUFFIX)}`;
}

/**
 * Fills an empty database with a fictional regency: OPDs, employees and cases in every
 * workflow state, deterministically from the seed. Cases go in big transactions; each
 * still gets its own `case.create` audit row through the hash chain, and one
 * `demo.generate` row records the seed and the employee batch.
 */
export function generateDemo(ctx: AppContext, opts: DemoOptions): DemoResult {
  // The unique audit-hash index and the case indexes take keys in random order; with
  // SQLite's default 2 MB page cache a 100,000-case run spends most of its time paging.
  const cacheSize = ctx.db.pragma('cache_size', { simple: true }) as number;
  ctx.db.pragma('cache_size = -262144');
  try {
    return generate(ctx, opts);
  } finally {
    ctx.db.pragma(`cache_size = ${Number(cacheSize)}`);
  }
}

function generate(ctx: AppContext, opts: DemoOptions): DemoResult {
  const db = ctx.db;
  const r = new Prng(opts.seed);
  const employeeCount = opts.employees ?? Math.max(300, Math.min(50_000, Math.round(opts.cases / 2)));
  const template = registerTemplate(db);
  const actor = ctx.actor();

  // OPDs and employees: one transaction, one audit row.
  const employees: Employee[] = [];
  // The case histories draw from their own stream, so the cases themselves do not depend on them.
  const rw = new Prng(`${opts.seed}/workflow`);
  let teams: DemoTeam[] = [];
  let signers: ReturnType<typeof writeDemoOpdHeads> = new Map();
  db.transaction(() => {
    const opdIds = W.OPDS.map((name) => ensureOpdNamed(db, name));
    signers = writeDemoOpdHeads(db, String(opts.seed), W.OPDS.map((name, i) => ({ id: opdIds[i]!, name })));
    const insertEmployee = employeeBulkInserter(db);
    const used = new Set<string>(selectAllEmployeeNips(db));
    const created = new Date(Date.UTC(2023, 0, 2)).toISOString();
    for (let i = 0; i < employeeCount; i++) {
      const type = r.weighted([['PNS', 70], ['PPPK', 25], ['NON_ASN', 5]] as const);
      const { name, sex } = personName(r);
      const opdIndex = r.int(0, opdIds.length - 1);
      const opd = W.OPDS[opdIndex]!;
      const [pangkatName, gol] = type === 'PNS' ? r.pick(W.PANGKAT) : [null, type === 'PPPK' ? r.pick(W.PPPK_GOLONGAN) : null];
      const pangkat = pangkatName ? `${pangkatName}, ${gol}` : gol;
      const nip = makeNip(r, type, sex, used);
      const jabatan = r.pick(W.JABATAN);
      const unit = opd.startsWith('Dinas Pendidikan') ? `SD Negeri ${r.int(1, 12)} ${r.pick(W.KECAMATAN)}` : opd;
      const positionClass = demoPositionClass(type, jabatan);
      const id = insertEmployee({ nip, name, employmentType: type, pangkat, jabatan, unitKerja: unit, opdId: opdIds[opdIndex]!, positionClass }, created);
      employees.push({ id, nip, name, type, jabatan, unit, opdId: opdIds[opdIndex]!, pangkat, positionClass });
    }
    teams = insertDemoStaff(db, rw, opts.cases, created);
    appendAudit(
      db,
      {
        actor,
        action: 'demo.generate',
        entity: 'demo',
        entityId: opts.seed,
        after: { seed: opts.seed, opds: opdIds.length, employees: employeeCount, cases: opts.cases, examinationTeams: teams.length, staff: teams.length * 5 },
        reason: 'demo data',
      },
      ctx.now(),
    );
  })();

  const disciplinary = currentCatalogue.entries.map((e) => e.code);
  const sources = [['bawaslu', 40], ['public_complaint', 20], ['media', 15], ['own_finding', 10], ['bkn', 8], ['dprd', 7]] as const;
  const states = WORKFLOW_STATES.map((s, i) => [s, i === 0 ? 30 : i < 9 ? 8 : 4] as const);
  // Bulk writers prepared once by the tables' own queries modules (tens of thousands of rows).
  const write = caseBulkWriter(db);
  const takeSerial = serialTaker(db);
  const clerks = ['sri.rahayu', 'agus.setiawan', 'dewi.kusuma'];
  // Registrations spread evenly from January 2023 to December 2024, in order.
  const start = Date.UTC(2023, 0, 3);
  const span = Date.UTC(2024, 11, 20) - start;
  let accusedTotal = 0;
  // Audit rows wait here and are appended in time order, so the log reads like the office's
  // real sequence (a case's later steps come after the cases registered in between).
  let pending: { at: Date; seq: number; entry: AuditEntry }[] = [];
  let seq = 0;
  const emit = (at: Date, entry: AuditEntry) => pending.push({ at, seq: seq++, entry });
  const flush = (until: number) => {
    pending.sort((x, y) => x.at.getTime() - y.at.getTime() || x.seq - y.seq);
    let k = 0;
    for (; k < pending.length && pending[k]!.at.getTime() <= until; k++) appendAudit(db, pending[k]!.entry, pending[k]!.at);
    pending = pending.slice(k);
  };
  // The demo's orders signed by the PPK's appointee cite an appointment; an office that saved its own settings keeps them.
  const office = getOfficeSettings(ctx);
  if (!office.appointedBy && getSetting(db, OFFICE_SETTINGS_KEY) === undefined) {
    const next = { ...office, appointedBy: DEMO_APPOINTMENT };
    putSetting(db, OFFICE_SETTINGS_KEY, JSON.stringify(next));
    // Audited at the demo office's first day, with the rest of its history (flushed in time order).
    emit(new Date(start), { actor, action: 'letters.settings.update', entity: 'setting', entityId: OFFICE_SETTINGS_KEY, before: null, after: next, reason: 'demo data' });
  }
  const calendar = demoCalendar(db);
  const letterOffice = getOfficeSettings(ctx);
  const sanctions = new DemoSanctions(db, emit, {
    ...calendar,
    skNumbering: letterOffice.numbering.sk,
    ppk: letterOffice.signatories.ppk,
    letterSample: opts.letterSample ?? 0,
    today: localIsoDate(ctx.now()),
  });
  const workflow = new DemoWorkflow(db, rw, teams, calendar, emit, { signers, ppk: letterOffice.signatories.ppk }, sanctions);
  const BATCH = 20_000;
  for (let from = 0; from < opts.cases; from += BATCH) {
    db.transaction(() => {
      let lastCreated = 0;
      for (let i = from; i < Math.min(opts.cases, from + BATCH); i++) {
        const created = new Date(start + Math.floor(((i + r.next()) / opts.cases) * span));
        const year = created.getUTCFullYear();
        const seq = takeSerial('case', year);
        const incident = new Date(created.getTime() - r.int(1, 40) * DAY);
        const source = r.weighted(sources);
        const anon = source === 'public_complaint' && r.chance(0.4);
        const named = source === 'public_complaint' && !anon;
        const accusedCount = r.weighted([[1, 85], [2, 12], [3, 3]] as const);
        const people = Array.from({ length: accusedCount }, () => r.pick(employees)).filter((e, k, all) => all.indexOf(e) === k);
        const kec = r.pick(W.KECAMATAN);
        const place = `${r.pick(W.VENUES)} ${desa(r)}, Kecamatan ${kec}`;
        const conduct = r.pick(W.CONDUCT).replace('{cand}', r.pick(W.CANDIDATES));
        const chronology = `Pada ${incident.toISOString().slice(0, 10)} di ${place}, terlapor ${people.map((p) => p.name).join(' dan ')} diduga ${conduct}. ${r.pick(W.FOLLOWUPS)}`;
        const registerNo = formatRegisterNumber(template, seq, year);
        const row = {
          registerNo,
          year,
          seq,
          source,
          sourceKind: source === 'bawaslu' ? r.pick(['finding', 'recommendation']) : source === 'media' ? 'post' : null,
          sourceRef: source === 'bawaslu' ? `${pad(r.int(1, 400), 3)}/Rek/Bawaslu-Kab/${year}` : source === 'bkn' ? `B-${r.int(100, 9999)}/SBT/${year}` : null,
          sourceDate: source === 'bawaslu' || source === 'bkn' ? new Date(created.getTime() - r.int(0, 5) * DAY).toISOString().slice(0, 10) : null,
          anon: anon ? 1 : 0,
          reporterName: named ? personName(r).name : null,
          reporterContact: named ? `08${r.int(11, 99)}${pad(r.int(0, 99_999_999), 8)}` : null,
          incidentDate: incident.toISOString().slice(0, 10),
          incidentTime: r.chance(0.7) ? `${pad(r.int(7, 21), 2)}:${pad(r.int(0, 5) * 10, 2)}` : null,
          place,
          opdId: people[0]!.opdId,
          chronology,
          status: r.weighted(states),
          catalogue: currentCatalogue.version,
          createdAt: created.toISOString(),
          createdBy: r.pick(clerks),
          types: people.reduce((m, p) => m | TYPE_BITS[p.type], 0),
        };
        const id = write.insertCase(row);
        const accusedIds = people.map((p, k) =>
          write.insertAccused(id, { employeeId: p.id, position: k + 1, name: p.name, nip: p.nip, employmentType: p.type, pangkat: p.pangkat, jabatan: p.jabatan, unitKerja: p.unit }),
        );
        accusedTotal += people.length;
        const codes = [...new Set(Array.from({ length: r.weighted([[1, 80], [2, 20]] as const) }, () => r.pick(disciplinary)))];
        for (const code of codes) write.insertViolation(id, code);
        // The case is registered, then walked to its status (demo-workflow.ts).
        emit(created, { actor: row.createdBy, action: 'case.create', entity: 'case', entityId: id, after: { register_no: registerNo, status: 'registered', accused: people.map((p) => p.nip), violationCodes: codes }, reason: `demo data (seed ${opts.seed})` });
        workflow.write(
          {
            id,
            status: row.status,
            createdDay: row.createdAt.slice(0, 10),
            incidentDate: row.incidentDate,
            place,
            codes,
            accused: people.map((p, k) => ({ id: accusedIds[k]!, nip: p.nip, type: p.type, positionClass: p.positionClass, opdId: p.opdId })),
          },
          row.createdBy,
        );
        lastCreated = created.getTime();
      }
      flush(lastCreated);
    })();
  }
  db.transaction(() => flush(Number.POSITIVE_INFINITY))();
  rebuildCaseSearch(db);
  // Fresh statistics so the query planner knows the shape of the new data.
  db.exec('ANALYZE');
  return { opds: W.OPDS.length, employees: employeeCount, cases: opts.cases, accused: accusedTotal };
}
