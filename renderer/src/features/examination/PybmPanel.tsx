import { Alert, Checkbox, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { changesStatus, resolvePybm } from '../../../../shared/examination/pybm.ts';
import type { PybmOfficial } from '../../../../shared/examination/pybm.ts';
import type { PybmContext } from '../../../../shared/examination/pybm-context.ts';
import type { SanctionLevel } from '../../../../shared/examination/sanctions.ts';
import { POSITION_CLASS_LABELS } from '../../../../shared/employees/position-class.ts';
import { SIGNATORY_PREFIXES, STAND_IN_PREFIXES } from '../../../../shared/letters/signatory-prefix.ts';
import type { Signatory } from '../../../../shared/letters/office-settings.ts';

export interface PybmChoice {
  pybmOfficial: PybmOfficial | undefined;
  vacant: PybmOfficial[];
  /** undefined: main takes the PPK from the settings or the OPD head from the OPD list. */
  signatory: Signatory | undefined;
}

/** The decision context once per case: rule table, PPK, each accused's class and OPD head. */
export function usePybmContext(caseId: number): PybmContext | null {
  // Without the context the panel stays hidden; the decision form still works.
  const { data, error } = useLoad(() => call('examination:pybmContext', { caseId }), [caseId]);
  return error ? null : (data ?? null);
}

const EMPTY_SIGNATORY: Signatory = { title: '', prefix: '', name: '', pangkat: '', nip: '' };

/**
 * Who must decide and sign, and why: the rule-table row for the accused's position class
 * and the chosen sanction's level, the lawful alternatives, "no such official in the unit",
 * and the signatory printed on the SK (prefilled, editable), with the Plh/Plt warning.
 */
export function PybmPanel(props: {
  context: PybmContext | null;
  accusedId: number;
  level: SanctionLevel | null | undefined;
  sanctionCode: string;
  moral: boolean;
  choice: PybmChoice;
  editable: boolean;
  onChange: (c: PybmChoice) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const { context, choice } = props;
  if (!context) return null;
  if (props.moral) return <Text size="sm">{t('pybm.moral')}</Text>;
  if (!props.level) return null;
  const accused = context.accused.find((a) => a.id === props.accusedId);
  const positionClass = accused?.positionClass ?? null;
  const r = resolvePybm(context.table, { positionClass, level: props.level, sanctionCode: props.sanctionCode, vacant: choice.vacant });
  if (!r.ok) {
    return (
      <Alert color="orange" title={t('pybm.title')} data-testid="pybm-panel">
        {t('pybm.classMissingShort')}
      </Alert>
    );
  }
  const official = choice.pybmOfficial && r.allowed.includes(choice.pybmOfficial) ? choice.pybmOfficial : r.official;
  const defaultSignatory: Signatory | undefined = official === 'ppk' ? context.ppk : official === 'kepala_opd' ? accused?.opdHead ?? undefined : undefined;
  const shown = choice.signatory ?? defaultSignatory ?? EMPTY_SIGNATORY;
  const setSignatory = (patch: Partial<Signatory>) => props.onChange({ ...choice, pybmOfficial: official, signatory: { ...shown, ...patch } });
  const standIn = context.standInLimit && STAND_IN_PREFIXES.includes(shown.prefix) && changesStatus(props.level);
  const lower = context.table.chain.slice(0, -1);
  return (
    <Stack gap="xs" data-testid="pybm-panel">
      <Alert color="blue" title={t('pybm.title')}>
        <Text size="sm" fw={600} data-testid="pybm-must-sign">
          {t('pybm.mustSign', { official: t(`officials.${official}`) })}
        </Text>
        <Text size="sm">{r.row.reason[lang]}</Text>
        <Text size="xs" c="dimmed">
          {t('pybm.positionClass', { value: positionClass ? POSITION_CLASS_LABELS[positionClass] : '–' })} ·{' '}
          {t('pybm.why', { row: r.row.id, version: r.tableVersion, basis: r.row.basis })}
        </Text>
        {r.steppedUpFrom && <Text size="xs">{t('pybm.steppedUp', { from: t(`officials.${r.steppedUpFrom}`) })}</Text>}
      </Alert>
      <Group align="flex-end" gap="md">
        {r.allowed.length > 1 && (
          <Select
            label={t('pybm.official')}
            allowDeselect={false}
            disabled={!props.editable}
            data={r.allowed.map((o) => ({ value: o, label: t(`officials.${o}`) }))}
            value={official}
            onChange={(v) => props.onChange({ ...choice, pybmOfficial: (v ?? undefined) as PybmOfficial | undefined, signatory: undefined })}
          />
        )}
        {lower.includes(r.row.official) && (
          <Checkbox
            label={t('pybm.vacant')}
            disabled={!props.editable}
            checked={choice.vacant.includes(r.row.official)}
            onChange={(e) =>
              props.onChange({
                pybmOfficial: undefined,
                signatory: undefined,
                vacant: e.currentTarget.checked ? [...choice.vacant, r.row.official] : choice.vacant.filter((v) => v !== r.row.official),
              })
            }
          />
        )}
      </Group>
      <Text size="sm" fw={600}>
        {t('pybm.signatory')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('pybm.signatoryPrefix')}
          allowDeselect={false}
          disabled={!props.editable}
          data={SIGNATORY_PREFIXES.map((p) => ({ value: p, label: p || '–' }))}
          value={shown.prefix}
          onChange={(v) => setSignatory({ prefix: (v ?? '') as Signatory['prefix'] })}
        />
        <TextInput label={t('pybm.signatoryName')} disabled={!props.editable} value={shown.name} onChange={(e) => setSignatory({ name: e.currentTarget.value })} />
        <TextInput label={t('pybm.signatoryPangkat')} disabled={!props.editable} value={shown.pangkat} onChange={(e) => setSignatory({ pangkat: e.currentTarget.value })} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          style={{ gridColumn: 'span 2' }}
          label={t('pybm.signatoryTitle')}
          description={t('pybm.signatoryTitleHelp')}
          disabled={!props.editable}
          value={shown.title}
          onChange={(e) => setSignatory({ title: e.currentTarget.value })}
        />
        <TextInput label={t('pybm.signatoryNip')} disabled={!props.editable} inputMode="numeric" maxLength={21} value={shown.nip} onChange={(e) => setSignatory({ nip: e.currentTarget.value })} />
      </SimpleGrid>
      {standIn && (
        <Alert color="orange" data-testid="pybm-stand-in">
          {t('pybm.standInWarning', { prefix: shown.prefix })}
        </Alert>
      )}
    </Stack>
  );
}
