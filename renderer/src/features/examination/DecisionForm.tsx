import { Alert, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useRecordVersion } from '../../app/record-version.tsx';
import { SanctionFields } from './SanctionFields.tsx';
import { saveFailure, translateErrors } from '../../app/form-errors.ts';
import { decisionSaveSchema } from '../../../../shared/examination/schemas.ts';
import type { DecisionSaveInput } from '../../../../shared/examination/schemas.ts';
import type { Decision, ExaminationOverview } from '../../../../shared/examination/types.ts';
import { NON_ASN_CATALOGUE_ID, NON_ASN_SANCTION_CODE } from '../../../../shared/examination/sanctions.ts';
import type { SanctionCatalogue } from '../../../../shared/examination/sanctions.ts';
import { PybmPanel, usePybmContext } from './PybmPanel.tsx';
import { PriorDecisions } from './PriorDecisions.tsx';
import type { PybmChoice } from './PybmPanel.tsx';
import { SkStatus } from './SkPanel.tsx';
import { useAction } from '../../app/use-action.ts';

type Accused = ExaminationOverview['accused'][number];

/**
 * The decision for one accused: a sanction from the catalogue (checked in main). The SK's
 * number and date are shown read-only once issuing gave them; the sanction's dates once the
 * delivery is recorded.
 */
export function DecisionForm(props: { overview: ExaminationOverview; accused: Accused; decision: Decision | undefined; catalogues: SanctionCatalogue[]; editable: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const d = props.decision;
  const nonAsn = props.accused.employmentType === 'NON_ASN';
  const pybmContext = usePybmContext(props.overview.caseId);
  const [pybm, setPybm] = useState<PybmChoice>({ pybmOfficial: d?.pybmOfficial ?? undefined, vacant: [], signatory: d?.signatory ?? undefined });
  const rv = useRecordVersion(d?.version ?? 0, async () => (await call('examination:overview', { caseId: props.overview.caseId })).decisions.find((x) => x.accusedId === props.accused.id)?.version ?? 0);
  const resolver = schemaResolver(decisionSaveSchema, { sync: true });
  const form = useForm<DecisionSaveInput>({
    initialValues: {
      caseId: props.overview.caseId,
      accusedId: props.accused.id,
      catalogueId: d?.catalogueId ?? (nonAsn ? NON_ASN_CATALOGUE_ID : (props.catalogues[0]?.id ?? '')),
      sanctionCode: d?.sanctionCode ?? (nonAsn ? NON_ASN_SANCTION_CODE : ''),
      durationMonths: d?.durationMonths ?? null,
      outcomeText: d?.outcomeText ?? '',
      expectedVersion: d?.version ?? 0,
    },
    validate: (v) => translateErrors(resolver(v), t),
  });
  const v = form.getValues();
  const catalogue = props.catalogues.find((c) => c.id === v.catalogueId);
  const sanction = catalogue?.sanctions.find((s) => s.code === v.sanctionCode);

  const saving = useAction(async (values: typeof form.values) => {
    const saved = await call('examination:saveDecision', {
      ...values,
      expectedVersion: rv.version,
      ...(pybm.pybmOfficial ? { pybmOfficial: pybm.pybmOfficial } : {}),
      ...(pybm.vacant.length ? { vacant: pybm.vacant } : {}),
      ...(pybm.signatory ? { signatory: pybm.signatory } : {}),
    });
    notifications.show({ color: 'teal', message: t('decision.saved') });
    void saved;
    props.onSaved();
  }, saveFailure(form.setErrors, rv));
  const serverError = saving.error;
  const submit = form.onSubmit((values) => void saving.run(values));

  return (
    <Paper withBorder p="md" data-testid={`decision-${props.accused.id}`}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {rv.notice}
          <Group justify="space-between">
            <Title order={5}>
              {t('decision.title')} · {props.accused.name}
            </Title>
            <Text size="sm" c="dimmed">
              {t('decision.requiredLevel', { level: props.overview.level ?? t('examination.levelNone') })}
            </Text>
          </Group>
          {serverError && <Alert color="red" role="alert">{serverError}</Alert>}
          <PriorDecisions context={pybmContext} accusedId={props.accused.id} />
          {nonAsn ? (
            <Textarea label={t('decision.outcomeText')} withAsterisk disabled={!props.editable} {...form.getInputProps('outcomeText')} key={form.key('outcomeText')} />
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Select
                label={t('decision.regulation')}
                allowDeselect={false}
                disabled={!props.editable}
                data={props.catalogues.map((c) => ({ value: c.id, label: c.regulation }))}
                value={v.catalogueId}
                onChange={(x) => form.setValues({ catalogueId: x ?? '', sanctionCode: '', durationMonths: null })}
              />
              <SanctionFields
                catalogue={catalogue}
                sanctionCode={v.sanctionCode}
                durationMonths={v.durationMonths}
                onChange={(next) => form.setValues(next)}
                onDuration={(m) => form.setFieldValue('durationMonths', m)}
                labels={{ sanction: t('decision.sanction'), duration: t('decision.duration') }}
                errors={form.errors}
                disabled={!props.editable}
              />
            </SimpleGrid>
          )}
          {sanction && <Text size="xs" c="dimmed">{sanction.legalBasis}</Text>}
          {!nonAsn && sanction && (
            <PybmPanel
              context={pybmContext}
              accusedId={props.accused.id}
              level={sanction.level}
              sanctionCode={sanction.code}
              moral={catalogue?.kind === 'etik'}
              choice={pybm}
              editable={props.editable}
              onChange={setPybm}
            />
          )}
          {d && !nonAsn && d.level !== null && <SkStatus decision={d} />}
          {d && (d.repeatOffender || d.withoutExamination) && (
            <Group gap="xs">
              {d.repeatOffender && <Badge color="red">{t('decision.repeatOffender')}</Badge>}
              {d.withoutExamination && <Badge color="orange">{t('decision.withoutExamination')}</Badge>}
            </Group>
          )}
          {props.editable && (
            <Group justify="flex-end">
              <Button type="submit">{t('decision.save')}</Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
