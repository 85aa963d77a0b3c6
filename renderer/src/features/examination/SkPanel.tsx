import { Badge, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { saveFailure, translateErrors } from '../../app/form-errors.ts';
import { showDate } from '../../app/format.ts';
import { deliverySaveSchema } from '../../../../shared/examination/schemas.ts';
import type { DeliverySaveInput } from '../../../../shared/examination/schemas.ts';
import { DELIVERY_METHODS } from '../../../../shared/examination/types.ts';
import type { Decision, Staff } from '../../../../shared/examination/types.ts';
import type { SanctionCatalogue } from '../../../../shared/examination/sanctions.ts';
import { useAction } from '../../app/use-action.ts';
import { GrowTextarea } from '../../app/GrowTextarea.tsx';
import { AppealFileForm, AppealOutcomeForm } from './AppealForms.tsx';
import { PanelForm, dateField } from './SkPanelForm.tsx';

/** The SK's number and date as issuing gave them (never typed), its delivery and the sanction's dates. */
export function SkStatus({ decision: d }: { decision: Decision }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} data-testid="sk-status">
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {t('skStatus.title')}:
        </Text>
        {d.skNumber && d.skDate ? (
          <>
            <Badge variant="light" data-testid="sk-number">
              {t('skStatus.number')}: {d.skNumber}
            </Badge>
            <Badge variant="light">
              {t('skStatus.date')}: {showDate(d.skDate, true)}
            </Badge>
          </>
        ) : (
          <Badge color="gray" data-testid="sk-number">
            {t('skStatus.notIssued')}
          </Badge>
        )}
      </Group>
      {!d.skNumber && (
        <Text size="xs" c="dimmed">
          {t('skStatus.notIssuedHelp')}
        </Text>
      )}
      {d.deliveryDue && (
        <Text size="xs" c="orange" data-testid="delivery-due">
          {t('skStatus.deliveryDue', { date: showDate(d.deliveryDue, true) })}
        </Text>
      )}
      <Group gap="xs" data-testid="decision-dates">
        <Badge variant="light">
          {t('decision.effectiveDate')}: {d.effectiveDate ? showDate(d.effectiveDate, true) : t('skStatus.effectivePending')}
        </Badge>
        {d.endDate && (
          <Badge variant="light">
            {t('decision.endDate')}: {showDate(d.endDate, true)}
          </Badge>
        )}
      </Group>
    </Stack>
  );
}

