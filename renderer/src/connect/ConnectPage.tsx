import { Alert, Button, Center, Code, Paper, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectAnswer, ConnectApi, ConnectState } from '../../../shared/connect/connect-api.ts';
import { useAction } from '../app/use-action.ts';

declare global {
  interface Window {
    /** Only on the connection page (electron/preload/connect.ts). */
    readonly sipenaConnect?: ConnectApi;
  }
}

type Choice = 'local' | 'client' | 'server';

/** A 95-character fingerprint has no spaces: let it break anywhere rather than run off the card. */
const WRAP = { message: { overflowWrap: 'anywhere' as const } };

/**
 * "Komputer ini saja" or "Hubungkan ke server kantor" (address + fingerprint, checked
 * against the server before anything is sent), or "Jalankan sebagai server kantor". After a
 * refused certificate it leads with the warning; "Coba lagi" uses the stored choice again.
 */
export function ConnectPage() {
  const { t } = useTranslation();
  const api = window.sipenaConnect;
  const [state, setState] = useState<ConnectState | null>(null);
  const [choice, setChoice] = useState<Choice>('local');
  const [address, setAddress] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  const [listen, setListen] = useState('');
  const [answer, setAnswer] = useState<Extract<ConnectAnswer, { ok: false }> | null>(null);

  useEffect(() => {
    void api?.state().then((s) => {
      setState(s);
      if (s.reason !== 'first' && s.stored.mode === 'client') {
        setChoice('client');
        setAddress(s.stored.serverUrl);
      }
    });
  }, [api]);

  // A refusal is an answer (its message goes on the field it names); a thrown failure (main
  // could not answer at all) is the action's error.
  const choosing = useAction(async (fn: () => Promise<ConnectAnswer>) => {
    setAnswer(null);
    const r = await fn();
    if (!r.ok) setAnswer(r);
  });
  const { busy } = choosing;
  if (!api || !state) return null;
  const submit = () =>
    choosing.run(() =>
      choice === 'client' ? api.connectToServer({ address, fingerprint }) : choice === 'server' ? api.choose({ mode: 'server', listen }) : api.choose({ mode: 'local' }),
    );
  const message = answer ? t(answer.errorKey, answer.params ?? {}) : null;
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" w={640}>
        <Stack>
          {state.reason === 'changed' && (
            <Alert color="red" variant="filled" role="alert" title={t('connect.changedTitle')} data-testid="certificate-changed" styles={WRAP}>
              <Text size="sm">{t('connect.mismatch', { address: state.serverUrl, seen: state.seen, expected: state.expected })}</Text>
            </Alert>
          )}
          {state.reason === 'unreachable' && (
            <Alert color="orange" role="alert" title={t('connect.unreachableStart')}>
              {t('connect.unreachable', { address: state.serverUrl, reason: state.detail })}
            </Alert>
          )}
          {state.reason !== 'first' && (
            <Button variant="light" onClick={() => void choosing.run(() => api.choose({ mode: 'retry' }))} loading={busy}>
              {t('connect.retry')}
            </Button>
          )}
          <Title order={2}>{state.reason === 'first' ? t('connect.title') : t('connect.change')}</Title>
          <Text size="sm">{t('connect.intro')}</Text>
          <Radio.Group value={choice} onChange={(v) => setChoice(v as Choice)}>
            <Stack gap="sm">
              <Radio value="local" label={t('connect.local')} description={t('connect.localHint')} />
              <Radio value="client" label={t('connect.client')} description={t('connect.clientHint')} />
              <Radio value="server" label={t('connect.server')} description={t('connect.serverHint')} />
            </Stack>
          </Radio.Group>
          {choice === 'client' && (
            <>
              <TextInput
                label={t('connect.address')}
                description={t('connect.addressDescription')}
                value={address}
                onChange={(e) => setAddress(e.currentTarget.value)}
                error={answer?.field === 'address' ? message : undefined}
              />
              <TextInput
                label={t('connect.fingerprint')}
                description={t('connect.fingerprintDescription')}
                value={fingerprint}
                onChange={(e) => setFingerprint(e.currentTarget.value)}
                error={answer?.field === 'fingerprint' && answer.errorKey !== 'connect.mismatch' ? message : undefined}
                styles={{ input: { fontFamily: 'monospace' } }}
              />
            </>
          )}
          {choice === 'server' && (
            <TextInput
              label={t('connect.listen')}
              description={t('connect.listenDescription')}
              value={listen}
              onChange={(e) => setListen(e.currentTarget.value)}
              error={answer?.field === 'listen' ? message : undefined}
            />
          )}
          {answer && answer.errorKey === 'connect.mismatch' && (
            <Alert color="red" variant="filled" role="alert" title={t('connect.mismatchTitle')} data-testid="fingerprint-mismatch" styles={WRAP}>
              {message}
            </Alert>
          )}
          {answer && !answer.field && answer.errorKey !== 'connect.mismatch' && (
            <Alert color="red" role="alert">{message}</Alert>
          )}
          {choosing.error && <Alert color="red" role="alert">{choosing.error}</Alert>}
          {busy && choice === 'client' && <Code>{t('connect.checking')}</Code>}
          <Button onClick={() => void submit()} loading={busy}>
            {choice === 'client' ? t('connect.connectButton') : choice === 'server' ? t('connect.serverButton') : t('connect.localButton')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
