/**
 * The pact register as a spreadsheet through the one table writer of every list: the pact
 * events, or one pact's signers (NIPs stay text, dates real dates, formulas neutralised).
 */
import type { AppContext } from '../app-context.ts';
import { translator } from '../../../shared/i18n/index.ts';
import type { PactSigner, PactSummary } from '../../../shared/pacts/schemas.ts';
import type { TableColumn, TableFile, TableFormat } from '../../../shared/reports/table-export.ts';
import { localIsoDate } from '../../../shared/calendar/iso-day.ts';
import { writeTable } from '../reports/table-writer.ts';
import { getPact, listPacts } from './pact-service.ts';

export async function exportPacts(ctx: AppContext, id: number | undefined, format: TableFormat): Promise<TableFile> {
  const lang = ctx.language();
  const t = translator(lang);
  const day = localIsoDate(ctx.now());
  if (id === undefined) {
    const columns: TableColumn<PactSummary>[] = [
      { header: t('pacts.fields.pactDate'), kind: 'date', width: 14, value: (r) => r.pactDate },
      { header: t('pacts.fields.place'), kind: 'text', width: 36, value: (r) => r.place },
      { header: t('pacts.fields.official'), kind: 'text', width: 40, value: (r) => r.official },
      { header: t('pacts.signerCount'), kind: 'number', width: 12, value: (r) => r.signerCount },
    ];
    const { bytes, count } = await writeTable(format, lang === 'en' ? 'Pacts' : 'Pakta', columns, listPacts(ctx));
    return { fileName: `pakta-integritas-${day}.${format}`, fileBase64: bytes.toString('base64'), rows: count };
  }
  const pact = getPact(ctx, id);
  const columns: TableColumn<PactSigner>[] = [
    { header: t('pacts.fields.nip'), kind: 'text', width: 22, value: (r) => r.nip },
    { header: t('pacts.fields.name'), kind: 'text', width: 36, value: (r) => r.name },
    { header: t('pacts.fields.employmentType'), kind: 'text', width: 16, value: (r) => t(`employmentTypes.${r.employmentType}`) },
    { header: t('pacts.fields.opd'), kind: 'text', width: 36, value: (r) => r.opdName },
    { header: t('pacts.fields.pactDate'), kind: 'date', width: 14, value: () => pact.pactDate },
    { header: t('pacts.fields.place'), kind: 'text', width: 30, value: () => pact.place },
  ];
  const { bytes, count } = await writeTable(format, lang === 'en' ? 'Signers' : 'Penanda tangan', columns, pact.signers);
  return { fileName: `pakta-integritas-${pact.pactDate}-penanda-tangan.${format}`, fileBase64: bytes.toString('base64'), rows: count };
}
