/**
 * Repeat offences: a repeat of a violation of the same nature needs a sanction heavier than
 * the last one imposed, not merely one of a higher level; the earlier decision is shown on the
 * decision screen (examination:pybmContext) and named in the refusal.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../electron/main/handlers.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { createCase } from '../../electron/main/cases/case-service.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import { isHeavier, lastSameNature, natureKey, sameNature } from '../../shared/examination/repeat-rules.ts';
import type { PriorDecision } from '../../shared/examination/repeat-rules.ts';
import type { Decision } from '../../shared/examination/types.ts';
import type { PybmContext } from '../../shared/examination/pybm-context.ts';
import type { PdfFile } from '../../shared/ipc/channels/letters.ts';
import { dbFingerprint, tempApp, validCase } from '../support/temp-app.ts';
import { extractPdfText } from '../support/pdf-text.ts';

const tukin = (months: number) => ({ catalogueId: 'PP94-2021', level: 'sedang' as const, severity: 4, durationMonths: months });

describe('the rule', () => {
  it('same nature is the same prohibition (Pasal 5 huruf n in any of its forms, any catalogue version), else the same entry', () => {
    expect(natureKey({ code: 'N-FASILITAS-NEGARA', legalBasis: 'PP 94/2021 Pasal 5 huruf n angka 4; Pasal 10 ayat (3)' })).toBe('PP 94/2021 Pasal 5 huruf n');
    expect(sameNature([{ code: 'N-KAMPANYE', legalBasis: 'PP 94/2021 Pasal 5 huruf n angka 1' }], [{ code: 'N-MEDSOS-DUKUNGAN', legalBasis: 'PP 94/2021 Pasal 5 huruf n angka 6; SKB' }])).toBe(true);
    expect(sameNature([{ code: 'N-TIM-BAKAL-CALON', legalBasis: 'SKB Netralitas ASN 2022 (tabel pelanggaran disiplin)' }], [{ code: 'N-KAMPANYE', legalBasis: 'PP 94/2021 Pasal 5 huruf n angka 1' }])).toBe(false);
  });

  it('heavier means heavier than the last sanction: a longer allowance cut, a graver heavy sanction; the same one, or a lighter one of a higher-or-equal level, is not', () => {
    expect(isHeavier(tukin(9), tukin(6))).toBe(true);
    expect(isHeavier(tukin(6), tukin(6))).toBe(false);
    expect(isHeavier(tukin(12), { catalogueId: 'PP94-2021', level: 'ringan', severity: 3, durationMonths: null })).toBe(true);
    const pelaksana = { catalogueId: 'PP94-2021', level: 'berat' as const, severity: 6, durationMonths: 12 };
    const demotion = { catalogueId: 'PP94-2021', level: 'berat' as const, severity: 5, durationMonths: 12 };
    expect(isHeavier(demotion, pelaksana)).toBe(false);
    expect(isHeavier(pelaksana, demotion)).toBe(true);
    // Across regulations only a higher level is surely heavier.
    expect(isHeavier(tukin(12), { catalogueId: 'PP53-2010', level: 'sedang', severity: 6, durationMonths: 12 })).toBe(false);
    expect(isHeavier(demotion, { catalogueId: 'PP53-2010', level: 'sedang', severity: 6, durationMonths: 12 })).toBe(true);
  });
});

describe('the last sanction imposed', () => {
  const prior = (caseId: number, skDate: string | null, sameNature = true): PriorDecision => ({
    caseId,
    registerNo: `REG/000${caseId}/INSP/2024`,
    catalogueId: 'PP94-2021',
    sanctionCode: 'PP94-SEDANG-TUKIN-6',
    sanctionTitle: 'Pemotongan tunjangan kinerja 25%',
    level: 'sedang',
    severity: 4,
    durationMonths: 6,
    skNumber: skDate ? `800.1.6.4/${caseId}/KEP/2024` : null,
    skDate,
    sameNature,
  });

  it('is the newest same-nature decision whose SK was issued: one decided but not yet issued imposes nothing yet', () => {
    expect(lastSameNature([prior(1, '2024-03-01'), prior(2, null), prior(3, '2024-07-01'), prior(4, '2024-09-01', false)])?.caseId).toBe(3);
    expect(lastSameNature([prior(2, null)])).toBeNull();
  });
});

describe('deciding a repeat', () => {
  let app: Awaited<ReturnType<typeof tempApp>>;
  beforeEach(async () => {
    app = await tempApp(new Date('2025-03-03T03:00:00Z'));
  });
  afterEach(() => app.close());

  async function call<T>(channel: string, payload: unknown): Promise<T> {
    const r = await dispatch(app.ctx, handlers, channel, payload);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
    return r.value as T;
  }
  function decisionCase(codes: string[], incidentDate = '2024-10-20') {
    const { id, registerNo } = createCase(app.ctx, caseCreateSchema.parse({ ...validCase, incidentDate, violationCodes: codes, accused: [{ ...validCase.accused[0], positionClass: 'administrator' }] }));
    app.ctx.db.prepare("UPDATE cases SET status = 'decision' WHERE id = ?").run(id);
    const accusedId = (app.ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').get(id) as { id: number }).id;
    return { caseId: id, accusedId, registerNo };
  }
  /** Saves the decision; the SK number and date, when given, are written as issuing the SK writes them. */
  const decide = async (c: { caseId: number; accusedId: number }, sanctionCode: string, durationMonths: number | null, skNumber?: string, skDate?: string) => {
    const r = await dispatch(app.ctx, handlers, 'examination:saveDecision', { expectedVersion: 0, caseId: c.caseId, accusedId: c.accusedId, catalogueId: 'PP94-2021', sanctionCode, ...(durationMonths ? { durationMonths } : {}) });
    if (r.ok && skNumber) app.ctx.db.prepare('UPDATE decisions SET sk_number = ?, sk_date = ? WHERE case_id = ? AND accused_id = ?').run(skNumber, skDate, c.caseId, c.accusedId);
    return r;
  };

  it('the same sanction again is refused naming the last decision; a heavier one is saved and flagged; the SK says the violation was repeated', async () => {
    const first = decisionCase(['N-KAMPANYE-ATRIBUT']);
    expect((await decide(first, 'PP94-SEDANG-TUKIN', 12, '800.1.6.4/7/KEP/2024', '2024-12-02')).ok).toBe(true);

    const again = decisionCase(['N-KAMPANYE'], '2025-02-10');
    const ctx = await call<PybmContext>('examination:pybmContext', { caseId: again.caseId });
    expect(ctx.accused[0]?.prior).toEqual([
      expect.objectContaining({ caseId: first.caseId, registerNo: first.registerNo, sanctionCode: 'PP94-SEDANG-TUKIN', sanctionTitle: 'Pemotongan tunjangan kinerja sebesar 25%', durationMonths: 12, skNumber: '800.1.6.4/7/KEP/2024', skDate: '2024-12-02', sameNature: true }),
    ]);
    const before = dbFingerprint(app.ctx);
    const same = await decide(again, 'PP94-SEDANG-TUKIN', 12, '800.1.6.4/3/KEP/2025', '2025-03-03');
    expect(same.ok ? null : [same.error.code, same.error.message, same.error.fields]).toEqual([
      'INVALID_INPUT',
      `Pengulangan pelanggaran yang sifatnya sama: hukuman harus lebih berat dari hukuman terakhir, yaitu Pemotongan tunjangan kinerja sebesar 25% selama 12 bulan (SK 800.1.6.4/7/KEP/2024 tanggal 2 Desember 2024, perkara ${first.registerNo}). Pilih hukuman yang lebih berat dari itu.`,
      { sanctionCode: 'harus lebih berat dari hukuman terakhir atas pelanggaran yang sifatnya sama' },
    ]);
    expect(dbFingerprint(app.ctx)).toBe(before);

    const heavier = await decide(again, 'PP94-BERAT-TURUN-JABATAN', 12, '800.1.6.4/3/KEP/2025', '2025-03-03');
    expect(heavier.ok && (heavier.value as Decision).repeatOffender).toBe(true);
    const sk = await call<PdfFile>('letters:draft', { caseId: again.caseId, type: 'sk', subject: `accused:${again.accusedId}` });
    expect((await extractPdfText(Buffer.from(sk.pdfBase64, 'base64'))).join(' ').replace(/\s+/g, ' ')).toContain('yang dilakukan berulang');
  });

  it('not merely a higher level: after release to pelaksana, demotion (also heavy) is refused for a repeat', async () => {
    const first = decisionCase(['N-FASILITAS-NEGARA']);
    expect((await decide(first, 'PP94-BERAT-PELAKSANA', 12, '800/1/KEP/2024', '2024-11-25')).ok).toBe(true);
    const again = decisionCase(['N-KEBERPIHAKAN'], '2025-02-10');
    const r = await decide(again, 'PP94-BERAT-TURUN-JABATAN', 12, '800/2/KEP/2025', '2025-03-03');
    expect(r.ok ? null : r.error.message).toContain('yaitu Pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan (SK 800/1/KEP/2024');
    expect((await decide(again, 'PP94-BERAT-PDHTAPS', null, '800/2/KEP/2025', '2025-03-03')).ok).toBe(true);
  });

  it('an earlier decision of another nature is shown but sets no floor, and does not allow a heavier level', async () => {
    const first = decisionCase(['N-KAMPANYE-ATRIBUT']);
    expect((await decide(first, 'PP94-SEDANG-TUKIN', 12, '800/1/KEP/2024', '2024-12-02')).ok).toBe(true);
    const other = decisionCase(['N-TIM-BAKAL-CALON'], '2025-02-10');
    const ctx = await call<PybmContext>('examination:pybmContext', { caseId: other.caseId });
    expect(ctx.accused[0]?.prior.map((p) => p.sameNature)).toEqual([false]);
    const d = await decide(other, 'PP94-SEDANG-TUKIN', 6, '800/2/KEP/2025', '2025-03-03');
    expect(d.ok && (d.value as Decision).repeatOffender).toBe(false);
    const tooHeavy = await decide(other, 'PP94-BERAT-TURUN-JABATAN', 12, '800/2/KEP/2025', '2025-03-03');
    expect(tooHeavy.ok ? null : tooHeavy.error.message).toBe('Hukuman lebih berat dari tingkat sedang hanya untuk pengulangan pelanggaran yang sifatnya sama.');
  });
});
