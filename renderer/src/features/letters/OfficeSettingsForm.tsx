import { Button, Checkbox, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import type { FormErrors } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../app/api.ts';
import { translateErrors } from '../../app/form-errors.ts';
import { officeSettingsSaveSchema } from '../../../../shared/ipc/channels/letters.ts';
import { LETTER_FONTS, PAPER_SIZES, SIGNATORY_PREFIXES } from '../../../../shared/letters/office-settings.ts';
import type { OfficeSettings, OfficeSettingsView } from '../../../../shared/letters/office-settings.ts';
import { useRecordVersion } from '../../app/record-version.tsx';
import { LETTER_TITLES, NUMBERED_TYPES } from '../../../../shared/letters/letter-types.ts';
import type { NumberedType } from '../../../../shared/letters/letter-types.ts';
import { errorText } from '../../../../shared/error-text.ts';
import { GrowTextarea } from '../../app/GrowTextarea.tsx';
import { useAction } from '../../app/use-action.ts';

type Saved = Omit<OfficeSettings, 'logoFile'>;
/** The tembusan lists are edited as one line per recipient. */
type Values = Omit<Saved, 'tembusan'> & { tembusanText: Record<NumberedType, string> };

function toValues(s: OfficeSettingsView): Values {
  // The version is sent as expectedVersion, never as a field of the settings.
  const { logoFile: _logo, tembusan, version: _version, ...rest } = s;
  const tembusanText = {} as Record<NumberedType, string>;
  for (const type of NUMBERED_TYPES) tembusanText[type] = tembusan[type].join('\n');
  return { ...rest, tembusanText };
}

function toPayload(v: Values): Saved {
  const { tembusanText, ...rest } = v;
  const tembusan = {} as Saved['tembusan'];
  for (const type of NUMBERED_TYPES) {
    tembusan[type] = tembusanText[type]
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
  }
  return { ...rest, tembusan };
}

const resolve = schemaResolver(officeSettingsSaveSchema, { sync: true });

/** Errors of the saved shape mapped back onto the form (tembusan.sk.2 -> tembusanText.sk). */
function validate(v: Values): FormErrors {
  const out: FormErrors = {};
  for (const [path, message] of Object.entries(resolve({ ...toPayload(v), expectedVersion: 0 } as never))) {
    const m = /^tembusan\.([a-z0-9]+)/.exec(path);
    out[m ? `tembusanText.${m[1]}` : path] = message;
  }
  return out;
}

/**
 * Letterhead, signatories, paper and numbering of official letters; saved as one audited change (`savedAt`: confirmation beside Save).
 * `restShown` false draws only the letterhead and holds the rest's place (the page's usePaintedOnce).
 */
export function OfficeSettingsForm({ initial, onSaved, savedAt, restShown = true }: { initial: OfficeSettingsView; onSaved: (s: OfficeSettingsView) => void; savedAt?: string | null; restShown?: boolean }) {
  const { t } = useTranslation();
  // A logo upload on the same page changes the version without remounting the form (it follows `initial.version`).
  const rv = useRecordVersion(initial.version, async () => (await call('letters:settings', {})).version);
  const form = useForm<Values>({ mode: 'uncontrolled', initialValues: toValues(initial), validate });
  const errors = translateErrors(form.errors, t);
  const f = (key: string) => t(`letterUi.fields.${key}`);
  const text = (path: string, label: string, required = false) => (
    <TextInput label={label} withAsterisk={required} {...form.getInputProps(path)} error={errors[path]} key={form.key(path)} />
  );
  const num = (path: string, label: string, min: number, max: number) => (
    <NumberInput label={label} min={min} max={max} {...form.getInputProps(path)} error={errors[path]} key={form.key(path)} />
  );

  // A register is a counter name; the clerk sees which letter type's sequence it is.
  // A custom name saved before (or by the CLI) stays selectable as it is.
  const registerOptions = (current: string) => {
    const known = NUMBERED_TYPES.map((type) => ({ value: type, label: t('letterUi.fields.registerOf', { title: LETTER_TITLES[type] }) }));
    return known.some((o) => o.value === current) ? known : [...known, { value: current, label: current }];
  };

  // A refusal's message goes on a field (the first one when main named none): the form is long and has no place above it.
  const saving = useAction(
    async (v: Values) => onSaved(await call('letters:saveSettings', { ...toPayload(v), expectedVersion: rv.version })),
    (e) => {
      if (rv.catchStale(e, form.setErrors)) return null;
      if (e instanceof ApiError && Object.keys(e.fields).length > 0) form.setErrors(e.fields);
      else form.setErrors({ regencyName: errorText(e) });
      return null;
    },
  );
  const submit = form.onSubmit((v) => void saving.run(v));

  const signatory = (who: 'inspector' | 'ppk' | 'appointed') => (
    <Fieldset legend={who === 'appointed' ? t('signerUi.appointedPerson') : t(`letterUi.${who}`)}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={f('prefix')}
          allowDeselect={false}
          data={SIGNATORY_PREFIXES.map((p) => ({ value: p, label: p || '–' }))}
          {...form.getInputProps(`signatories.${who}.prefix`)}
          key={form.key(`signatories.${who}.prefix`)}
        />
        {text(`signatories.${who}.title`, f('title'), true)}
        {text(`signatories.${who}.name`, f('name'), true)}
        {text(`signatories.${who}.pangkat`, f('pangkat'))}
        {text(`signatories.${who}.nip`, f('nip'))}
      </SimpleGrid>
    </Fieldset>
  );

  return (
    <form onSubmit={submit} data-testid="office-settings-form">
      <Stack>
        {rv.notice}
        <Fieldset legend={t('letterUi.letterhead')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('regencyName', f('regencyName'), true)}
            {text('officeName', f('officeName'), true)}
            {text('officeFullName', f('officeFullName'), true)}
            {text('city', f('city'), true)}
            {text('address', f('address'))}
            {text('phone', f('phone'))}
            {text('email', f('email'))}
            {text('website', f('website'))}
            {text('ppkTitle', f('ppkTitle'), true)}
            {text('personnelUnit', f('personnelUnit'), true)}
            <TextInput
              label={f('bknInstansiCode')}
              description={f('bknInstansiCodeHint')}
              inputMode="numeric"
              data-testid="bkn-instansi-code"
              {...form.getInputProps('bknInstansiCode')}
              error={errors.bknInstansiCode}
              key={form.key('bknInstansiCode')}
            />
          </SimpleGrid>
        </Fieldset>
        {/* Below the letterhead (about 80 of the form's 100 inputs): the page draws it after the screen's top. */}
        {restShown ? (
          <Stack>
            <Fieldset legend={t('letterUi.signatories')}>
              <Stack>
                {signatory('inspector')}
                {signatory('ppk')}
                {signatory('appointed')}
                <GrowTextarea
                  label={t('signerUi.appointedBy')}
                  description={t('signerUi.appointedByHint')}
                  minRows={2}
                  {...form.getInputProps('appointedBy')}
                  error={errors.appointedBy}
                  key={form.key('appointedBy')}
                />
                <Checkbox label={t('pybm.standInSetting')} {...form.getInputProps('standInLimit', { type: 'checkbox' })} key={form.key('standInLimit')} />
              </Stack>
            </Fieldset>
            <Fieldset legend={t('letterUi.paper')}>
              <SimpleGrid cols={{ base: 2, sm: 4 }}>
                <Select
                  label={f('paper')}
                  allowDeselect={false}
                  data={PAPER_SIZES.map((p) => ({ value: p, label: p === 'F4' ? 'F4 / Folio (215 × 330 mm)' : 'A4 (210 × 297 mm)' }))}
                  {...form.getInputProps('paper')}
                  key={form.key('paper')}
                />
                <Select label={f('font')} allowDeselect={false} data={LETTER_FONTS.map((x) => ({ value: x, label: 'Liberation Sans (Arial)' }))} {...form.getInputProps('font')} key={form.key('font')} />
                {num('fontSize', f('fontSize'), 9, 14)}
                <Select label={f('timeZone')} allowDeselect={false} data={['WIB', 'WITA', 'WIT']} {...form.getInputProps('timeZone')} key={form.key('timeZone')} />
                {num('marginsMm.top', f('marginTop'), 5, 60)}
                {num('marginsMm.right', f('marginRight'), 5, 60)}
                {num('marginsMm.bottom', f('marginBottom'), 5, 60)}
                {num('marginsMm.left', f('marginLeft'), 5, 60)}
              </SimpleGrid>
            </Fieldset>
            <Fieldset legend={t('letterUi.numbering')}>
              <Text size="xs" c="dimmed">{f('registerHint')}</Text>
              <Table>
                <Table.Tbody>
                  {NUMBERED_TYPES.map((type) => (
                    <Table.Tr key={type} data-testid={`numbering-${type}`}>
                      <Table.Td style={{ verticalAlign: 'top', paddingTop: 30 }}>{LETTER_TITLES[type]}</Table.Td>
                      <Table.Td style={{ verticalAlign: 'top' }}>{text(`numbering.${type}.template`, f('template'), true)}</Table.Td>
                      <Table.Td style={{ verticalAlign: 'top', width: 220 }}>
                        <Select
                          label={f('register')}
                          withAsterisk
                          allowDeselect={false}
                          data={registerOptions(initial.numbering[type].register)}
                          {...form.getInputProps(`numbering.${type}.register`)}
                          error={errors[`numbering.${type}.register`]}
                          key={form.key(`numbering.${type}.register`)}
                        />
                      </Table.Td>
                      <Table.Td style={{ verticalAlign: 'top', width: 300 }}>
                        <GrowTextarea
                          label={t('letterUi.tembusan')}
                          minRows={1}
                          maxRows={6}
                          {...form.getInputProps(`tembusanText.${type}`)}
                          error={errors[`tembusanText.${type}`]}
                          key={form.key(`tembusanText.${type}`)}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Fieldset>
          </Stack>
        ) : (
          <div style={{ minHeight: 2400 }} />
        )}
        <Group justify="flex-end">
          {savedAt && <Text size="sm" c="teal" data-testid="settings-saved">{t('letterUi.savedAt', { time: savedAt })}</Text>}
          <Button type="submit" loading={saving.busy}>{t('actions.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
