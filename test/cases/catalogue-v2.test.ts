/**
 * Violation catalogue v2 (PP 94/2021 Pasal 5 huruf n angka 1-7, levels by Pasal 13 and
 * Pasal 14 huruf i, SKB 2022 items): new cases are judged under it, cases judged under
 * v1 keep v1 (their letters read and reprint as before), and the SK cites both articles.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import v1 from '../../resources/catalogue/violations-pp94-2021.json' with { type: 'json' };
import v2 from '../../resources/catalogue/violations-pp94-2021-v2.json' with { type: 'json' };
import pp94 from '../../resources/catalogue/sanctions-pp94-2021.json' with { type: 'json' };
import { createCase } from '../../electron/main/cases/case-service.ts';
import { catalogueVersionFor } from '../../electron/main/cases/case-fields.ts';
import { judgedCatalogues } from '../../electron/main/catalogue/violations.ts';
import { checkDecision } from '../../shared/examination/decision-rules.ts';
import type { SanctionCatalogue } from '../../shared/examination/sanctions.ts';
import type { ViolationCatalogue } from '../../shared/catalogue/types.ts';
import { caseCreateSchema } from '../../shared/cases/schemas.ts';
import type { PdfFile } from '../../shared/ipc/channels/letters.ts';
import type { IssuedLetter } from '../../shared/letters/issued.ts';
import { tempApp, validCase } from '../support/temp-app.ts';
import { extractPdfText } from '../support/pdf-text.ts';
import { callAs } from '../support/dispatch.ts';

const cat = v2 as ViolationCatalogue;
const entry = (code: string) => cat.entries.find((e) => e.code === code)!;

describe('catalogue v2 content', () => {
  it('cites Pasal 5 huruf n angka 1-7 with the level article: medium Pasal 13, heavy Pasal 14 huruf i, never Pasal 9/10', () => {
    const byAngka = [1, 2, 3, 4, 5, 6, 7].map((n) => cat.entries.find((e) => e.legalBasis === `PP 94/2021 Pasal 5 huruf n angka ${n}`));
    expect(byAngka.map((e) => [e?.code, e?.level])).toEqual([
      ['N-KAMPANYE', 'sedang'],
      ['N-KAMPANYE-ATRIBUT', 'sedang'],
      ['N-KAMPANYE-MENGERAHKAN', 'berat'],
      ['N-FASILITAS-NEGARA', 'berat'],
      ['N-KEPUTUSAN-MENGUNTUNGKAN', 'berat'],
      ['N-KEBERPIHAKAN', 'berat'],
      ['N-DUKUNGAN-KTP', 'berat'],
    ]);
    for (const e of cat.entries.filter((x) => x.kind === 'disiplin')) {
      expect([e.code, e.levelBasis]).toEqual([e.code, e.level === 'sedang' ? 'PP 94/2021 Pasal 13' : 'PP 94/2021 Pasal 14 huruf i']);
      expect(e.legalBasis).not.toMatch(/Pasal (9|10)\b/);
    }
  });

  it('makes the SKB 2022 social-media, photo and campaign-material items heavy disciplinary, attributes medium, teams by timing, party membership dismissal, passive attendance allowed', () => {
    expect(['N-MEDSOS-DUKUNGAN', 'N-FOTO-CALON', 'N-ALAT-PERAGA'].map((c) => [entry(c).kind, entry(c).level])).toEqual([
      ['disiplin', 'berat'],
      ['disiplin', 'berat'],
      ['disiplin', 'berat'],
    ]);
    expect(entry('N-KAMPANYE-ATRIBUT').title.id).toContain('atribut partai, atribut calon');
    expect([entry('N-TIM-BAKAL-CALON').level, entry('N-TIM-CALON').level]).toEqual(['sedang', 'berat']);
    expect(entry('N-ANGGOTA-PARTAI')).toMatchObject({ level: 'berat', requiredSanction: 'PP94-BERAT-PDHTAPS' });
    expect(cat.allowed?.[0]?.id).toContain('secara pasif');
    expect(cat.supersedes).toEqual([v1.version]);
  });

  it('party membership carries dismissal only', () => {
    const subject = { employmentType: 'PNS' as const, incidentDate: '2024-10-20', violationLevels: ['berat' as const], repeatOffender: false, requiredSanctions: ['PP94-BERAT-PDHTAPS'] };
    const demotion = checkDecision([pp94 as SanctionCatalogue], { catalogueId: 'PP94-2021', sanctionCode: 'PP94-BERAT-TURUN-JABATAN', durationMonths: 12 }, subject);
    expect(demotion).toEqual({ ok: false, problems: [{ field: 'sanctionCode', key: 'decision.requiredSanction', params: { sanction: 'Pemberhentian dengan hormat tidak atas permintaan sendiri' } }] });
    expect(checkDecision([pp94 as SanctionCatalogue], { catalogueId: 'PP94-2021', sanctionCode: 'PP94-BERAT-PDHTAPS', durationMonths: null }, subject).ok).toBe(true);
  });
});

describe('cases keep the catalogue version they were judged under', () => {
  let app: Awaited<ReturnType<typeof tempApp>>;
  beforeEach(async () => {
    app = await tempApp();
  });
  afterEach(() => app.close());

  const call = <T>(channel: string, payload: unknown) => callAs<T>(app.ctx, channel, payload);
  // pdf.js puts list markers ("a.", "b.") where they are drawn, inside the sentences: drop them.
  const text = async (f: PdfFile) =>
    (await extractPdfText(Buffer.from(f.pdfBase64, 'base64')))
      .join('\n')
      .replace(/\s+/g, ' ')
      .replace(/ [a-c1-9]\. /g, ' ');

  /** A decided case with one heavy violation under the given catalogue version. */
  async function decided(catalogueVersion: string | undefined, nip: string) {
    const { id } = createCase(app.ctx, caseCreateSchema.parse({ ...validCase, ...(catalogueVersion ? { catalogueVersion } : {}), accused: [{ ...validCase.accused[0], nip, positionClass: 'administrator' }] }));
    app.ctx.db.prepare("UPDATE cases SET status = 'decision' WHERE id = ?").run(id);
    const accusedId = (app.ctx.db.prepare('SELECT id FROM case_accused WHERE case_id = ?').get(id) as { id: number }).id;
    await call('examination:saveDecision', { expectedVersion: 0, caseId: id, accusedId, catalogueId: 'PP94-2021', sanctionCode: 'PP94-BERAT-PELAKSANA', durationMonths: 12 });
    return { id, accusedId };
  }

  it('new cases default to v2; v1 is no longer offered, but a v1 case keeps v1 and its SK reads and reprints as under v1', async () => {
    expect(catalogueVersionFor('2024-10-20')).toBe('PP94-2021/2026.1');
    expect(judgedCatalogues.map((c) => c.version)).not.toContain('PP94-2021/2024.1');

    const old = await decided('PP94-2021/2024.1', '198609262015051001');
    const oldText = await text(await call<PdfFile>('letters:draft', { caseId: old.id, type: 'sk', subject: `accused:${old.accusedId}` }));
    expect(oldText).toContain('PP 94/2021 Pasal 5 huruf n angka 4; Pasal 10 ayat (3)');
    expect(oldText).toContain('pelanggaran disiplin tingkat berat, sehingga perlu dijatuhi hukuman disiplin');
    expect(oldText).not.toContain('Pasal 14 huruf i');
    const { letter: issued } = await call<{ letter: IssuedLetter }>('letters:issue', { caseId: old.id, type: 'sk', subject: `accused:${old.accusedId}` });
    const reprint = await call<PdfFile>('letters:pdf', { id: issued.id });
    expect(createHash('sha256').update(Buffer.from(reprint.pdfBase64, 'base64')).digest('hex')).toBe(issued.sha256);
    expect(await text(reprint)).toContain('Pasal 10 ayat (3)');

    const now = await decided(undefined, '199003152015032002');
    const nowText = await text(await call<PdfFile>('letters:draft', { caseId: now.id, type: 'sk', subject: `accused:${now.accusedId}` }));
    expect(nowText).toContain('terbukti melakukan pelanggaran terhadap PP 94/2021 Pasal 5 huruf n angka 4;');
    expect(nowText).toContain('pelanggaran disiplin tingkat berat sebagaimana dimaksud dalam PP 94/2021 Pasal 14 huruf i, sehingga perlu dijatuhi hukuman disiplin sebagaimana dimaksud dalam Peraturan Pemerintah Nomor 94 Tahun 2021 Pasal 8 ayat (4) huruf b');
  });
});
