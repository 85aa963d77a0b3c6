import { Alert, Loader, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { showDate } from '../../app/format.ts';
import { useAction } from '../../app/use-action.ts';
import type { ExaminationOverview, Room } from '../../../../shared/examination/types.ts';
import { ScheduleModal } from '../examination/ScheduleModal.tsx';

/** States in which a case takes a (new) examination session. */
const SCHEDULABLE = ['summons_1', 'summons_2'] as const;

/**
 * A slot clicked on the hearing calendar: pick the case (those in examination), then the
 * usual schedule dialog opens with the date and time filled in, for summons II when the
 * case is at summons II.
 */
export function ScheduleFromCalendar({ at, onClose, onSaved }: { at: { date: string; time: string }; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const cases = useLoad(async () => {
    const pages = await Promise.all(SCHEDULABLE.map((status) => call('cases:list', { status, limit: 500 })));
    return pages.flatMap((p) => p.rows);
  }, []);
  const [chosen, setChosen] = useState<{ overview: ExaminationOverview; rooms: Room[] } | null>(null);
  const choosing = useAction(async (id: string) => {
    const [overview, rooms] = await Promise.all([call('examination:overview', { caseId: Number(id) }), call('rooms:list', {})]);
    setChosen({ overview, rooms });
  });

  if (chosen) {
    const o = chosen.overview;
    const summonsNo = o.state === 'summons_2' ? 2 : 1;
    const from = summonsNo === 2 ? [...o.sessions].reverse().find((s) => s.attendance === 'absent') : undefined;
    return <ScheduleModal mode={{ kind: 'new', summonsNo, from, at }} overview={o} rooms={chosen.rooms} onClose={onClose} onSaved={onSaved} />;
  }
  return (
    <Modal opened onClose={onClose} title={t('schedule.fromCalendarTitle', { date: showDate(at.date, true), time: at.time.replace(':', '.') })}>
      <Stack>
        {(choosing.error ?? cases.error) && <Alert color="red" role="alert">{choosing.error ?? cases.error}</Alert>}
        {!cases.data && !cases.error && <Loader size="sm" />}
        {cases.data && cases.data.length === 0 && <Text size="sm">{t('schedule.noCaseInExamination')}</Text>}
        {cases.data && cases.data.length > 0 && (
          <Select
            label={t('schedule.pickCase')}
            searchable
            data-autofocus
            data={cases.data.map((c) => ({ value: String(c.id), label: `${c.registerNo} · ${c.accusedNames}` }))}
            onChange={(v) => {
              if (v) void choosing.run(v);
            }}
          />
        )}
      </Stack>
    </Modal>
  );
}
