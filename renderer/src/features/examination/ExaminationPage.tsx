import { Alert, Anchor, Badge, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../app/use-hash-route.ts';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { useOutOfDate } from '../../app/use-changes.tsx';
import { useCan } from '../../app/session.ts';
import { showDateTime } from '../../app/format.ts';
import type { ExamSession } from '../../../../shared/examination/types.ts';
import { useOverview } from './use-overview.ts';
import { WorkflowPanel } from './WorkflowPanel.tsx';
import { TeamPanel } from './TeamPanel.tsx';
import { SessionsPanel } from './SessionsPanel.tsx';
import { ScheduleModal } from './ScheduleModal.tsx';
import type { ScheduleMode } from './ScheduleModal.tsx';
import { BapModal } from './BapModal.tsx';
import { LhpForm } from './LhpForm.tsx';
import { DecisionForm } from './DecisionForm.tsx';
import { MoralPanel } from './MoralPanel.tsx';
import type { MoralSanction } from '../../../../shared/examination/moral.ts';
import { SkPanel } from './SkPanel.tsx';
import { ReleasePanel } from './ReleasePanel.tsx';
import { SuperiorPanel } from './SuperiorPanel.tsx';

const AFTER_REPORT = new Set(['report', 'decision', 'decided_without_examination', 'delivered', 'appeal', 'closed']);
/** From the first hearing on: a temporary release runs "sejak yang bersangkutan diperiksa" (PP 94/2021 Pasal 31). */
const EXAMINED = new Set(['summons_1', 'summons_2', 'report', 'decision', 'delivered', 'appeal', 'closed']);
const RELEASE_OPEN = new Set(['summons_1', 'summons_2', 'report', 'decision']);
const AFTER_DECISION = new Set(['decision', 'decided_without_examination', 'delivered', 'appeal', 'closed']);

/** A case's "Pemeriksaan" page: workflow, team, sessions and attendance, BAP, LHP and decision. */
export function ExaminationPage({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const { overview, staff, rooms, catalogues, error, reload } = useOverview(caseId);
  // A moral sanction is recorded after the decision; its panel reloads the list after a save.
  const moralLoad = useLoad(() => call('examination:morals', { caseId }), [caseId]);
  const morals: MoralSanction[] = moralLoad.data ?? [];
  const releaseLoad = useLoad(() => call('examination:releases', { caseId }), [caseId]);
  const [schedule, setSchedule] = useState<ScheduleMode | null>(null);
  const [bapFor, setBapFor] = useState<ExamSession | null>(null);
  // Every save reloads the releases too: the likely level follows the LHP and the decision.
  const changed = () => {
    reload();
    releaseLoad.reload();
  };
  // Forms the server would refuse for this role are not offered (same table as main).
  const can = useCan();
  // Another examiner's save (a hearing, the BAP, the decision) is announced, never merged into open forms.
  const outOfDate = useOutOfDate('case', caseId, changed);

  if (error) return <Alert color="red" role="alert">{error}</Alert>;
  if (!overview) return null;
  const o = overview;
  const lastAbsent = [...o.sessions].reverse().find((s) => s.attendance === 'absent');

  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={2} data-testid="examination-title">
          {t('examination.title', { registerNo: o.registerNo })}
        </Title>
        <Anchor href={href(`/cases/${o.caseId}`)}>{t('examination.backToCase')}</Anchor>
      </Group>
      {outOfDate}
      <Group gap="xs">
        <Text size="sm">{t('examination.level')}:</Text>
        <Badge color={o.level === 'berat' ? 'red' : o.level === 'sedang' ? 'orange' : 'gray'}>{o.level ?? t('examination.levelNone')}</Badge>
        {o.accused.map((a) => (
          <Badge key={a.id} variant="outline">
            {a.name} · {a.employmentType}
            {a.absences > 0 ? ` · ${t('examination.absences', { count: a.absences })}` : ''}
          </Badge>
        ))}
      </Group>
      <WorkflowPanel overview={o} onChanged={changed} onPromptSchedule={() => setSchedule({ kind: 'new', summonsNo: 2, from: lastAbsent })} />
      <SuperiorPanel overview={o} editable={can('examination:setSuperior')} onChanged={changed} />
      <TeamPanel key={o.team.map((m) => `${m.staffId}:${m.role}`).join(',')} overview={o} staff={staff} onChanged={changed} />
      <SessionsPanel
        overview={o}
        onChanged={changed}
        onNew={() => setSchedule({ kind: 'new', summonsNo: 1 })}
        onMove={(s) => setSchedule({ kind: 'move', session: s })}
        onBap={(s) => setBapFor(s)}
      />
      {EXAMINED.has(o.state) &&
        (releaseLoad.data ?? []).map((view) => {
          const a = o.accused.find((x) => x.id === view.accusedId);
          if (!a || a.employmentType === 'NON_ASN') return null;
          return (
            <ReleasePanel
              key={`release-${view.accusedId}-${view.release?.updatedAt ?? ''}-${view.release?.endDate ?? ''}`}
              caseId={o.caseId}
              name={a.name}
              view={view}
              editable={RELEASE_OPEN.has(o.state) && can('examination:saveRelease')}
              onSaved={changed}
            />
          );
        })}
      {AFTER_REPORT.has(o.state) &&
        o.accused.map((a) => (
          <LhpForm key={`lhp-${a.id}-${o.lhps.find((l) => l.accusedId === a.id)?.updatedAt ?? ''}`} caseId={o.caseId} accused={a} lhp={o.lhps.find((l) => l.accusedId === a.id)} catalogues={catalogues} editable={o.state === 'report' && can('examination:saveLhp')} onSaved={changed} />
        ))}
      {AFTER_DECISION.has(o.state) &&
        o.accused.map((a) => {
          const d = o.decisions.find((x) => x.accusedId === a.id);
          if (!d && !can('examination:saveDecision'))
            return (
              <Paper key={`decision-${a.id}`} withBorder p="md" data-testid={`decision-pending-${a.id}`}>
                <Text size="sm">{t('decision.byOfficial', { name: a.name })}</Text>
              </Paper>
            );
          const open = o.state === 'decision' || o.state === 'decided_without_examination';
          return (
            <Stack key={`decision-${a.id}`} gap="xs">
              <DecisionForm
                key={`decision-${a.id}-${d?.updatedAt ?? ''}`}
                overview={o}
                accused={a}
                decision={d}
                catalogues={catalogues}
                editable={open && can('examination:saveDecision')}
                onSaved={changed}
              />
              {d && d.level !== null && (
                <SkPanel key={`sk-${a.id}-${d.updatedAt}`} caseId={o.caseId} name={a.name} decision={d} catalogues={catalogues} canRecord={can('examination:recordDelivery')} onSaved={changed} />
              )}
              {d && d.level !== null && a.employmentType !== 'NON_ASN' && moralLoad.data !== undefined && (
                <MoralPanel
                  key={`moral-${a.id}`}
                  caseId={o.caseId}
                  accusedId={a.id}
                  moral={morals.find((m) => m.accusedId === a.id)}
                  catalogues={catalogues}
                  editable={open && can('examination:saveMoral')}
                  onSaved={moralLoad.reload}
                />
              )}
            </Stack>
          );
        })}
      {o.transitions.length > 0 && (
        <>
          <Title order={4}>{t('workflow.history')}</Title>
          <Timeline bulletSize={14} lineWidth={2}>
            {o.transitions.map((tr) => (
              <Timeline.Item key={tr.id} title={`${t(`workflowActions.${tr.action}`)} → ${t(`workflowStates.${tr.to}`)}`}>
                <Text size="xs" c="dimmed">
                  {showDateTime(tr.at)} · {tr.actor}
                </Text>
                {tr.reason && <Text size="sm">{tr.reason}</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
        </>
      )}
      {schedule && (
        <ScheduleModal
          mode={schedule}
          overview={o}
          rooms={rooms}
          onClose={() => setSchedule(null)}
          onSaved={() => {
            setSchedule(null);
            changed();
          }}
        />
      )}
      {bapFor && (
        <BapModal
          session={bapFor}
          overview={o}
          onClose={() => setBapFor(null)}
          onSaved={() => {
            setBapFor(null);
            changed();
          }}
        />
      )}
    </Stack>
  );
}
