import { Alert, Badge, Button, Card, Code, FileInput, Group, Modal, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { showDateTime } from '../../app/format.ts';
import { base64ToBytes, saveFile } from '../../app/save-file.ts';
import { errorText } from '../../../../shared/error-text.ts';
import type { TrustedOrigin } from '../../../../shared/trust/types.ts';
import { useAction } from '../../app/use-action.ts';
import { GrowTextarea } from '../../app/GrowTextarea.tsx';

/** The fingerprint in groups of four bytes, as on the key letter, so it is read and compared group by group. */
function FingerprintGroups({ fingerprint, testId }: { fingerprint: string; testId: string }) {
  const groups = fingerprint.split(':');
  const lines: string[] = [];
  for (let i = 0; i < groups.length; i += 8) lines.push(groups.slice(i, i + 8).join(' '));
  return (
    <Code block data-testid={testId} data-fingerprint={fingerprint} fz="lg">
      {lines.join('\n')}
    </Code>
  );
}

function EnrolModal({ opened, onClose, onDone }: { opened: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [keyFile, setKeyFile] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  const enrolling = useAction(async () => {
    await call('trust:enrol', { keyFile, fingerprint });
    close();
    onDone();
  });
  const { busy, error } = enrolling;
  function close() {
    setKeyFile('');
    setFingerprint('');
    enrolling.clear();
    onClose();
  }
  return (
    <Modal opened={opened} onClose={close} title={t('trust.enrolTitle')} size="lg">
      <Stack>
        <FileInput
          label={t('trust.keyFile')}
          accept=".json,application/json"
          data-testid="trust-key-file"
          onChange={(f) => {
            if (f) void f.text().then(setKeyFile);
          }}
        />
        <GrowTextarea label={t('trust.keyFileText')} value={keyFile} onChange={(e) => setKeyFile(e.currentTarget.value)} minRows={3} maxRows={8} monospace data-testid="trust-key-text" />
        <TextInput label={t('trust.typedFingerprint')} description={t('trust.typedFingerprintHint')} value={fingerprint} onChange={(e) => setFingerprint(e.currentTarget.value)} ff="monospace" data-testid="trust-fingerprint" />
        {error && <Alert color="red" role="alert" data-testid="trust-enrol-error">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>{t('actions.cancel')}</Button>
          <Button onClick={() => void enrolling.run()} loading={busy} disabled={keyFile.trim() === '' || fingerprint.trim() === ''} data-testid="trust-enrol-submit">{t('trust.enrol')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function RevokeModal({ origin, onClose, onDone }: { origin: TrustedOrigin | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const revoking = useAction(async (o: TrustedOrigin) => {
    await call('trust:revoke', { instansiCode: o.instansiCode, reason });
    close();
    onDone();
  });
  const { busy, error } = revoking;
  function close() {
    setReason('');
    revoking.clear();
    onClose();
  }
  return (
    <Modal opened={origin !== null} onClose={close} title={t('trust.revokeTitle', { name: origin?.name ?? '' })}>
      <Stack>
        {origin && <FingerprintGroups fingerprint={origin.fingerprint} testId="trust-revoke-fingerprint" />}
        <Textarea label={t('trust.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-testid="trust-revoke-reason" />
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>{t('actions.cancel')}</Button>
          <Button color="red" onClick={() => origin && void revoking.run(origin)} loading={busy} data-testid="trust-revoke-submit">{t('trust.revoke')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * The administrator's keys screen: this office's fingerprint, its public key file and the
 * key letter to send to the province; the list of trusted origins with enrolment (from a
 * key file and the fingerprint typed from its key letter) and revocation.
 */
export function TrustPage() {
  const { t } = useTranslation();
  const own = useLoad(() => call('trust:officeKey', {}), []);
  const origins = useLoad(() => call('trust:list', {}), []);
  const [enrolling, setEnrolling] = useState(false);
  const [revoking, setRevoking] = useState<TrustedOrigin | null>(null);
  const [letterError, setLetterError] = useState<string | null>(null);
  const key = own.data;
  const printLetter = async () => {
    setLetterError(null);
    try {
      const { pdfBase64, fileName } = await call('trust:keyLetter', {});
      saveFile(base64ToBytes(pdfBase64), fileName, 'application/pdf');
    } catch (e) {
      setLetterError(errorText(e));
    }
  };
  return (
    <Stack data-testid="trust-page">
      <Title order={2}>{t('trust.title')}</Title>
      <Text size="sm" c="dimmed">{t('trust.intro')}</Text>
      <Card withBorder>
        <Stack gap="xs">
          <Title order={4}>{t('trust.ownKey')}</Title>
          {own.error && <Alert color="orange" role="alert" data-testid="trust-own-error">{own.error}</Alert>}
          {key && (
            <>
              <Text size="sm">
                {t('trust.instansiCode')}: <b data-testid="trust-own-code">{key.instansiCode}</b> · {key.officeName}
              </Text>
              <Text size="sm" fw={500}>{t('trust.fingerprint')}</Text>
              <FingerprintGroups fingerprint={key.fingerprint} testId="trust-own-fingerprint" />
              <Group>
                <Button variant="light" data-testid="trust-download-key" onClick={() => saveFile(new TextEncoder().encode(key.publicKeyFile) as Uint8Array<ArrayBuffer>, `kunci-publik-${key.instansiCode}.sipena-key.json`, 'application/json')}>
                  {t('trust.downloadKey')}
                </Button>
                <Button variant="light" data-testid="trust-print-letter" onClick={() => void printLetter()}>{t('trust.printLetter')}</Button>
              </Group>
              {letterError && <Alert color="red" role="alert">{letterError}</Alert>}
            </>
          )}
        </Stack>
      </Card>
      <Group justify="space-between">
        <Title order={3}>{t('trust.origins')}</Title>
        <Button onClick={() => setEnrolling(true)} data-testid="trust-enrol">{t('trust.enrol')}</Button>
      </Group>
      <Text size="sm" c="dimmed">{t('trust.originsIntro')}</Text>
      {origins.error && <Alert color="red" role="alert">{origins.error}</Alert>}
      {origins.data?.length === 0 && <Text c="dimmed">{t('trust.noOrigins')}</Text>}
      {origins.data && origins.data.length > 0 && (
        <Table withTableBorder data-testid="trust-origins">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('trust.instansiCode')}</Table.Th>
              <Table.Th>{t('trust.officeName')}</Table.Th>
              <Table.Th>{t('trust.fingerprint')}</Table.Th>
              <Table.Th>{t('trust.enrolled')}</Table.Th>
              <Table.Th>{t('trust.state')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {origins.data.map((o) => (
              <Table.Tr key={o.id} data-testid={`trust-origin-${o.instansiCode}`} data-revoked={o.revokedAt !== null}>
                <Table.Td>{o.instansiCode}</Table.Td>
                <Table.Td>{o.name}</Table.Td>
                <Table.Td>
                  {/* Eight bytes a line, breaking between groups only: a group is never split. */}
                  <Text ff="monospace" size="xs" style={{ whiteSpace: 'pre' }}>{(o.fingerprint.match(/.{1,24}/g) ?? []).join('\n')}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{showDateTime(o.enrolledAt)}</Text>
                  <Text size="xs" c="dimmed">{t('trust.enrolledBy', { by: o.enrolledBy })}</Text>
                </Table.Td>
                <Table.Td>
                  {o.revokedAt === null ? (
                    <Badge color="teal" variant="light">{t('trust.active')}</Badge>
                  ) : (
                    <Text size="xs" c="red">{t('trust.revoked', { at: showDateTime(o.revokedAt), by: o.revokedBy ?? '', reason: o.revokeReason ?? '' })}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {o.revokedAt === null && (
                    <Button size="xs" color="red" variant="light" onClick={() => setRevoking(o)} data-testid={`trust-revoke-${o.instansiCode}`}>{t('trust.revoke')}</Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <EnrolModal opened={enrolling} onClose={() => setEnrolling(false)} onDone={origins.reload} />
      <RevokeModal origin={revoking} onClose={() => setRevoking(null)} onDone={origins.reload} />
    </Stack>
  );
}
