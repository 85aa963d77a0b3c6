import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { MORAL_CODES } from '../../../../shared/examination/moral.ts';
import type { MoralCode, MoralSanction } from '../../../../shared/examination/moral.ts';
import type { SanctionCatalogue } from '../../../../shared/examination/sanctions.ts';
import { useAction } from '../../app/use-action.ts';

/** A moral sanction by the PPK next to this accused's disciplinary decision: its own statement and number. */
export function MoralPanel(props: { caseId: number; accusedId: number; moral: MoralSanction | undefined; catalogues: SanctionCatalogue[]; editable: boolean; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const [code, setCode] = useState<MoralCode | null>(props.moral?.sanctionCode ?? null);
  const [announcedAt, setAnnouncedAt] = useState(props.moral?.announcedAt ?? '');
  const [notice, setNotice] = useState<string | null>(null);
  const titleOf = (c: MoralCode) => props.catalogues.flatMap((x) => x.sanctions).find((s) => s.code === c)?.title[lang] ?? c;
  const saving = useAction(async (sanctionCode: MoralCode) => {
    const m = await call('examination:saveMoral', { caseId: props.caseId, accusedId: props.accusedId, sanctionCode, ...(announcedAt.trim() ? { announcedAt } : {}) });
    setNotice(t('decision.moralSaved', { kind: titleOf(m.sanctionCode) }));
    props.onSaved();
  });
  const { error } = saving;
  const save = () => {
    if (code) void saving.run(code);
  };
  if (!props.moral && !props.editable) return null;
  return (
    <Paper withBorder p="sm" data-testid={`moral-${props.accusedId}`}>
      <Stack gap="xs">
        <Title order={6}>{t('decision.moralTitle')}</Title>
        <Text size="xs" c="dimmed">{t('decision.moralHint')}</Text>
        <Group align="flex-end">
          <Select
            label={t('decision.moralKind')}
            placeholder={t('decision.moralNone')}
            w={260}
            disabled={!props.editable}
            data={MORAL_CODES.map((c) => ({ value: c, label: titleOf(c) }))}
            value={code}
            onChange={(v) => setCode(v as MoralCode | null)}
          />
          {code === 'PP42-MORAL-TERBUKA' && (
            <TextInput label={t('decision.moralAnnouncedAt')} style={{ flex: 1 }} disabled={!props.editable} value={announcedAt} onChange={(e) => setAnnouncedAt(e.currentTarget.value)} />
          )}
          {props.editable && (
            <Button loading={saving.busy} disabled={!code} onClick={save}>
              {t('decision.moralSave')}
            </Button>
          )}
        </Group>
        {error && <Alert color="red" role="alert">{error}</Alert>}
        {notice && <Text size="sm" c="teal">{notice}</Text>}
      </Stack>
    </Paper>
  );
}
