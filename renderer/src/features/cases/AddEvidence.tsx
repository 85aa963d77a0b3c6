import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { urlSchema } from '../../../../shared/evidence/schemas.ts';
import { EvidenceInput } from './EvidenceInput.tsx';
import type { LinkDraft } from './EvidenceInput.tsx';
import { uploadEvidence } from './upload-evidence.ts';
import { errorText } from '../../../../shared/error-text.ts';

/** Evidence that arrives after registration: files streamed in chunks, links as text, attached in one audited step. */
export function AddEvidence({ caseId, onAdded }: { caseId: number; onAdded: () => void }) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<File[]>([]);
  const [links, setLinks] = useState<LinkDraft[]>([]);
  const [linkErrors, setLinkErrors] = useState<Record<number, string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const attach = async () => {
    const bad: Record<number, string> = {};
    links.forEach((l, i) => {
      if (!urlSchema.safeParse(l.url).success) bad[i] = t('evidence.badUrl');
    });
    setLinkErrors(bad);
    if (Object.keys(bad).length > 0) return;
    setError(null);
    try {
      const uploaded = [];
      for (const f of files) {
        setBusy(t('case.uploading', { name: f.name }));
        uploaded.push({ uploadId: (await uploadEvidence(f)).uploadId });
      }
      await call('evidence:attach', { caseId, files: uploaded, links: links.map((l) => ({ url: l.url, ...(l.description ? { description: l.description } : {}) })) });
      setFiles([]);
      setLinks([]);
      onAdded();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Stack gap="xs">
      <EvidenceInput files={files} onFiles={setFiles} links={links} onLinks={setLinks} linkErrors={linkErrors} />
      {error && <Alert color="red">{error}</Alert>}
      <Group justify="flex-end">
        {busy && <Text size="sm" c="dimmed">{busy}</Text>}
        <Button variant="light" disabled={files.length + links.length === 0} loading={busy !== null} onClick={() => void attach()}>
          {t('evidence.attach')}
        </Button>
      </Group>
    </Stack>
  );
}
