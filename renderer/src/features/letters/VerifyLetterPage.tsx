import { letterAbout } from './IssuedLettersTable.tsx';
import { Alert, Button, FileInput, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { uploadFile } from '../../app/upload.ts';
import { showDate, showDateTime } from '../../app/format.ts';
import type { VerifyResult } from '../../../../shared/letters/issued.ts';
import { LETTER_TITLES } from '../../../../shared/letters/letter-types.ts';
import { useAction } from '../../app/use-action.ts';

const VERDICT_COLOR: Record<VerifyResult['verdict'], string> = { valid: 'green', void: 'orange', mismatch: 'red', unknown: 'gray' };

/** "Verifikasi surat": a number, the scanned QR text or a PDF file checked against the register. */
export function VerifyLetterPage() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<VerifyResult | null>(null);

  const checking = useAction(async (by: 'text' | 'file') => {
    setResult(null);
    setResult(by === 'text' ? await call('letters:verify', { text: text.trim() }) : await call('letters:verify', { uploadId: await uploadFile(file!, 'verify') }));
  });
  const { busy, error, run: check } = checking;

  const l = result?.letter;
  return (
    <Stack maw={760}>
      <Title order={2}>{t('letterUi.verifyTitle')}</Title>
      <Text size="sm" c="dimmed">{t('letterUi.verifyHint')}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) void check('text');
        }}
      >
        <Group align="flex-end">
          <TextInput style={{ flex: 1 }} label={t('letterUi.verifyText')} value={text} onChange={(e) => setText(e.currentTarget.value)} maxLength={300} />
          <Button type="submit" loading={busy} disabled={!text.trim()}>{t('letterUi.verifyRun')}</Button>
        </Group>
      </form>
      <Group align="flex-end">
        <FileInput style={{ flex: 1 }} label={t('letterUi.verifyFile')} accept="application/pdf" value={file} onChange={setFile} clearable />
        <Button variant="light" loading={busy} disabled={!file} onClick={() => void check('file')}>{t('letterUi.verifyRun')}</Button>
      </Group>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {result && (
        <Alert color={VERDICT_COLOR[result.verdict]} title={t(`letterUi.verdict.${result.verdict}`)} data-testid="verify-result" data-verdict={result.verdict}>
          {result.problems.length > 0 && (
            <List size="sm">
              {result.problems.map((p) => <List.Item key={p}>{p}</List.Item>)}
            </List>
          )}
          {l && (
            <Paper p="xs" mt="xs" withBorder>
              <Text size="sm" fw={600}>{LETTER_TITLES[l.type]} {l.number}</Text>
              <Text size="sm" data-testid="verify-about">{t('letterUi.about')}: {letterAbout(t, l)}</Text>
              <Text size="sm">{t('letterUi.date')}: {showDate(l.letterDate)} · {t('letterUi.case')}: {l.registerNo}</Text>
              <Text size="sm">{t('letterUi.issuedBy', { who: l.issuedBy, at: showDateTime(l.issuedAt) })}</Text>
              {l.status === 'void' && <Text size="sm" c="red">{t('letterUi.voidedBecause', { reason: l.voidReason ?? '' })}</Text>}
              <Text size="xs" ff="monospace" c="dimmed">SHA-256 {l.sha256}</Text>
            </Paper>
          )}
        </Alert>
      )}
    </Stack>
  );
}
