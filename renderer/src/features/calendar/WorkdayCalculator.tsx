import { Button, Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { showDate } from '../../app/format.ts';
import { parseTypedDate } from '../../../../shared/indonesian/parse-date.ts';
import { useAction } from '../../app/use-action.ts';

/** "Hitung hari kerja": n working days from a date, and working days between two dates, on the office calendar. */
export function WorkdayCalculator() {
  const { t } = useTranslation();
  const [from, setFrom] = useState<string | null>(null);
  const [n, setN] = useState<number>(7);
  const [to, setTo] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);

  const computing = useAction(async (start: string) => {
    const added = await call('calendar:addWorkdays', { date: start, n });
    let line = t('calendar.resultLine', { n, from: showDate(start, true), to: showDate(added.date, true) });
    const provisional = new Set(added.provisional);
    if (to) {
      const diff = await call('calendar:workdaysBetween', { from: start, to });
      line += ` ${t('calendar.between')}: ${t('calendar.betweenLine', { workdays: diff.workdays, days: diff.calendarDays })}`;
      diff.provisional.forEach((y) => provisional.add(y));
    }
    if (provisional.size > 0) line += ` ${t('calendar.provisionalNote', { years: [...provisional].sort().join(', ') })}`;
    setResult(line);
  });
  const { error } = computing;
  const compute = () => {
    computing.clear();
    setResult(null);
    if (from) void computing.run(from);
  };

  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={4}>{t('calendar.calculator')}</Title>
        <Group align="flex-end">
          <DateInput label={t('calendar.startDate')} valueFormat="D MMMM YYYY" dateParser={parseTypedDate} placeholder="HH/BB/TTTT" value={from} onChange={setFrom} w={200} />
          <NumberInput label={t('calendar.workdays')} value={n} onChange={(v) => setN(typeof v === 'number' ? v : 0)} min={-1000} max={1000} w={150} />
          <DateInput label={t('calendar.endDate')} valueFormat="D MMMM YYYY" dateParser={parseTypedDate} placeholder="HH/BB/TTTT" value={to} onChange={setTo} clearable w={200} />
          <Button onClick={compute} disabled={!from}>
            {t('calendar.compute')}
          </Button>
        </Group>
        {result && <Text data-testid="calc-result">{result}</Text>}
        {error && <Text c="red">{error}</Text>}
      </Stack>
    </Card>
  );
}
