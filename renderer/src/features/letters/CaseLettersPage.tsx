import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { showDate } from '../../app/format.ts';
import { useCan } from '../../app/session.ts';
import { SignersPanel } from './SignersPanel.tsx';
import { href } from '../../app/use-hash-route.ts';
import { useReveal } from '../../app/reveal.ts';
import { useOutOfDate } from '../../app/use-changes.tsx';
import type { PdfFile } from '../../../../shared/ipc/channels/letters.ts';
import type { IssuedLetter, LetterOption } from '../../../../shared/letters/issued.ts';
import { LETTER_TITLES, isNumberedType } from '../../../../shared/letters/letter-types.ts';
import { LetterViewer } from './LetterViewer.tsx';
import { IssuedLettersTable } from './IssuedLettersTable.tsx';
import { errorText } from '../../../../shared/error-text.ts';
import { loadPdfEngine } from './pdf-engine.ts';
import { useAction } from '../../app/use-action.ts';
import { GrowTextarea } from '../../app/GrowTextarea.tsx';

type Shown = { file: PdfFile; caption: string };

/** The letters of one case: what can be made now (or what is missing), drafts, issue, reprint, void. */
export function CaseLettersPage({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const can = useCan();
  const [registerNo, setRegisterNo] = useState('');
  const [options, setOptions] = useState<LetterOption[] | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [loadError, setError] = useState<string | null>(null);
  // Which button the running action belongs to (draft:…, issue:…, pdf:…, void:…).
  const [running, setRunning] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<LetterOption | null>(null);
  const [voiding, setVoiding] = useState<IssuedLetter | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    setOptions(await call('letters:options', { id: caseId }));
  }, [caseId]);

  // A letter issued or voided from another PC changes what can be made here: announced, reloaded on request.
  const outOfDate = useOutOfDate('case', caseId, () => void reload().catch((e: unknown) => setError(errorText(e))));

  // pdf.js and its worker load while the clerk reads the list, not after "Pratinjau" is pressed.
  useEffect(() => void loadPdfEngine().catch(() => undefined), []);

  useEffect(() => {
    call('cases:get', { id: caseId })
      .then((c) => setRegisterNo(c.registerNo))
      .catch(() => undefined);
    call('letters:options', { id: caseId })
      .then(setOptions)
      .catch((e: unknown) => setError(errorText(e)));
  }, [caseId]);

  // One letter action at a time: a second click while a letter is being issued issues nothing.
  const action = useAction(async (key: string, fn: () => Promise<void>) => {
    setRunning(key);
    setError(null);
    await fn();
  });
  const { run } = action;
  const busy = action.busy ? running : null;
  const error = action.error ?? loadError;
  const errorRef = useReveal<HTMLDivElement>(error);
  const optionKey = (o: LetterOption) => `${o.type}|${o.subject}`;

  const draft = (o: LetterOption) =>
    run(`draft:${optionKey(o)}`, async () => {
      const file = await call('letters:draft', { caseId, type: o.type, subject: o.subject });
      setShown({ file, caption: t('letterUi.draftCaption', { title: o.label }) });
    });
  const issue = (o: LetterOption) =>
    run(`issue:${optionKey(o)}`, async () => {
      setConfirm(null);
      const { letter, file } = await call('letters:issue', { caseId, type: o.type, subject: o.subject });
      setShown({ file, caption: t('letterUi.issued', { title: LETTER_TITLES[letter.type], number: letter.number }) });
      await reload();
    });
  const reprint = (l: IssuedLetter) =>
    run(`pdf:${l.id}`, async () => {
      const file = await call('letters:pdf', { id: l.id });
      setShown({ file, caption: `${LETTER_TITLES[l.type]} ${l.number}` });
    });
  const doVoid = async () => {
    if (!voiding) return;
    if (reason.trim().length < 5) {
      setReasonError(t('letters.reasonRequired'));
      return;
    }
    await run(`void:${voiding.id}`, async () => {
      await call('letters:void', { id: voiding.id, reason: reason.trim() });
      setVoiding(null);
      setReason('');
      await reload();
    });
  };

  const issued = (options ?? []).flatMap((o) => o.issued).sort((a, b) => b.id - a.id);
  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={2} data-testid="letters-title">{t('letterUi.title')} · {registerNo}</Title>
        <Anchor href={href(`/cases/${caseId}`)}>{t('letterUi.backToCase')}</Anchor>
      </Group>
      {outOfDate}
      {error && <Alert ref={errorRef} color="red" role="alert" data-testid="letters-error">{error}</Alert>}
      <Table withTableBorder data-testid="letter-options">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('letterUi.choose')}</Table.Th>
            <Table.Th>{t('letterUi.status')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(options ?? []).map((o) => (
            <Table.Tr key={optionKey(o)} data-testid={`option-${o.type}`}>
              <Table.Td>{o.label}</Table.Td>
              <Table.Td>
                {o.ready ? (
                  <Group gap={4}>
                    <Badge color="green" variant="light">{t('letterUi.ready')}</Badge>
                    {o.issued.map((l) => (
                      <Badge key={l.id} color={l.status === 'void' ? 'gray' : 'blue'} variant="outline" style={{ textTransform: 'none' }}>
                        {l.number}
                      </Badge>
                    ))}
                  </Group>
                ) : (
                  <Text size="sm" c="dimmed">{o.missing}</Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  <Button size="xs" variant="light" disabled={!o.ready} loading={busy === `draft:${optionKey(o)}`} onClick={() => void draft(o)}>
                    {t('letterUi.draft')}
                  </Button>
                  {isNumberedType(o.type) && can('letters:issue') && (
                    <Button size="xs" disabled={!o.ready} loading={busy === `issue:${optionKey(o)}`} onClick={() => setConfirm(o)}>
                      {t('letterUi.issue')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <SignersPanel caseId={caseId} onChanged={() => void reload().catch(() => undefined)} />
      <Title order={4}>{t('letterUi.issuedList')}</Title>
      <IssuedLettersTable
        letters={issued}
        busy={busy}
        onReprint={(l) => void reprint(l)}
        onVoid={can('letters:void') ? (l) => { setReason(''); setReasonError(null); setVoiding(l); } : undefined}
      />
      {shown && <LetterViewer key={shown.file.fileName + shown.caption} file={shown.file} caption={shown.caption} />}

      <Modal opened={confirm !== null} onClose={() => setConfirm(null)} title={t('letterUi.issue')}>
        <Stack>
          <Text>{confirm && t('letterUi.issueConfirm', { title: confirm.label })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(null)}>{t('actions.cancel')}</Button>
            <Button onClick={() => confirm && void issue(confirm)}>{t('letterUi.issueNow')}</Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={voiding !== null} onClose={() => setVoiding(null)} title={voiding ? `${t('letterUi.void')} ${voiding.number}` : ''}>
        <Stack>
          <Text size="sm">{voiding && `${LETTER_TITLES[voiding.type]}, ${showDate(voiding.letterDate)}`}</Text>
          <GrowTextarea label={t('letterUi.voidReason')} withAsterisk value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={reasonError} minRows={2} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setVoiding(null)}>{t('actions.cancel')}</Button>
            <Button color="red" loading={voiding !== null && busy === `void:${voiding.id}`} onClick={() => void doVoid()}>{t('letterUi.voidNow')}</Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
