import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { showDate } from '../../app/format.ts';
import { saveFile } from '../../app/save-file.ts';
import type { CaseRecord } from '../../../../shared/bundles/format.ts';
import { LETTER_TITLES } from '../../../../shared/letters/letter-types.ts';
import type { PdfBytes } from '../../../../shared/ipc/channels/letters.ts';
import { LetterViewer } from '../letters/LetterViewer.tsx';
import { sha256Hex } from './letter-hash.ts';
import { useAction } from '../../app/use-action.ts';

type Letter = CaseRecord['letters'][number];

/** A file name from the letter's number ("800.1.6.4/12/SK-HD/2024" -> "800.1.6.4-12-SK-HD-2024.pdf"). */
const fileNameOf = (l: Letter) => `${l.number.replace(/[^A-Za-z0-9.]+/g, '-').replace(/^-+|-+$/g, '') || l.sha256.slice(0, 12)}.pdf`;

/**
 * The origin's issued letters: each fetched byte for byte, its SHA-256 checked by the main
 * process (which refuses altered bytes) and again here on the bytes that arrived, before
 * it is shown or saved; "hash cocok" then says both agree with the record.
 */
export function ReceivedLetters({ letters }: { letters: Letter[] }) {
  const { t } = useTranslation();
  const [checked, setChecked] = useState<Record<string, boolean>>({});
  const [shown, setShown] = useState<{ file: PdfBytes; caption: string } | null>(null);
  // The letter being fetched: its "Buka" button spins.
  const [running, setRunning] = useState<string | null>(null);
  // Fetches a letter and checks its hash; only a letter that matches reaches `use`.
  const fetching = useAction(async (l: Letter, use: (bytes: Uint8Array<ArrayBuffer>) => void) => {
    setRunning(l.sha256);
    const file = await call('received:letter', { sha256: l.sha256 });
    const bytes = new Uint8Array(file.pdf) as Uint8Array<ArrayBuffer>;
    const here = await sha256Hex(bytes);
    const ok = file.computedSha256 === l.sha256 && (here === null || here === l.sha256);
    setChecked((c) => ({ ...c, [l.sha256]: ok }));
    if (!ok) throw new Error(t('received.letterAltered', { sha256: l.sha256 }));
    use(bytes);
  });
  const { error } = fetching;
  const busy = fetching.busy ? running : null;
  const open = (l: Letter) => {
    setShown(null);
    void fetching.run(l, (bytes) => setShown({ file: { fileName: fileNameOf(l), pdf: bytes }, caption: `${l.number} · ${t('received.hashMatch')}` }));
  };
  const download = (l: Letter) => void fetching.run(l, (bytes) => saveFile(bytes, fileNameOf(l), 'application/pdf'));

  if (letters.length === 0) return <Text size="sm" c="dimmed">{t('received.noLetters')}</Text>;
  return (
    <Stack gap="xs">
      <Table withTableBorder data-testid="received-letters">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('received.letterKind')}</Table.Th>
            <Table.Th>{t('received.letterNumber')}</Table.Th>
            <Table.Th>{t('received.letterDate')}</Table.Th>
            <Table.Th>{t('received.status')}</Table.Th>
            <Table.Th>{t('received.sha256')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {letters.map((l) => (
            <Table.Tr key={`${l.sha256}-${l.number}`} data-testid={`received-letter-${l.sha256}`}>
              <Table.Td>{(LETTER_TITLES as Record<string, string>)[l.kind] ?? l.kind}</Table.Td>
              <Table.Td>{l.number}</Table.Td>
              <Table.Td>{showDate(l.letterDate)}</Table.Td>
              <Table.Td>{t(`received.letterStatus.${l.status}`)}</Table.Td>
              <Table.Td>
                <Text ff="monospace" size="xs">{l.sha256.slice(0, 16)}…</Text>
                {checked[l.sha256] === true && <Badge color="teal" variant="light" data-testid="received-hash-match">{t('received.hashMatch')}</Badge>}
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button size="xs" variant="light" loading={busy === l.sha256} onClick={() => open(l)} data-testid="received-letter-open">{t('received.open')}</Button>
                  <Button size="xs" variant="default" onClick={() => download(l)} data-testid="received-letter-download">{t('received.download')}</Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {error && <Alert color="red" role="alert" data-testid="received-letter-error">{error}</Alert>}
      {shown && <LetterViewer file={shown.file} caption={shown.caption} />}
    </Stack>
  );
}
