import { Alert, Badge, Button, Card, Group, Loader, NativeSelect, NumberInput, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useCan } from '../../app/session.ts';
import type { DeadlineRuleView } from '../../../../shared/deadlines/schemas.ts';
import type { DeadlineSetting } from '../../../../shared/deadlines/rules.ts';
import type { ProcedureRuleView } from '../../../../shared/deadlines/procedure-rules.ts';
import { errorText } from '../../../../shared/error-text.ts';
import { useRecordVersion } from '../../app/record-version.tsx';
import { useAction } from '../../app/use-action.ts';
import { useLoad } from '../../app/use-load.ts';
import { BelowTheFold } from '../../app/BelowTheFold.tsx';

/** Rule cards drawn with the screen's first paint: what a 900-pixel-high window shows (about 190 px each). */
const FIRST_SCREENFUL = 4;

/** Settings of the legal deadlines: each rule with its legal basis, default and the office's value. */
export function DeadlineRulesPage() {
  const { t } = useTranslation();
  // Only administrators adjust rules (shared/accounts/permissions.ts); others see the rules read-only.
  const canEdit = useCan()('deadlines:setRule');
  const loadedRules = useLoad(() => call('deadlines:rules', {}), []);
  const loadedProcedure = useLoad(() => call('deadlines:procedureRules', {}), []);
  const rules = loadedRules.data;
  const procedure = loadedProcedure.data;
  const error = loadedRules.error ?? loadedProcedure.error;
  // A save answers with the saved rule: it replaces its card's rule where it stands.
  const replace = (r: DeadlineRuleView) => loadedRules.setData((rs) => rs?.map((x) => (x.id === r.id ? r : x)));
  const replaceProcedure = (r: ProcedureRuleView) => loadedProcedure.setData((rs) => rs?.map((x) => (x.id === r.id ? r : x)));
  return (
    <Stack>
      <Title order={2}>{t('deadlines.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('deadlines.intro')}
      </Text>
      {!canEdit && (
        <Text size="sm" c="dimmed" data-testid="rules-read-only">
          {t('deadlines.adminOnly')}
        </Text>
      )}
      {error && <Alert color="red">{error}</Alert>}
      {(!rules || !procedure) && !error && <Loader size="sm" />}
      {rules && procedure && (
        <>
          {rules.slice(0, FIRST_SCREENFUL).map((r) => (
            <RuleCard key={r.id} rule={r} onSaved={replace} canEdit={canEdit} />
          ))}
          <BelowTheFold minHeight={Math.max(0, rules.length - FIRST_SCREENFUL + procedure.length) * 190}>
            <Stack>
              {rules.slice(FIRST_SCREENFUL).map((r) => (
                <RuleCard key={r.id} rule={r} onSaved={replace} canEdit={canEdit} />
              ))}
              {procedure.length > 0 && <Title order={3}>{t('deadlines.procedureTitle')}</Title>}
              {procedure.map((r) => (
                <ProcedureRuleCard key={r.id} rule={r} onSaved={replaceProcedure} canEdit={canEdit} />
              ))}
            </Stack>
          </BelowTheFold>
        </>
      )}
    </Stack>
  );
}

/** A yes/no rule of the procedure (e.g. a refusal to receive the SK counts as its delivery). */
function ProcedureRuleCard({ rule, onSaved, canEdit }: { rule: ProcedureRuleView; onSaved: (r: ProcedureRuleView) => void; canEdit: boolean }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(rule.current);
  const [reason, setReason] = useState('');
  const yesNo = (v: boolean) => t(v ? 'deadlines.yes' : 'deadlines.no');
  const saving = useAction(async () => {
    const saved = await call('deadlines:setProcedureRule', { ruleId: rule.id, value: draft, reason, expectedVersion: rule.version });
    setReason('');
    onSaved(saved);
    notifications.show({ color: 'teal', message: t('deadlines.saved') });
  });
  const error = saving.error;
  return (
    <Card withBorder data-testid={`procedure-rule-${rule.id}`}>
      <Stack gap={6}>
        <Group justify="space-between">
          <Text fw={600}>{t(`procedureRules.${rule.id}`)}</Text>
          <Group gap={4}>
            {rule.unverified && <Badge color="orange" variant="light">{t('deadlines.unverified')}</Badge>}
            {rule.adjusted && <Badge color="blue" variant="light">{t('deadlines.adjusted')}</Badge>}
          </Group>
        </Group>
        <Text size="sm">
          {t('deadlines.legalBasis')}: {rule.legalBasis}
        </Text>
        <Text size="sm" c="dimmed">
          {t('deadlines.current')}: {yesNo(rule.current)} · {t('deadlines.default')}: {yesNo(rule.default)}
        </Text>
        {canEdit && (
          <Group align="flex-end">
            <Switch label={t(`procedureRules.${rule.id}`)} checked={draft} onChange={(e) => setDraft(e.currentTarget.checked)} />
            <TextInput label={t('calendar.reason')} style={{ flex: 1 }} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
            <Button disabled={draft === rule.current || reason.trim() === ''} loading={saving.busy} onClick={() => void saving.run()}>
              {t('actions.save')}
            </Button>
          </Group>
        )}
        {error && <Text c="red" size="sm">{error}</Text>}
      </Stack>
    </Card>
  );
}

function RuleCard({ rule, onSaved, canEdit }: { rule: DeadlineRuleView; onSaved: (r: DeadlineRuleView) => void; canEdit: boolean }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<DeadlineSetting>(rule.current);
  const [reason, setReason] = useState('');
  // Which button started the running save, for its spinner.
  const [resetting, setResetting] = useState(false);
  const rv = useRecordVersion(rule.version, async () => (await call('deadlines:rules', {})).find((r) => r.id === rule.id)?.version ?? 0);
  const changed = draft.value !== rule.current.value || draft.unit !== rule.current.unit || draft.mode !== rule.current.mode;
  const describe = (s: DeadlineSetting) => `${rule.modeAdjustable ? `${t(`deadlineModes.${s.mode}`)} ` : ''}${s.value} ${t(`deadlineUnits.${s.unit}`)}`;

  const saving = useAction(
    async (reset: boolean) => {
      setResetting(reset);
      const expectedVersion = rv.version;
      const saved = reset ? await call('deadlines:resetRule', { ruleId: rule.id, reason, expectedVersion }) : await call('deadlines:setRule', { ruleId: rule.id, ...draft, reason, expectedVersion });
      setDraft(saved.current);
      setReason('');
      onSaved(saved);
      notifications.show({ color: 'teal', message: t('deadlines.saved') });
    },
    // A STALE refusal is shown by the record version's notice.
    (e) => (rv.catchStale(e, () => undefined) ? null : errorText(e)),
  );
  const error = saving.error;

  return (
    <Card withBorder data-testid={`rule-${rule.id}`}>
      <Stack gap={6}>
        {rv.notice}
        <Group justify="space-between">
          <Text fw={600}>{t(`deadlineRules.${rule.id}`)}</Text>
          <Group gap={4}>
            {rule.unverified && <Badge color="orange" variant="light">{t('deadlines.unverified')}</Badge>}
            {rule.adjusted && <Badge color="blue" variant="light">{t('deadlines.adjusted')}</Badge>}
          </Group>
        </Group>
        <Text size="sm">
          {t('deadlines.legalBasis')}: {rule.legalBasis}
        </Text>
        {rule.noteKey && (
          <Text size="sm" data-testid={`rule-note-${rule.id}`}>
            {t(rule.noteKey)}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t('deadlines.current')}: {describe(rule.current)} · {rule.unverified ? t('deadlines.defaultPer', { basis: rule.legalBasis.split(' (')[0] }) : `${t('deadlines.default')}: ${describe(rule.default)}`}
        </Text>
        {canEdit && (
          <Group align="flex-end">
            <NumberInput label={t('deadlines.value')} w={100} min={0} max={365} value={draft.value} onChange={(v) => setDraft({ ...draft, value: typeof v === 'number' ? v : 0 })} />
            {/* Two choices each, on ten cards: the browser's own select costs no dropdown machinery to mount. */}
            <NativeSelect
              label={t('deadlines.unit')}
              w={160}
              disabled={!rule.unitAdjustable}
              data={(['workdays', 'days'] as const).map((u) => ({ value: u, label: t(`deadlineUnits.${u}`) }))}
              value={draft.unit}
              onChange={(e) => setDraft({ ...draft, unit: e.currentTarget.value as DeadlineSetting['unit'] })}
            />
            <NativeSelect
              label={t('deadlines.mode')}
              w={160}
              disabled={!rule.modeAdjustable}
              data={(['atLeast', 'atMost'] as const).map((m) => ({ value: m, label: t(`deadlineModes.${m}`) }))}
              value={draft.mode}
              onChange={(e) => setDraft({ ...draft, mode: e.currentTarget.value as DeadlineSetting['mode'] })}
            />
            <TextInput label={t('calendar.reason')} style={{ flex: 1 }} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
            <Button disabled={!changed || reason.trim() === ''} loading={saving.busy && !resetting} onClick={() => void saving.run(false)}>
              {t('actions.save')}
            </Button>
            {rule.adjusted && (
              <Button variant="default" disabled={reason.trim() === ''} loading={saving.busy && resetting} onClick={() => void saving.run(true)}>
                {t('deadlines.reset')}
              </Button>
            )}
          </Group>
        )}
        {error && <Text c="red" size="sm">{error}</Text>}
      </Stack>
    </Card>
  );
}
