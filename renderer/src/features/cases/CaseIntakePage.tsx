import { Alert, Button, Group, Stack, Title, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseCreateSchema } from '../../../../shared/cases/schemas.ts';
import type { DuplicateWarning } from '../../../../shared/cases/schemas.ts';
import { urlSchema } from '../../../../shared/evidence/schemas.ts';
import { call } from '../../app/api.ts';
import { saveFailure, translateErrors } from '../../app/form-errors.ts';
import { navigate } from '../../app/use-hash-route.ts';
import { CaseFormFields } from './CaseFormFields.tsx';
import { DuplicateWarnings } from './DuplicateWarnings.tsx';
import { EvidenceInput } from './EvidenceInput.tsx';
import type { LinkDraft } from './EvidenceInput.tsx';
import { emptyCaseForm, toCreatePayload } from './case-form.ts';
import type { CaseFormValues } from './case-form.ts';
import { useCaseOptions } from './use-case-options.ts';
import { uploadEvidence } from './upload-evidence.ts';
import { EmployeePicker } from '../employees/EmployeePicker.tsx';
import type { Employee } from '../../../../shared/employees/schemas.ts';
import { useAction } from '../../app/use-action.ts';
import { usePaintedOnce } from '../../app/BelowTheFold.tsx';

/** Case intake: validated in the browser with the same zod schema main uses; evidence streamed in chunks. */
export function CaseIntakePage() {
  const { t } = useTranslation();
  const options = useCaseOptions();
  const [progress, setProgress] = useState<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [links, setLinks] = useState<LinkDraft[]>([]);
  const [linkErrors, setLinkErrors] = useState<Record<number, string>>({});
  const [duplicates, setDuplicates] = useState<DuplicateWarning[]>([]);
  const [acknowledged, setAcknowledged] = useState(false);
  const resolver = schemaResolver(caseCreateSchema, { sync: true });
  const form = useForm<CaseFormValues>({
    initialValues: emptyCaseForm(),
    validate: (values) => translateErrors(resolver(toCreatePayload(values)), t),
  });

  // A registry pick fills the first empty accused block, else adds one; NIP then stays as registered.
  const pick = (e: Employee) => {
    const accused = {
      employeeId: e.id,
      name: e.name,
      nip: e.nip,
      employmentType: e.employmentType,
      pangkat: [e.pangkat, e.golongan].filter(Boolean).join(', '),
      jabatan: e.jabatan ?? '',
      unitKerja: e.unitKerja ?? e.opdName ?? '',
      positionClass: e.positionClass ?? ('' as const),
    };
    const list = form.getValues().accused;
    const empty = list.findIndex((a) => !a.name && !a.nip);
    if (empty >= 0) form.replaceListItem('accused', empty, accused);
    else form.insertListItem('accused', accused);
    if (!form.getValues().opdId && e.opdId) form.setFieldValue('opdId', String(e.opdId));
  };
  const picked = form.getValues().accused.flatMap((a) => (a.employeeId ? [a.employeeId] : []));

  const saving = useAction(async (values: CaseFormValues) => {
    try {
      const payload = toCreatePayload(values);
      // Same NIP, same violation, within 30 days: show it and wait for the clerk's acknowledgement.
      const found = await call('cases:duplicates', { nips: values.accused.map((a) => a.nip), violationCodes: values.violationCodes, incidentDate: values.incidentDate });
      setDuplicates(found);
      if (found.length > 0 && !acknowledged) return;
      const evidence = [];
      for (const f of files) {
        setProgress(t('case.uploading', { name: f.name }));
        evidence.push({ uploadId: (await uploadEvidence(f)).uploadId });
      }
      setProgress(null);
      const created = await call('cases:create', {
        ...payload,
        evidence,
        links: links.map((l) => ({ url: l.url, ...(l.description ? { description: l.description } : {}) })),
        acknowledgeDuplicates: found.length > 0 && acknowledged,
      });
      notifications.show({ color: 'teal', message: t('case.registered', { registerNo: created.registerNo }) });
      navigate(`/cases/${created.id}`);
    } finally {
      setProgress(null);
    }
  }, saveFailure(form.setErrors));
  const serverError = saving.error;
  // The first screenful (source, reporter, the first accused, the registry picker) is drawn first; the violations,
  // incident, chronology, evidence and the submit button after that paint (BelowTheFold.tsx).
  const lower = usePaintedOnce(true);
  const submit = form.onSubmit((values) => {
    saving.clear();
    const badLinks: Record<number, string> = {};
    links.forEach((l, i) => {
      if (!urlSchema.safeParse(l.url).success) badLinks[i] = t('evidence.badUrl');
    });
    setLinkErrors(badLinks);
    if (Object.keys(badLinks).length === 0) void saving.run(values);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={960}>
        <Title order={2}>{t('nav.newCase')}</Title>
        {serverError && <Alert color="red" role="alert">{serverError}</Alert>}
        <CaseFormFields form={form} options={options} lower={lower} accusedExtra={<EmployeePicker onPick={pick} excludeIds={picked} />} />
        {lower && (
          <>
            <EvidenceInput files={files} onFiles={setFiles} links={links} onLinks={setLinks} linkErrors={linkErrors} />
            {duplicates.length > 0 && <DuplicateWarnings warnings={duplicates} acknowledged={acknowledged} onAcknowledge={setAcknowledged} />}
            <Group justify="flex-end">
              {progress && <Text size="sm" c="dimmed">{progress}</Text>}
              <Button type="submit" loading={saving.busy}>
                {t('case.register')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </form>
  );
}