/** Records the SK's delivery: date, method, who received it, or a refusal and its reason. */
function DeliveryForm(props: { caseId: number; decision: Decision; onSaved: () => void }) {
  const { t } = useTranslation();
  const existing = props.decision.delivery;
  const resolver = schemaResolver(deliverySaveSchema, { sync: true });
  // Whether a refusal counts as delivery is an office setting to verify: say which reading applies.
  const [refusalRule, setRefusalRule] = useState<boolean | null>(null);
  useEffect(() => {
    call('deadlines:procedureRules', {})
      .then((rules) => setRefusalRule(rules.find((r) => r.id === 'refusalCountsAsDelivery')?.current ?? null))
      .catch(() => setRefusalRule(null));
  }, []);
  // The officer is usually on the staff list (Pemeriksa & Ruang); not always, so typing stays open.
  const [staff, setStaff] = useState<Staff[]>([]);
  useEffect(() => {
    call('staff:list', {})
      .then((list) => setStaff(list.filter((s) => s.active)))
      .catch(() => setStaff([]));
  }, []);
  const form = useForm<DeliverySaveInput>({
    initialValues: {
      caseId: props.caseId,
      accusedId: props.decision.accusedId,
      deliveredOn: existing?.deliveredOn ?? '',
      method: existing?.method ?? 'langsung',
      receivedBy: existing?.receivedBy ?? '',
      refused: existing?.refused ?? false,
      refusalReason: existing?.refusalReason ?? '',
      deliveredByName: existing?.deliveredBy?.name ?? '',
      deliveredByNip: existing?.deliveredBy?.nip ?? '',
      deliveredByJabatan: existing?.deliveredBy?.jabatan ?? '',
    },
    validate: (v) => translateErrors(resolver(v), t),
  });
  const v = form.getValues();
  const saving = useAction(async (values: typeof form.values) => {
    const saved = await call('examination:recordDelivery', values);
    notifications.show({ color: 'teal', message: t('delivery.saved', { date: showDate(saved.effectiveDate, true) }) });
    props.onSaved();
  }, saveFailure(form.setErrors));
  const serverError = saving.error;
  const submit = form.onSubmit((values) => void saving.run(values));
  return (
    <PanelForm testId="delivery-form" submit={submit} serverError={serverError} button={t('delivery.save')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {dateField(t('delivery.deliveredOn'), { ...form.getInputProps('deliveredOn'), key: form.key('deliveredOn') })}
        <Select
          label={t('delivery.method')}
          allowDeselect={false}
          data={DELIVERY_METHODS.map((m) => ({ value: m, label: t(`delivery.methods.${m}`) }))}
          {...form.getInputProps('method')}
          key={form.key('method')}
        />
        {!v.refused && <TextInput label={t('delivery.receivedBy')} withAsterisk {...form.getInputProps('receivedBy')} key={form.key('receivedBy')} />}
      </SimpleGrid>
      <Text size="sm" fw={600}>
        {t('delivery.deliveredBy')}
      </Text>
      {staff.length > 0 && (
        <Select
          label={t('delivery.pickOfficer')}
          description={t('delivery.pickOfficerHint')}
          searchable
          clearable
          maw={480}
          data={staff.map((s) => ({ value: String(s.id), label: s.jabatan ? `${s.name} (${s.jabatan})` : s.name }))}
          value={null}
          onChange={(id) => {
            const s = staff.find((x) => String(x.id) === id);
            if (s) form.setValues({ deliveredByName: s.name, deliveredByNip: s.nip, deliveredByJabatan: s.jabatan ?? '' });
          }}
          data-testid="delivery-officer-pick"
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput label={t('delivery.deliveredByName')} withAsterisk {...form.getInputProps('deliveredByName')} key={form.key('deliveredByName')} />
        <TextInput label={t('delivery.deliveredByNip')} inputMode="numeric" {...form.getInputProps('deliveredByNip')} key={form.key('deliveredByNip')} />
        <TextInput label={t('delivery.deliveredByJabatan')} withAsterisk {...form.getInputProps('deliveredByJabatan')} key={form.key('deliveredByJabatan')} />
      </SimpleGrid>
      <Checkbox label={t('delivery.refused')} {...form.getInputProps('refused', { type: 'checkbox' })} key={form.key('refused')} />
      {refusalRule !== null && (
        <Text size="xs" c="dimmed" data-testid="refusal-rule">
          {t(refusalRule ? 'delivery.refusalRuleOn' : 'delivery.refusalRuleOff')}
        </Text>
      )}
      {v.refused && <GrowTextarea label={t('delivery.refusalReason')} withAsterisk minRows={1} {...form.getInputProps('refusalReason')} key={form.key('refusalReason')} />}
    </PanelForm>
  );
}

/**
 * After the decision: the SK's delivery and the appeals against it, for one accused. Staff who
 * may record them (the secretariat) get the forms; everyone else reads.
 */
export function SkPanel(props: { caseId: number; name: string; decision: Decision; catalogues: SanctionCatalogue[]; canRecord: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const d = props.decision;
  const delivery = d.delivery;
  const open = d.appeals.find((a) => a.outcome === null);
  return (
    <Paper withBorder p="md" data-testid={`sk-panel-${d.accusedId}`}>
      <Stack gap="sm">
        <Title order={5}>
          {t('delivery.title')} · {props.name}
        </Title>
        {delivery ? (
          <Group gap="xs" data-testid="delivery-summary">
            <Badge variant="light">
              {t('delivery.deliveredOn')}: {showDate(delivery.deliveredOn, true)}
            </Badge>
            <Badge variant="light">{t(`delivery.methods.${delivery.method}`)}</Badge>
            {delivery.refused ? <Badge color="orange">{t('delivery.refusedNote')}</Badge> : <Text size="sm">{t('delivery.receivedBy')}: {delivery.receivedBy}</Text>}
            {delivery.deliveredBy && (
              <Text size="sm" data-testid="delivered-by">
                {t('delivery.deliveredBy')}: {delivery.deliveredBy.name}
                {delivery.deliveredBy.nip ? ` (NIP ${delivery.deliveredBy.nip})` : ''}, {delivery.deliveredBy.jabatan}
              </Text>
            )}
          </Group>
        ) : d.skLetterId === null && d.deliveredOn ? (
          // An SK issued and delivered outside Sipena (older records, demo data): its dates are known, no berita acara here.
          <Text size="sm" data-testid="delivery-outside">
            {t('delivery.outside', { date: showDate(d.deliveredOn, true) })}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {d.skLetterId === null ? t('delivery.skNotIssued', { name: props.name }) : t('skStatus.notDelivered')}
          </Text>
        )}
        {props.canRecord && d.skLetterId !== null && d.appeals.length === 0 && <DeliveryForm key={delivery?.deliveredOn ?? 'new'} caseId={props.caseId} decision={d} onSaved={props.onSaved} />}
        {(delivery || d.appeals.length > 0) && (
          <>
            <Title order={6}>{t('appeal.title')}</Title>
            {d.appeals.length > 0 && (
              <Table withTableBorder data-testid="appeals-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('appeal.kind')}</Table.Th>
                    <Table.Th>{t('appeal.filedOn')}</Table.Th>
                    <Table.Th>{t('appeal.addressedTo')}</Table.Th>
                    <Table.Th>{t('appeal.answerDue')}</Table.Th>
                    <Table.Th>{t('appeal.outcome')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.appeals.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>{t(`appeal.kinds.${a.kind}`)}</Table.Td>
                      <Table.Td>{showDate(a.filedOn)}</Table.Td>
                      <Table.Td>{a.addressedTo}</Table.Td>
                      <Table.Td>
                        {showDate(a.answerDue)}
                        {a.answerDueProvisional && (
                          <Badge ml={6} size="xs" color="gray" variant="outline" title={t('appeal.provisionalHint')} data-testid={`answer-due-provisional-${a.id}`}>
                            {t('appeal.provisional')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{a.outcome ? `${t(`appeal.outcomes.${a.outcome}`)} · ${a.outcomeNumber} (${showDate(a.outcomeDate)})` : t('appeal.pending')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {props.canRecord && open && <AppealOutcomeForm appeal={open} decision={d} catalogues={props.catalogues} onSaved={props.onSaved} />}
            {props.canRecord && delivery && !open && d.appealRoute && <AppealFileForm caseId={props.caseId} decision={d} onSaved={props.onSaved} />}
          </>
        )}
      </Stack>
    </Paper>
  );
}
