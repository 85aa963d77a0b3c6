import { Alert, Button, FileInput, Group, Progress, Stack, Stepper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMapping, ImportPreview, ImportResult } from '../../../../shared/employees/import-types.ts';
import { call } from '../../app/api.ts';
import { href } from '../../app/use-hash-route.ts';
import { dropUpload, uploadFile } from '../../app/upload.ts';
import { ImportPreviewPanel } from './ImportPreviewPanel.tsx';
import { ImportErrorsTable } from './ImportErrorsTable.tsx';
import { useAction } from '../../app/use-action.ts';

/** Employee import: choose a file, check the mapping and preview, import, read the summary. */
export function ImportWizard() {
  const { t } = useTranslation();
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const step = result ? 2 : preview ? 1 : 0;

  // One step at a time: choosing, remapping and importing share the busy state and the error.
  const action = useAction(async (work: () => Promise<void>) => {
    try {
      await work();
    } finally {
      setProgress(null);
    }
  });
  const { busy, error, run } = action;

  const choose = (file: File | null) => {
    if (!file) return;
    void run(async () => {
      setPreview(null);
      setProgress(0);
      const id = await uploadFile(file, 'import', (sent, total) => setProgress(Math.round((sent / total) * 100)));
      setUploadId(id);
      setPreview(await call('employees:importPreview', { uploadId: id }));
    });
  };
  const remap = (mapping: ImportMapping) => void run(async () => setPreview(await call('employees:importPreview', { uploadId: uploadId!, mapping })));
  const commit = (mapping: ImportMapping, strict: boolean) => void run(async () => setResult(await call('employees:importCommit', { uploadId: uploadId!, mapping, strict })));
  const reset = () => {
    if (uploadId && !result?.written) void dropUpload(uploadId);
    setUploadId(null);
    setPreview(null);
    setResult(null);
    action.clear();
  };

  return (
    <Stack maw={1200}>
      <Title order={2}>{t('importer.title')}</Title>
      <Stepper active={step} size="sm">
        <Stepper.Step label={t('importer.stepFile')} />
        <Stepper.Step label={t('importer.stepPreview')} />
        <Stepper.Step label={t('importer.stepDone')} />
      </Stepper>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {step === 0 && (
        <Stack>
          <FileInput label={t('importer.chooseFile')} description={t('importer.fileHint')} accept=".csv,.xlsx,.txt,text/csv" onChange={choose} disabled={busy} clearable />
          {progress !== null && (
            <>
              <Progress value={progress} />
              <Text size="sm">{t('importer.uploading', { percent: progress })}</Text>
            </>
          )}
        </Stack>
      )}
      {step === 1 && preview && <ImportPreviewPanel key={JSON.stringify(preview.mapping)} preview={preview} busy={busy} onRemap={remap} onImport={commit} onCancel={reset} />}
      {step === 2 && result && (
        <Stack>
          <Alert color={result.written ? 'teal' : 'yellow'} data-testid="import-summary">
            <Text fw={600}>{t('importer.summary', { imported: result.imported, updated: result.updated, rejected: result.rejected })}</Text>
            {!result.written && <Text size="sm">{result.rejected > 0 ? t('importer.strictRefused', { rejected: result.rejected }) : t('importer.nothingToDo')}</Text>}
          </Alert>
          <ImportErrorsTable errors={result.errors} total={result.errorTotal} />
          <Group>
            <Button component="a" href={href('/employees')}>
              {t('employee.title')}
            </Button>
            <Button variant="default" onClick={reset}>
              {t('importer.again')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
