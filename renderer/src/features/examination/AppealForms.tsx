import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { saveFailure, translateErrors } from '../../app/form-errors.ts';
import { useAction } from '../../app/use-action.ts';
import { appealFileSchema, appealOutcomeSchema } from '../../../../shared/examination/schemas.ts';
import type { AppealFileInput, AppealOutcomeInput } from '../../../../shared/examination/schemas.ts';
import { APPEAL_OUTCOMES } from '../../../../shared/examination/types.ts';
import type { Appeal, Decision } from '../../../../shared/examination/types.ts';
import type { SanctionCatalogue } from '../../../../shared/examination/sanctions.ts';
import { SanctionFields } from './SanctionFields.tsx';
import { PanelForm, dateField } from './SkPanelForm.tsx';

/** Submitting an appeal form: `save` writes it, then "saved" and the panel reloads; the form's fields carry what was refused. */
function useAppealSave<V>(form: UseFormReturnType<V>, save: (values: V) => Promise<unknown>, onSaved: () => void) {
  const { t } = useTranslation();
  const saving = useAction(async (values: V) => {
    await save(values);
    notifications.show({ color: 'teal', message: t('appeal.saved') });
    onSaved();
  }, saveFailure(form.setErrors));
  return { serverError: saving.error, submit: form.onSubmit((values) => void saving.run(values)) };
}

/** Files a keberatan or banding: the kind and body are proposed from the decision (as the SK prints them). */
export function AppealFileForm(props: { caseId: number; decision: Decision; onSaved: () => void }) {
  const { t } = useTranslation();
  const route = props.decision.appealRoute;
  const resolver = schemaResolver(appealFileSchema, { sync: true });
  const form = useForm<AppealFileInput>({
    initialValues: { caseId: props.caseId, accusedId: props.decision.accusedId, kind: route?.kind ?? 'keberatan', filedOn: '', addressedTo: route?.body ?? '', note: '' },
    validate: (v) => translateErrors(resolver(v), t),
  });
  const { submit, serverError } = useAppealSave(form, (values) => call('examination:fileAppeal', values), props.onSaved);
  return (
    <PanelForm testId="appeal-form" submit={submit} serverError={serverError} button={t('appeal.file')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput label={t('appeal.kind')} value={t(`appeal.kinds.${form.getValues().kind}`)} readOnly />
        {dateField(t('appeal.filedOn'), { ...form.getInputProps('filedOn'), key: form.key('filedOn') })}
        <TextInput label={t('appeal.addressedTo')} withAsterisk {...form.getInputProps('addressedTo')} key={form.key('addressedTo')} />
      </SimpleGrid>
      <TextInput label={t('appeal.note')} {...form.getInputProps('note')} key={form.key('note')} />
    </PanelForm>
  );
}

/** The outcome of one appeal: the answer's number and date, and the new sanction when it changed. */
export function AppealOutcomeForm(props: { appeal: Appeal; decision: Decision; catalogues: SanctionCatalogue[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const resolver = schemaResolver(appealOutcomeSchema, { sync: true });
  const form = useForm<AppealOutcomeInput>({
    initialValues: { id: props.appeal.id, outcome: 'upheld', outcomeNumber: '', outcomeDate: '', sanctionCode: '', durationMonths: null },
    validate: (v) => translateErrors(resolver(v), t),
  });
  const v = form.getValues();
  const catalogue = props.catalogues.find((c) => c.id === props.decision.catalogueId);
  const changes = v.outcome === 'lightened' || v.outcome === 'heavier';
  const { submit, serverError } = useAppealSave(form, (values) => call('examination:appealOutcome', values), props.onSaved);
  return (
    <PanelForm testId={`appeal-outcome-${props.appeal.id}`} submit={submit} serverError={serverError} button={t('appeal.recordOutcome')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('appeal.outcome')}
          allowDeselect={false}
          data={APPEAL_OUTCOMES.map((o) => ({ value: o, label: t(`appeal.outcomes.${o}`) }))}
          {...form.getInputProps('outcome')}
          key={form.key('outcome')}
        />
        <TextInput label={t('appeal.outcomeNumber')} withAsterisk {...form.getInputProps('outcomeNumber')} key={form.key('outcomeNumber')} />
        {dateField(t('appeal.outcomeDate'), { ...form.getInputProps('outcomeDate'), key: form.key('outcomeDate') })}
      </SimpleGrid>
      {changes && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <SanctionFields
            catalogue={catalogue}
            sanctionCode={v.sanctionCode}
            durationMonths={v.durationMonths}
            onChange={(next) => form.setValues(next)}
            onDuration={(m) => form.setFieldValue('durationMonths', m)}
            labels={{ sanction: t('appeal.newSanction'), duration: t('appeal.newDuration') }}
            errors={form.errors}
          />
        </SimpleGrid>
      )}
    </PanelForm>
  );
}
