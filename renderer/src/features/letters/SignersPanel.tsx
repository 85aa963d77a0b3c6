import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useCan } from '../../app/session.ts';
import { errorText } from '../../../../shared/error-text.ts';
import { SIGNATORY_PREFIXES } from '../../../../shared/letters/office-settings.ts';
import type { Signatory } from '../../../../shared/letters/office-settings.ts';
import { LETTER_TITLES } from '../../../../shared/letters/letter-types.ts';
import type { CaseSigner, SignerRole } from '../../../../shared/letters/signer-roles.ts';
import { useAction } from '../../app/use-action.ts';

const EMPTY: Signatory = { title: '', prefix: '', name: '', pangkat: '', nip: '' };

/** The direct superior typed for this case (when they do not sit on the team), as printed under the summons. */
function SuperiorForm({ signer, onSave, busy }: { signer: CaseSigner; onSave: (s: Signatory) => void; busy: boolean }) {
  const { t } = useTranslation();
  const [s, setS] = useState<Signatory>(signer.signatory ?? EMPTY);
  const f = (key: keyof Signatory, label: string) => <TextInput label={label} size="xs" value={s[key]} onChange={(e) => setS({ ...s, [key]: e.currentTarget.value })} />;
  return (
    <Paper withBorder p="xs" data-testid={`signer-person-${signer.type}`}>
      <Text size="sm" fw={500}>{t('signerUi.person')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 5 }} spacing="xs">
        <Select size="xs" label={t('pybm.signatoryPrefix')} allowDeselect={false} data={SIGNATORY_PREFIXES.map((p) => ({ value: p, label: p || '–' }))} value={s.prefix} onChange={(v) => setS({ ...s, prefix: (v ?? '') as Signatory['prefix'] })} />
        {f('title', t('pybm.signatoryTitle'))}
        {f('name', t('pybm.signatoryName'))}
        {f('pangkat', t('pybm.signatoryPangkat'))}
        {f('nip', t('pybm.signatoryNip'))}
      </SimpleGrid>
      <Group justify="flex-end" mt="xs">
        <Button size="xs" loading={busy} onClick={() => onSave(s)}>{t('signerUi.savePerson')}</Button>
      </Group>
    </Paper>
  );
}

/** "Penandatangan": who signs the case's summonses and examination order, by role (default from the rules), with the basis. */
export function SignersPanel({ caseId, onChanged }: { caseId: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const [signers, setSigners] = useState<CaseSigner[] | null>(null);
  const [loadError, setError] = useState<string | null>(null);
  useEffect(() => {
    call('letters:signers', { id: caseId })
      .then(setSigners)
      .catch((e: unknown) => setError(errorText(e)));
  }, [caseId]);
  const setting = useAction(async (s: CaseSigner, role: SignerRole, signatory?: Signatory) => {
    setError(null);
    setSigners(await call('letters:setSigner', { caseId, type: s.type, role, ...(signatory ? { signatory } : {}) }));
    onChanged();
  });
  const { busy, run: set } = setting;
  const error = setting.error ?? loadError;
  if (!signers) return error ? <Alert color="red" role="alert">{error}</Alert> : null;
  const editable = can('letters:setSigner');
  return (
    <Stack gap="xs" data-testid="signers-panel">
      <Title order={4}>{t('signerUi.title')}</Title>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <Table withTableBorder>
        <Table.Tbody>
          {signers.map((s) => (
            <Table.Tr key={s.type} data-testid={`signer-${s.type}`}>
              <Table.Td w={220}>{LETTER_TITLES[s.type]}</Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  <Select
                    size="xs"
                    maw={340}
                    aria-label={t('signerUi.role', { letter: LETTER_TITLES[s.type] })}
                    allowDeselect={false}
                    disabled={!editable || busy}
                    data={s.roles.map((r) => ({ value: r, label: `${t(`signerUi.${r}`)}${r === s.defaultRole ? ` (${t('signerUi.default')})` : ''}` }))}
                    value={s.role}
                    onChange={(v) => v && v !== s.role && void set(s, v as SignerRole)}
                  />
                  <Text size="xs" c="dimmed">{t('signerUi.basis', { basis: s.basis })}</Text>
                  {s.signatory ? (
                    <Text size="sm">{`${s.signatory.prefix ? `${s.signatory.prefix} ` : ''}${s.signatory.title}: ${s.signatory.name}`}</Text>
                  ) : (
                    <Text size="sm" c="orange">{s.missing}</Text>
                  )}
                  {s.role === 'superior' && editable && <SuperiorForm key={JSON.stringify(s.signatory)} signer={s} busy={busy} onSave={(p) => void set(s, 'superior', p)} />}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
