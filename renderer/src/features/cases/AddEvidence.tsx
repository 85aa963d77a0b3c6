import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { urlSchema } from '../../../../shared/evidence/schemas.ts';
import { EvidenceInput } from './EvidenceInput.tsx';
import type { LinkDraft } from './EvidenceInput.tsx';
import { uploadEvidence } from './upload-evidence.ts';
import { useAction } from '../../app/use-action.ts';

/** Evidence that arrives after registration: files streamed in chunks, links as text, attached in one audited step. */
export function AddEvidence({ caseId, onAdded }: { caseId: number; onAdded: () => void }) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<File[]>([]);
  const [links, setLinks] = useState<LinkDraft[]>([]);
  const [linkErrors, setLinkErrors] = useState<Record<number, string>>({});
  // The file being uploaded, said beside the button; the button spins only while there is one.
  const [progress, setProgress] = useState<string | null>(null);
  const attaching = useAction(async () => {
    try {
      const uploaded = [];
      for (const f of files) {
        setProgress(t('case.uploading', { name: f.name }));
        uploaded.push({ uploadId: (await uploadEvidence(f)).uploadId });
      }
      await call('evidence:attach', { caseId, files: uploaded, links: links.map((l) => ({ url: l.url, ...(l.description ? { description: l.description } : {}) })) });
      setFiles([]);
      setLinks([]);
      onAdded();
    } finally {
      setProgress(null);
    }
  });
  const attach = () => {
    const bad: Record<number, string> = {};
    links.forEach((l, i) => {
      if (!urlSchema.safeParse(l.url).success) bad[i] = t('evidence.badUrl');
    });
    setLinkErrors(bad);
    if (Object.keys(bad).length === 0) void attaching.run();
  };
  const { error } = attaching;
  return (
    <Stack gap="xs">
      <EvidenceInput files={files} onFiles={setFiles} links={links} onLinks={setLinks} linkErrors={linkErrors} />
      {error && <Alert color="red">{error}</Alert>}
      <Group justify="flex-end">
        {progress && <Text size="sm" c="dimmed">{progress}</Text>}
        <Button variant="light" disabled={files.length + links.length === 0} loading={progress !== null} onClick={attach}>
          {t('evidence.attach')}
        </Button>
      </Group>
    </Stack>
  );
}
