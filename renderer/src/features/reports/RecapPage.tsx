import { Alert, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { base64ToBytes, saveFile, TABLE_MIME } from '../../app/save-file.ts';
import { useAction } from '../../app/use-action.ts';
import { formatDate } from '../../../../shared/indonesian/dates.ts';
import { RECAP_MEASURES } from '../../../../shared/reports/recap.ts';
import type { RecapFormat, RecapMeasure, RecapQuery } from '../../../../shared/reports/recap.ts';
import type { PaperSize } from '../../../../shared/letters/office-settings.ts';
import { RecapFilters } from './RecapFilters.tsx';
import { RecapCharts } from './RecapCharts.tsx';
import { RecapTable } from './RecapTable.tsx';
import { formatCount } from './recap-number.ts';
import { initialRecapQuery } from './recap-query.ts';


const MIME: Record<RecapFormat, string> = { xlsx: TABLE_MIME.xlsx, pdf: 'application/pdf' };


/** "Rekapitulasi": filters, a pivot by one or two attributes, its charts, and the recap as XLSX or a printed PDF. */
export function RecapPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<RecapQuery>(initialRecapQuery);
  const [measure, setMeasure] = useState<RecapMeasure>('accused');
  const [paper, setPaper] = useState<PaperSize>('A4');
  // The format of the running (or last) export, for its button's spinner.
  const [exportFormat, setExportFormat] = useState<RecapFormat>('xlsx');
  const options = useLoad(() => call('reports:recapOptions', {}), []);
  const recap = useLoad(() => call('reports:recap', query), [query]);
  const r = recap.data;

  const exporting = useAction(async (format: RecapFormat) => {
    setExportFormat(format);
    const file = await call('reports:recapExport', { query, format, ...(format === 'pdf' ? { paper } : {}) });
    saveFile(base64ToBytes(file.fileBase64), file.fileName, MIME[format]);
  });
  const busy = exporting.busy ? exportFormat : null;
  const exportError = exporting.error;

  return (
    <Stack data-testid="recap-page" data-state={recap.loading ? 'loading' : 'ready'}>
      <Title order={2}>{t('recap.title')}</Title>
      <Text size="sm" maw={980}>{t('recap.intro')}</Text>
      <RecapFilters query={query} onChange={setQuery} options={options.data} />
      <Group align="flex-end">
        <Stack gap={4}>
          <Text size="sm" fw={500}>{t('recap.cellMeasure')}</Text>
          <SegmentedControl value={measure} onChange={(v) => setMeasure(v as RecapMeasure)} data={RECAP_MEASURES.map((m) => ({ value: m, label: t(`recap.measures.${m}`) }))} data-testid="recap-measure" />
        </Stack>
        <Button variant="light" onClick={() => void exporting.run('xlsx')} loading={busy === 'xlsx'} data-testid="recap-xlsx">{t('recap.exportXlsx')}</Button>
        <Stack gap={4}>
          <Text size="sm" fw={500}>{t('recap.paper')}</Text>
          <SegmentedControl value={paper} onChange={(v) => setPaper(v as PaperSize)} data={['A4', 'F4']} data-testid="recap-paper" />
        </Stack>
        <Button onClick={() => void exporting.run('pdf')} loading={busy === 'pdf'} data-testid="recap-pdf">{t('recap.exportPdf')}</Button>
      </Group>
      {(recap.error || exportError) && <Alert color="red" role="alert">{recap.error ?? exportError}</Alert>}
      {r && (
        <Stack gap="xs" data-testid="recap-result" data-total={r.total.accused}>
          <Text fw={600}>
            {r.columnsLabel ? t('recap.byTwo', { rows: r.rowsLabel, columns: r.columnsLabel }) : t('recap.by', { rows: r.rowsLabel })}
            {' · '}
            {t('recap.period', { from: formatDate(r.query.filters.from), to: formatDate(r.query.filters.to) })}
            {' · '}
            <span data-testid="recap-summary">{t('recap.cases', { cases: formatCount(r.cases), accused: formatCount(r.total.accused) })}</span>
          </Text>
          {r.rows.length === 0 ? (
            <Alert color="gray">{t('recap.empty')}</Alert>
          ) : (
            <>
              <RecapTable recap={r} measure={measure} />
              <RecapCharts recap={r} />
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
}
