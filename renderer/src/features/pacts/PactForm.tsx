import { Alert, Button, FileInput, Group, Paper, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { saveFailure, translateErrors } from '../../app/form-errors.ts';
import { useRecordVersion } from '../../app/record-version.tsx';
import { pactCreateSchema } from '../../../../shared/pacts/schemas.ts';
import type { PactDetail } from '../../../../shared/pacts/schemas.ts';
import { uploadEvidence } from '../cases/upload-evidence.ts';
import { useAction } from '../../app/use-action.ts';
import { GrowTextarea } from '../../app/GrowTextarea.tsx';

type Values = { pactDate: string; place: string; official: string; pledgeText: string };

/** A pact event: date, place, presiding official, the pledge, and its scanned document (into the evidence store). */
export function PactForm({ pact, onSaved, onCancel }: { pact?: PactDetail; onSaved: (p: PactDetail) => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const rv = useRecordVersion(pact?.version ?? 0, async () => (pact ? (await call('pacts:get', { id: pact.id })).version : 0));
  const resolver = schemaResolver(pactCreateSchema, { sync: true });
  const form = useForm<Values>({
    initialValues: { pactDate: pact?.pactDate ?? '', place: pact?.place ?? '', official: pact?.official ?? '', pledgeText: pact?.pledgeText ?? '' },
    validate: (v) => translateErrors(resolver(v), t),
  });
  const f = (k: string) => t(`pacts.fields.${k}`);
  const saving = useAction(async (v: typeof form.values) => {
    // The scan goes into the evidence store first (hashed as it streams); the pact then refers to it.
    const documentUploadId = file ? (await uploadEvidence(file)).uploadId : undefined;
    const saved = pact
      ? await call('pacts:update', { id: pact.id, ...v, documentUploadId, expectedVersion: rv.version })
      : await call('pacts:create', { ...v, documentUploadId });
    onSaved(saved);
  }, saveFailure(form.setErrors, rv));
  const serverError = saving.error;
  const submit = form.onSubmit((v) => void saving.run(v));
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate data-testid="pact-form">
        <Stack gap="sm">
          {rv.notice}
          {serverError && <Alert color="red" role="alert">{serverError}</Alert>}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput type="date" label={f('pactDate')} withAsterisk {...form.getInputProps('pactDate')} key={form.key('pactDate')} />
            <TextInput label={f('place')} withAsterisk {...form.getInputProps('place')} key={form.key('place')} />
            <TextInput label={f('official')} withAsterisk {...form.getInputProps('official')} key={form.key('official')} />
          </SimpleGrid>
          <GrowTextarea label={f('pledgeText')} withAsterisk minRows={3} {...form.getInputProps('pledgeText')} key={form.key('pledgeText')} />
          <FileInput
            label={pact?.document ? t('pacts.documentReplace') : t('pacts.documentUpload')}
            accept="application/pdf,image/*"
            value={file}
            onChange={setFile}
            clearable
            data-testid="pact-document-input"
          />
          <Group justify="flex-end">
            {onCancel && <Button variant="default" onClick={onCancel}>{t('actions.cancel')}</Button>}
            <Button type="submit" loading={saving.busy}>{t('actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
