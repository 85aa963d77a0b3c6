import { Accordion, Alert, Button, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import type { SiasnMapping, SiasnMappingKeys } from '../../../../shared/reports/siasn.ts';
import { useAction } from '../../app/use-action.ts';

type Kind = keyof SiasnMappingKeys;
const SECTIONS: { kind: Kind; labelKey: string }[] = [
  { kind: 'sanction', labelKey: 'siasn.mappingSanction' },
  { kind: 'reason', labelKey: 'siasn.mappingReason' },
  { kind: 'golongan', labelKey: 'siasn.mappingGolongan' },
];

/** Drops empty ids, so a cleared box means "not mapped" (the export then names the code). */
function cleaned(m: SiasnMapping): SiasnMapping {
  const keep = (r: Record<string, string>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v !== ''));
  const k = m.kedudukanHukum?.trim() ?? '';
  return { sanction: keep(m.sanction), reason: keep(m.reason), golongan: keep(m.golongan), kedudukanHukum: k === '' ? null : k };
}

function MappingEditor({ initial, initialVersion, keys }: { initial: SiasnMapping; initialVersion: number; keys: SiasnMappingKeys }) {
  const { t } = useTranslation();
  const [mapping, setMapping] = useState(initial);
  const [version, setVersion] = useState(initialVersion);
  const [notice, setNotice] = useState<string | null>(null);
  const setId = (kind: Kind, code: string, id: string) => setMapping((m) => ({ ...m, [kind]: { ...m[kind], [code]: id } }));
  const saving = useAction(async () => {
    setNotice(null);
    const saved = await call('reports:saveSiasnMapping', { ...cleaned(mapping), expectedVersion: version });
    setMapping(saved.mapping);
    setVersion(saved.version);
    setNotice(t('siasn.mappingSaved'));
  });
  const { busy, error } = saving;
  return (
    <Stack>
      <TextInput label={t('siasn.kedudukanHukum')} maw={420} value={mapping.kedudukanHukum ?? ''} onChange={(e) => setMapping((m) => ({ ...m, kedudukanHukum: e.currentTarget.value }))} />
      <Accordion multiple variant="separated">
        {SECTIONS.map(({ kind, labelKey }) => (
          <Accordion.Item key={kind} value={kind}>
            <Accordion.Control>
              {t(labelKey)} ({keys[kind].filter((k) => mapping[kind][k.code]?.trim()).length}/{keys[kind].length})
            </Accordion.Control>
            <Accordion.Panel>
              <Table>
                <Table.Tbody>
                  {keys[kind].map((k) => (
                    <Table.Tr key={k.code}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{k.code}</Table.Td>
                      <Table.Td>{k.label}</Table.Td>
                      <Table.Td w={160}>
                        <TextInput aria-label={`${t('siasn.siasnId')} ${k.code}`} size="xs" value={mapping[kind][k.code] ?? ''} onChange={(e) => setId(kind, k.code, e.currentTarget.value)} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      {notice && <Alert color="green" role="status">{notice}</Alert>}
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <Button onClick={() => void saving.run()} loading={busy} w="fit-content">{t('siasn.mappingSave')}</Button>
    </Stack>
  );
}

/** The administrator's table from Sipena's codes to SIASN's reference ids. */
export function SiasnMappingForm() {
  const { t } = useTranslation();
  const loaded = useLoad(() => call('reports:siasnMapping', {}), []);
  return (
    <Stack mt="lg">
      <Title order={3}>{t('siasn.mappingTitle')}</Title>
      <Text size="sm">{t('siasn.mappingIntro')}</Text>
      {loaded.error && <Alert color="red" role="alert">{loaded.error}</Alert>}
      {loaded.data && <MappingEditor initial={loaded.data.mapping} initialVersion={loaded.data.version} keys={loaded.data.keys} />}
    </Stack>
  );
}
