/**
 * Mengingat per office: each letter type's legal-basis list is an office setting with a
 * complete default (conditional items for PNS, PPPK and moral sanctions), edited and reset
 * per type, stored with a version; an issued letter keeps the list it was issued with.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../electron/main/handlers.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { DEFAULT_LEGAL_BASIS, FORMATION_LAW, resolveLegalBasis } from '../../shared/letters/legal-basis.ts';
import type { LegalBasisSave, LegalBasisSettings } from '../../shared/letters/legal-basis.ts';
import type { PdfFile } from '../../shared/ipc/channels/letters.ts';
import type { IssuedLetter } from '../../shared/letters/issued.ts';
import { addTestUser, tempApp, validCase } from '../support/temp-app.ts';
import { extractPdfText } from '../support/pdf-text.ts';
import { callAs } from '../support/dispatch.ts';

const DEFAULTS = { ...DEFAULT_LEGAL_BASIS, version: 0 };
const titles = (items: string[]) => items.map((t) => t.replace(/ tentang .*/, ''));

describe('the default lists', () => {
  it('an SK for a PNS cites the formation law (once filled in), UU 23/2014, UU 10/2016, UU 20/2023, PP 11/2017 as amended, PP 94/2021, PerBKN 6/2022 and the SKB 2022 with its five numbers', () => {
    const pns = resolveLegalBasis(DEFAULTS, 'sk', { pns: true, pppk: false, moral: false });
    expect(pns.version).toBe(0);
    expect(titles(pns.items)).toEqual([
      'Undang-Undang Nomor 23 Tahun 2014',
      'Undang-Undang Nomor 10 Tahun 2016',
      'Undang-Undang Nomor 20 Tahun 2023',
      'Peraturan Pemerintah Nomor 11 Tahun 2017',
      'Peraturan Pemerintah Nomor 94 Tahun 2021',
      'Peraturan Badan Kepegawaian Negara Nomor 6 Tahun 2022',
      'Keputusan Bersama Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi, Menteri Dalam Negeri, Kepala Badan Kepegawaian Negara, Ketua Komisi Aparatur Sipil Negara, dan Ketua Badan Pengawas Pemilihan Umum Nomor 2 Tahun 2022, Nomor 800-5474 Tahun 2022, Nomor 246 Tahun 2022, Nomor 30 Tahun 2022, Nomor 1447.1/PM.01/K.1/09/2022',
    ]);
    expect(pns.items[3]).toContain('sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020');
    const filled = resolveLegalBasis({ ...DEFAULTS, formationLaw: 'Undang-Undang Nomor 9 Tahun 1999 tentang Pembentukan Kabupaten Contoh' }, 'sk', { pns: true, pppk: false, moral: false });
    expect(filled.items[0]).toBe('Undang-Undang Nomor 9 Tahun 1999 tentang Pembentukan Kabupaten Contoh');
  });

  it('PP 49/2018 instead of PP 11/2017 for a PPPK; PP 42/2004 where a moral sanction applies', () => {
    const pppk = titles(resolveLegalBasis(DEFAULTS, 'sk', { pns: false, pppk: true, moral: true }).items);
    expect(pppk).toContain('Peraturan Pemerintah Nomor 49 Tahun 2018');
    expect(pppk).toContain('Peraturan Pemerintah Nomor 42 Tahun 2004');
    expect(pppk).not.toContain('Peraturan Pemerintah Nomor 11 Tahun 2017');
    expect(pppk.indexOf('Peraturan Pemerintah Nomor 42 Tahun 2004')).toBeLessThan(pppk.indexOf('Peraturan Pemerintah Nomor 49 Tahun 2018'));
  });

  it('prints State Gazette numbers only where the sources give them (UU 20/2023, PP 94/2021)', () => {
    const all = DEFAULT_LEGAL_BASIS.lists.sk.map((i) => i.text);
    const withLn = all.filter((t) => t.includes('Lembaran Negara'));
    expect(withLn.map((t) => t.replace(/ tentang .*?\(/, ' (').replace(/\)$/, ')'))).toEqual([
      'Undang-Undang Nomor 20 Tahun 2023 (Lembaran Negara Republik Indonesia Tahun 2023 Nomor 141, Tambahan Lembaran Negara Republik Indonesia Nomor 6897)',
      'Peraturan Pemerintah Nomor 94 Tahun 2021 (Lembaran Negara Republik Indonesia Tahun 2021 Nomor 202, Tambahan Lembaran Negara Republik Indonesia Nomor 6718)',
    ]);
    expect(all[0]).toBe(FORMATION_LAW);
  });
});

