import { ActionIcon, Alert, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../app/api.ts';
import { showDateTime } from '../../app/format.ts';
import { errorText } from '../../../../shared/error-text.ts';
import { FORMATION_LAW, LEGAL_BASIS_CONDITIONS, LEGAL_BASIS_TYPES } from '../../../../shared/letters/legal-basis.ts';
import type { LegalBasisItem, LegalBasisSave, LegalBasisSettings, LegalBasisType } from '../../../../shared/letters/legal-basis.ts';
import { GrowTextarea } from '../../app/GrowTextarea.tsx';
import { useAction } from '../../app/use-action.ts';
import { useLoad } from '../../app/use-load.ts';
import { BelowTheFold } from '../../app/BelowTheFold.tsx';

const TYPE_LABEL: Record<LegalBasisType, string> = { sk: 'legalBasisUi.typeSk', order: 'legalBasisUi.typeOrder', release: 'legalBasisUi.typeRelease' };
const WHEN_LABEL: Record<LegalBasisItem['when'], string> = {
  always: 'legalBasisUi.whenAlways',
  pns: 'legalBasisUi.whenPns',
  pppk: 'legalBasisUi.whenPppk',
  moral: 'legalBasisUi.whenMoral',
};

/** One letter type's list: each citation with when it applies, reordered, removed, added, or reset to the shipped default. */
function ListEditor({ type, items, defaults, onChange, error }: { type: LegalBasisType; items: LegalBasisItem[]; defaults: LegalBasisItem[]; onChange: (next: LegalBasisItem[]) => void; error: string | undefined }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<LegalBasisItem>) => onChange(items.map((it, j) => (j === i ? { ...it, ...patch } : it)));
  const move = (i: number, by: number) => {
    const next = [...items];
    const [it] = next.splice(i, 1);
    next.splice(i + by, 0, it!);
    onChange(next);
  };
  return (
    <Paper withBorder p="md" data-testid={`legal-basis-${type}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>{t(TYPE_LABEL[type])}</Title>
          <Button variant="default" size="xs" onClick={() => onChange(defaults)} data-testid={`legal-basis-reset-${type}`}>
            {t('legalBasisUi.reset')}
          </Button>
        </Group>
        {items.map((item, i) => (
          <Group key={i} align="flex-start" wrap="nowrap" data-testid={`legal-basis-${type}-item`}>
            <Text w={24} pt={6}>{i + 1}.</Text>
            {item.text === FORMATION_LAW ? (
              <Text style={{ flex: 1 }} pt={6} fs="italic">{t('legalBasisUi.formationLawItem')}</Text>
            ) : (
              <GrowTextarea style={{ flex: 1 }} minRows={1} aria-label={t('legalBasisUi.item', { no: i + 1 })} value={item.text} onChange={(e) => set(i, { text: e.currentTarget.value })} />
            )}
            {/* Four fixed choices on every row: the browser's own select costs no dropdown machinery to mount. */}
            <NativeSelect
              w={190}
              aria-label={t('legalBasisUi.when')}
              data={LEGAL_BASIS_CONDITIONS.map((w) => ({ value: w, label: t(WHEN_LABEL[w]) }))}
              value={item.when}
              onChange={(e) => set(i, { when: e.currentTarget.value as LegalBasisItem['when'] })}
            />
            <ActionIcon variant="default" aria-label={t('legalBasisUi.up')} disabled={i === 0} onClick={() => move(i, -1)}>↑</ActionIcon>
            <ActionIcon variant="default" aria-label={t('legalBasisUi.down')} disabled={i === items.length - 1} onClick={() => move(i, 1)}>↓</ActionIcon>
            <ActionIcon variant="default" color="red" aria-label={t('legalBasisUi.remove')} onClick={() => onChange(items.filter((_x, j) => j !== i))}>×</ActionIcon>
          </Group>
        ))}
        {error && <Text c="red" size="sm" role="alert">{error}</Text>}
        <Group>
          <Button variant="light" size="xs" onClick={() => onChange([...items, { text: '', when: 'always' }])}>{t('legalBasisUi.add')}</Button>
          {!items.some((x) => x.text === FORMATION_LAW) && (
            <Button variant="subtle" size="xs" onClick={() => onChange([{ text: FORMATION_LAW, when: 'always' }, ...items])}>{t('legalBasisUi.addFormationLaw')}</Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** "Dasar Hukum Naskah" (administrators): the Mengingat / Dasar list of each letter type. */
export function LegalBasisPage() {
  const loaded = useLoad(() => call('letters:legalBasis', {}), []);
  if (loaded.error && !loaded.data) return <Alert color="red" role="alert">{loaded.error}</Alert>;
  if (!loaded.data) return null;
  const { current, defaults } = loaded.data;
  return <LegalBasisEditor current={current} defaults={defaults} onSaved={(saved) => loaded.setData((d) => d && { ...d, current: saved })} />;
}

/** The lists as saved (`current`), edited as one draft and saved together. */
function LegalBasisEditor({ current, defaults, onSaved }: { current: LegalBasisSettings; defaults: LegalBasisSave; onSaved: (saved: LegalBasisSettings) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<LegalBasisSave>({ formationLaw: current.formationLaw, lists: current.lists });
  const [fields, setFields] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  // The list messages go beside their letter type's list, the main process's message below all of them.
  const saving = useAction(
    async (next: LegalBasisSave) => {
      setFields({});
      setNotice(null);
      const saved = await call('letters:saveLegalBasis', next);
      onSaved(saved);
      setDraft({ formationLaw: saved.formationLaw, lists: saved.lists });
      setNotice(t('legalBasisUi.saved', { version: saved.version }));
    },
    (e) => {
      if (e instanceof ApiError) setFields(e.fields);
      return errorText(e);
    },
  );

  const fieldError = (type: LegalBasisType) => Object.entries(fields).find(([k]) => k.startsWith(`lists.${type}`))?.[1];
  const listEditor = (type: LegalBasisType) => (
    <ListEditor
      key={type}
      type={type}
      items={draft.lists[type]}
      defaults={defaults.lists[type]}
      error={fieldError(type)}
      onChange={(next) => setDraft({ ...draft, lists: { ...draft.lists, [type]: next } })}
    />
  );
  const usesFormationLaw = LEGAL_BASIS_TYPES.some((type) => draft.lists[type].some((x) => x.text === FORMATION_LAW));

  return (
    <Stack maw={1000}>
      <Title order={2}>{t('legalBasisUi.title')}</Title>
      <Text size="sm">{t('legalBasisUi.intro')}</Text>
      <Alert color="yellow">{t('legalBasisUi.lnNote')}</Alert>
      <Text size="sm" c="dimmed" data-testid="legal-basis-version">
        {current.version === 0
          ? t('legalBasisUi.versionDefault')
          : `${t('legalBasisUi.version', { version: current.version })}, ${t('legalBasisUi.updated', { at: current.updatedAt ? showDateTime(current.updatedAt) : '–', by: current.updatedBy ?? '–' })}`}
      </Text>
      <GrowTextarea
        label={t('legalBasisUi.formationLaw')}
        description={t('legalBasisUi.formationLawHint')}
        minRows={2}
        value={draft.formationLaw}
        onChange={(e) => setDraft({ ...draft, formationLaw: e.currentTarget.value })}
        error={fields.formationLaw}
        data-testid="legal-basis-formation-law"
      />
      {usesFormationLaw && !draft.formationLaw.trim() && <Alert color="orange">{t('legalBasisUi.formationLawMissing')}</Alert>}
      {listEditor(LEGAL_BASIS_TYPES[0])}
      {/* The first list fills the screen; the other two (about 80 inputs) are drawn after it. */}
      <BelowTheFold minHeight={1800}>
        <Stack>{LEGAL_BASIS_TYPES.slice(1).map(listEditor)}</Stack>
      </BelowTheFold>
      {saving.error && <Alert color="red" role="alert">{saving.error}</Alert>}
      {notice && <Alert color="green" data-testid="legal-basis-saved">{notice}</Alert>}
      <Group>
        <Button onClick={() => void saving.run(draft)} loading={saving.busy} data-testid="legal-basis-save">{t('legalBasisUi.save')}</Button>
      </Group>
    </Stack>
  );
}
