import { ActionIcon, Button, FileInput, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface LinkDraft {
  url: string;
  description: string;
}

/** Evidence chosen at intake: files (uploaded on submit) and links kept as text. */
export function EvidenceInput({
  files,
  onFiles,
  links,
  onLinks,
  linkErrors,
}: {
  files: File[];
  onFiles: (files: File[]) => void;
  links: LinkDraft[];
  onLinks: (links: LinkDraft[]) => void;
  linkErrors: Record<number, string>;
}) {
  const { t } = useTranslation();
  const setLink = (i: number, patch: Partial<LinkDraft>) => onLinks(links.map((l, k) => (k === i ? { ...l, ...patch } : l)));
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Text fw={600} size="sm">{t('evidence.title')}</Text>
        <FileInput
          label={t('evidence.files')}
          multiple
          clearable
          value={files}
          onChange={onFiles}
          data-testid="evidence-files"
        />
        <Text size="sm">{t('evidence.links')}</Text>
        {links.map((l, i) => (
          <Group key={i} align="flex-start" wrap="nowrap">
            <TextInput style={{ flex: 2 }} aria-label={t('evidence.url')} placeholder="https://…" value={l.url} error={linkErrors[i]} onChange={(e) => setLink(i, { url: e.currentTarget.value })} />
            <TextInput style={{ flex: 1 }} aria-label={t('evidence.description')} placeholder={t('evidence.description')} value={l.description} onChange={(e) => setLink(i, { description: e.currentTarget.value })} />
            <ActionIcon variant="subtle" color="red" mt={6} aria-label={t('actions.remove')} onClick={() => onLinks(links.filter((_, k) => k !== i))}>×</ActionIcon>
          </Group>
        ))}
        <Group>
          <Button size="xs" variant="light" onClick={() => onLinks([...links, { url: '', description: '' }])}>{t('evidence.addLink')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
