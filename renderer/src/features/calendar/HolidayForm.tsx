import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm, schemaResolver } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../app/api.ts';
import { translateErrors } from '../../app/form-errors.ts';
import { parseTypedDate } from '../../../../shared/indonesian/parse-date.ts';
import { HOLIDAY_KINDS } from '../../../../shared/calendar/types.ts';
import { holidayInputSchema } from '../../../../shared/calendar/schemas.ts';
import type { HolidayRow } from '../../../../shared/calendar/schemas.ts';
import { errorText } from '../../../../shared/error-text.ts';
import { useAction } from '../../app/use-action.ts';

/** Add a holiday, or rename / re-kind an existing one (its date stays). */
export function HolidayForm({ editing, year, onDone }: { editing: HolidayRow | null; year: number; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      date: editing?.date ?? `${year}-01-01`,
      name: editing?.name ?? '',
      kind: (editing?.kind ?? 'libur_nasional') as HolidayRow['kind'],
      note: editing?.note ?? '',
      reason: '',
    },
    validate: schemaResolver(holidayInputSchema, { sync: true }),
  });

  // The failure is shown on the fields: the message on the name when main named none.
  const saving = useAction(
    async (v: typeof form.values) => {
      if (editing) await call('calendar:updateHoliday', { id: editing.id, name: v.name, kind: v.kind, note: v.note, reason: v.reason });
      else await call('calendar:addHoliday', v);
      onDone();
    },
    (e) => {
      if (e instanceof ApiError && Object.keys(e.fields).length > 0) form.setErrors(e.fields);
      else form.setErrors({ name: errorText(e) });
      return null;
    },
  );
  const submit = form.onSubmit((v) => void saving.run(v));
  const errors = translateErrors(form.errors, t);

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <DateInput
          label={t('calendar.date')}
          withAsterisk
          disabled={editing !== null}
          valueFormat="dddd, D MMMM YYYY"
          dateParser={parseTypedDate}
          {...form.getInputProps('date')}
          error={errors.date}
          key={form.key('date')}
        />
        <TextInput label={t('calendar.name')} withAsterisk {...form.getInputProps('name')} error={errors.name} key={form.key('name')} />
        <Select
          label={t('calendar.kind')}
          allowDeselect={false}
          data={HOLIDAY_KINDS.map((k) => ({ value: k, label: t(`holidayKinds.${k}`) }))}
          {...form.getInputProps('kind')}
          key={form.key('kind')}
        />
        <TextInput label={t('calendar.note')} {...form.getInputProps('note')} error={errors.note} key={form.key('note')} />
        <TextInput label={t('calendar.reason')} {...form.getInputProps('reason')} error={errors.reason} key={form.key('reason')} />
        <Group justify="flex-end">
          <Button type="submit" loading={saving.busy}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
