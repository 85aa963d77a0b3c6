import { Alert, Button, Group, Progress, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { ExportMenu } from '../../app/ExportMenu.tsx';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import type { PdfBytes } from '../../../../shared/ipc/channels/letters.ts';
import type { BulkJobStatus, IssuedLetter } from '../../../../shared/letters/issued.ts';
import { LETTER_TITLES, NUMBERED_TYPES } from '../../../../shared/letters/letter-types.ts';
import type { NumberedType } from '../../../../shared/letters/letter-types.ts';
import { IssuedLettersTable } from './IssuedLettersTable.tsx';
import { LetterViewer } from './LetterViewer.tsx';
import { errorText } from '../../../../shared/error-text.ts';
import { useAction } from '../../app/use-action.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "Cetak massal": every issued letter of a type in a date range (e.g. the summonses of a
 * week) combined into one PDF of the letters exactly as issued; voided letters are left
 * out and counted. The main process merges in a worker thread; this screen polls the
 * progress, so the window never freezes.
 */
export function BulkPrintPage() {
  const { t } = useTranslation();
  const [type, setType] = useState<NumberedType>('summons1');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [letters, setLetters] = useState<IssuedLetter[] | null>(null);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [status, setStatus] = useState<BulkJobStatus | null>(null);
  const [result, setResult] = useState<PdfBytes | null>(null);
  const [finished, setFinished] = useState<BulkJobStatus | null>(null);
  const [otherError, setError] = useState<string | null>(null);

  const find = async () => {
    setError(null);
    printing.clear();
    setResult(null);
    try {
      const list = await call('letters:list', { type, ...(ISO_DATE.test(from) ? { from } : {}), ...(ISO_DATE.test(to) ? { to } : {}), limit: 2000 });
      setLetters(list);
      setSelected(new Set(list.filter((l) => l.status === 'issued').map((l) => l.id)));
    } catch (e) {
      setError(errorText(e));
    }
  };

  // One bulk job at a time: a second click while the first is being started starts nothing.
  const printing = useAction(async () => {
    setError(null);
    setResult(null);
    setFinished(null);
    try {
      let s = await call('letters:bulkStart', { ids: (letters ?? []).filter((l) => selected.has(l.id)).map((l) => l.id) });
      setStatus(s);
      while (s.state === 'running') {
        await new Promise((r) => setTimeout(r, 300));
        s = await call('letters:bulkStatus', { jobId: s.jobId });
        setStatus(s);
      }
      if (s.state === 'failed') throw new Error(s.error ?? 'failed');
      setResult(await call('letters:bulkResult', { jobId: s.jobId }));
      setFinished(s);
    } finally {
      setStatus(null);
    }
  });
  const error = printing.error ?? otherError;

  const toggle = (id: number) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Stack maw={1100}>
      <Title order={2}>{t('letterUi.bulkTitle')}</Title>
      <Group align="flex-end">
        <Select
          label={t('letterUi.bulkType')}
          allowDeselect={false}
          value={type}
          onChange={(v) => v && setType(v as NumberedType)}
          data={NUMBERED_TYPES.map((k) => ({ value: k, label: LETTER_TITLES[k] }))}
        />
        <TextInput label={t('letterUi.from')} type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput label={t('letterUi.to')} type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        <Button variant="light" onClick={() => void find()}>{t('letterUi.find')}</Button>
        <ExportMenu run={(format) => call('letters:export', { type, ...(ISO_DATE.test(from) ? { from } : {}), ...(ISO_DATE.test(to) ? { to } : {}), format })} onError={setError} />
      </Group>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {letters && <IssuedLettersTable letters={letters} selected={selected} onToggle={toggle} />}
      {letters && letters.length > 0 && (
        <Group>
          <Button onClick={() => void printing.run()} disabled={selected.size === 0 || status !== null} loading={status !== null}>
            {t('letterUi.bulkRun', { count: selected.size })}
          </Button>
        </Group>
      )}
      {status && (
        <Stack gap={4} data-testid="bulk-progress">
          <Progress value={status.total > 0 ? (100 * status.done) / status.total : 0} animated />
          <Text size="sm">{t('letterUi.progress', { done: status.done, total: status.total })}</Text>
        </Stack>
      )}
      {finished && finished.skipped > 0 && (
        <Alert color="yellow" data-testid="bulk-skipped">{t('letterUi.bulkSkipped', { count: finished.skipped })}</Alert>
      )}
      {result && finished && <LetterViewer file={result} caption={t('letterUi.bulkDone', { count: finished.total })} preview={finished.total <= 20} />}
    </Stack>
  );
}