describe('the lists as an office setting', () => {
  let app: Awaited<ReturnType<typeof tempApp>>;
  beforeEach(async () => {
    app = await tempApp();
  });
  afterEach(() => app.close());

  const call = <T>(channel: string, payload: unknown) => callAs<T>(app.ctx, channel, payload);
  const text = async (f: PdfFile, name?: string) => {
    if (name) {
      mkdirSync('test-results', { recursive: true });
      writeFileSync(`test-results/${name}.pdf`, Buffer.from(f.pdfBase64, 'base64'));
    }
    return (await extractPdfText(Buffer.from(f.pdfBase64, 'base64'))).join('\n').replace(/\s+/g, ' ').replace(/([-/]) /g, '$1');
  };

  async function decided(employmentType: 'PNS' | 'PPPK' = 'PNS') {
    const nip = employmentType === 'PPPK' ? '198902252024212013' : '198609262015051001';
    const { id } = createCase(app.ctx, caseCreateSchema.parse({ ...validCase, accused: [{ ...validCase.accused[0], nip, employmentType, positionClass: employmentType === 'PPPK' ? 'pppk' : 'administrator' }] }));
    app.ctx.db.prepare("UPDATE cases SET status = 'decision' WHERE id = ?").run(id);
    const accusedId = (app.ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').get(id) as { id: number }).id;
    const sanction = employmentType === 'PPPK' ? { sanctionCode: 'PP94-BERAT-PDHTAPS' } : { sanctionCode: 'PP94-BERAT-PELAKSANA', durationMonths: 12 };
    await call('examination:saveDecision', { expectedVersion: 0, caseId: id, accusedId, catalogueId: 'PP94-2021', ...sanction });
    return { caseId: id, subject: `accused:${accusedId}` };
  }
  const sk = (c: { caseId: number; subject: string }) => call<PdfFile>('letters:draft', { caseId: c.caseId, type: 'sk', subject: c.subject });

  it('the SK prints the default Mengingat; an edited list is a new version; an issued SK reprints unchanged after later edits; reset restores the default', async () => {
    const c = await decided();
    const first = await text(await sk(c), 'sk-mengingat-default');
    expect(first).toContain('Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah; 2. Undang-Undang Nomor 10 Tahun 2016');
    expect(first).toContain('(Lembaran Negara Republik Indonesia Tahun 2021 Nomor 202, Tambahan Lembaran Negara Republik Indonesia Nomor 6718);');
    expect(first).toContain('Nomor 1447.1/PM.01/K.1/09/2022 tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai Aparatur Sipil Negara. MEMUTUSKAN');
    expect(first).not.toContain('Nomor 49 Tahun 2018 tentang');

    const { current, defaults } = await call<{ current: LegalBasisSettings; defaults: LegalBasisSave }>('letters:legalBasis', {});
    expect(current.version).toBe(0);
    const edited: LegalBasisSave = {
      formationLaw: 'Undang-Undang Nomor 9 Tahun 1999 tentang Pembentukan Kabupaten Contoh',
      lists: { ...defaults.lists, sk: [defaults.lists.sk[0]!, { text: 'Peraturan Daerah Kabupaten Contoh Nomor 3 Tahun 2016 tentang Pembentukan Perangkat Daerah', when: 'always' }] },
    };
    const v1 = await call<LegalBasisSettings>('letters:saveLegalBasis', edited);
    expect([v1.version, v1.updatedBy]).toEqual([1, 'admin']);
    const audit = app.ctx.db.prepare("SELECT action, entity_id AS entityId FROM audit_log WHERE action = 'letters.legalBasis.update'").all();
    expect(audit).toEqual([{ action: 'letters.legalBasis.update', entityId: 'letters.legalBasis' }]);
    // Saving the same lists again is not a new version.
    expect((await call<LegalBasisSettings>('letters:saveLegalBasis', edited)).version).toBe(1);

    const { letter } = await call<{ letter: IssuedLetter }>('letters:issue', { caseId: c.caseId, type: 'sk', subject: c.subject });
    const stored = app.ctx.db.prepare('SELECT input_json AS j FROM issued_letters WHERE id = ?').get(letter.id) as { j: string };
    expect(JSON.parse(stored.j).input).toMatchObject({ legalBasisVersion: 1, mengingat: [edited.formationLaw, edited.lists.sk[1]!.text] });

    const v2 = await call<LegalBasisSettings>('letters:saveLegalBasis', { ...edited, lists: { ...edited.lists, sk: [{ text: 'Peraturan lain yang dicetak kemudian', when: 'always' }] } });
    expect(v2.version).toBe(2);
    const reprint = await call<PdfFile>('letters:pdf', { id: letter.id });
    expect(createHash('sha256').update(Buffer.from(reprint.pdfBase64, 'base64')).digest('hex')).toBe(letter.sha256);
    const reprinted = await text(reprint, 'sk-mengingat-edited');
    expect(reprinted).toContain('Mengingat : 1. Undang-Undang Nomor 9 Tahun 1999 tentang Pembentukan Kabupaten Contoh; 2. Peraturan Daerah Kabupaten Contoh Nomor 3 Tahun 2016 tentang Pembentukan Perangkat Daerah. MEMUTUSKAN');
    expect(reprinted).not.toContain('Peraturan lain yang dicetak kemudian');

    // The order keeps its own list; "reset to default" is saving the default list for a type.
    const v3 = await call<LegalBasisSettings>('letters:saveLegalBasis', { ...edited, lists: { ...edited.lists, sk: defaults.lists.sk } });
    expect(v3.version).toBe(3);
    const c2 = await decided('PPPK');
    const pppk = await text(await sk(c2), 'sk-mengingat-pppk');
    expect(pppk).toContain('Mengingat : 1. Undang-Undang Nomor 9 Tahun 1999 tentang Pembentukan Kabupaten Contoh; 2. Undang-Undang Nomor 23 Tahun 2014');
    expect(pppk).toContain('Peraturan Pemerintah Nomor 49 Tahun 2018 tentang Manajemen Pegawai Pemerintah dengan Perjanjian Kerja;');
    expect(pppk).not.toContain('Nomor 11 Tahun 2017');
  });

  it('the order cites the order list as Dasar, then who forms the team (Pasal 27), then the report', async () => {
    const c = await decided();
    const staff = app.ctx.db.prepare("INSERT INTO staff (nip, name, unit, created_at, updated_at) VALUES ('197001012000031001', 'Dra. Rina Wulandari', 'inspektorat', 'x', 'x')").run();
    app.ctx.db.prepare("INSERT INTO case_team (case_id, staff_id, role) VALUES (?, ?, 'chair')").run(c.caseId, staff.lastInsertRowid);
    const { defaults } = await call<{ defaults: LegalBasisSave }>('letters:legalBasis', {});
    await call('letters:saveLegalBasis', { ...defaults, lists: { ...defaults.lists, order: [{ text: 'Peraturan Bupati Contoh Nomor 7 Tahun 2023 tentang Tata Naskah Dinas', when: 'always' }] } });
    const order = await text(await call<PdfFile>('letters:draft', { caseId: c.caseId, type: 'order', subject: '' }));
    expect(order).toContain('Dasar : 1. Peraturan Bupati Contoh Nomor 7 Tahun 2023 tentang Tata Naskah Dinas 2. Pasal 27 Peraturan Pemerintah Nomor 94 Tahun 2021');
    expect(order).toContain('pejabat lain yang ditunjuk 3. Laporan/rekomendasi Nomor 001/Rek/Bawaslu-Kab/XI/2024');
  });

  it('only an administrator saves; an empty list is refused in Indonesian and nothing is written', async () => {
    const { defaults } = await call<{ defaults: LegalBasisSave }>('letters:legalBasis', {});
    const empty = await dispatch(app.ctx, handlers, 'letters:saveLegalBasis', { ...defaults, lists: { ...defaults.lists, sk: [] } });
    expect(empty.ok ? null : [empty.error.code, empty.error.message, empty.error.fields]).toEqual(['INVALID_INPUT', expect.stringContaining('daftar dasar hukum tidak boleh kosong'), { 'lists.sk': 'daftar dasar hukum tidak boleh kosong' }]);
    await addTestUser(app.ctx, 'pejabat', 'official', { signIn: true });
    const refused = await dispatch(app.ctx, handlers, 'letters:saveLegalBasis', defaults);
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
    expect((await call<{ current: LegalBasisSettings }>('letters:legalBasis', {})).current.version).toBe(0);
  });
});
