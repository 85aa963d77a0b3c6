import { Button, Group, Select } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTypedDate } from '../../../../shared/indonesian/parse-date.ts';
import type { RecapDimension, RecapHeading, RecapOptions, RecapQuery } from '../../../../shared/reports/recap.ts';

/** Filter keys of the recap request and where each one's choices come from. */
const FILTERS = [
  ['opdId', 'opd', 'opds'],
  ['employmentType', 'employment', 'employmentTypes'],
  ['source', 'source', 'sources'],
  ['violationCode', 'violation', 'violations'],
  ['level', 'level', 'levels'],
  ['sanctionCode', 'sanction', 'sanctions'],
  ['status', 'status', 'statuses'],
] as const satisfies readonly (readonly [keyof RecapQuery['filters'], RecapDimension, keyof RecapOptions])[];

const data = (list: RecapHeading[] | undefined) => (list ?? []).map((h) => ({ value: h.key, label: h.label }));

/**
 * The period, one select per filter, and the two attributes of the pivot. Drawn again only when the query or the choices change:
 * the recap's answer, the cell measure, the paper and an export's spinner re-render the screen, and these ten inputs took a
 * share of each such frame for nothing they show.
 */
export const RecapFilters = memo(function RecapFilters({ query, onChange, options }: { query: RecapQuery; onChange: (q: RecapQuery) => void; options: RecapOptions | undefined }) {
  const { t } = useTranslation();
  const f = query.filters;
  const setFilter = (key: keyof RecapQuery['filters'], value: string | null) => {
    const next: Record<string, unknown> = { ...f };
    if (value === null || value === '') delete next[key];
    else next[key] = key === 'opdId' ? Number(value) : value;
    onChange({ ...query, filters: next as RecapQuery['filters'] });
  };
  const dims = data(options?.dimensions);
  return (
    <Group gap="xs" align="flex-end" data-testid="recap-filters">
      <DateInput w={150} label={t('recap.from')} valueFormat="D MMM YYYY" dateParser={parseTypedDate} value={f.from} onChange={(v) => v && onChange({ ...query, filters: { ...f, from: v } })} data-testid="recap-from" />
      <DateInput w={150} label={t('recap.to')} valueFormat="D MMM YYYY" dateParser={parseTypedDate} value={f.to} onChange={(v) => v && onChange({ ...query, filters: { ...f, to: v } })} data-testid="recap-to" />
      <Select
        w={220}
        label={t('recap.caseOrigin')}
        allowDeselect={false}
        value={f.origin ?? 'own'}
        onChange={(v) => {
          // Received records name their OPD in words: this office's OPD filter does not apply to them.
          const { opdId: _opd, origin: _origin, ...rest } = f;
          onChange({ ...query, filters: v === null || v === 'own' ? { ...rest, ...(f.opdId !== undefined ? { opdId: f.opdId } : {}) } : { ...rest, origin: v } });
        }}
        data={data(options?.origins)}
        comboboxProps={{ width: 360 }}
        data-testid="recap-filter-origin"
      />
      {FILTERS.filter(([key]) => key !== 'opdId' || f.origin === undefined || f.origin === 'own').map(([key, dim, list]) => (
        <Select
          key={key}
          w={key === 'violationCode' || key === 'sanctionCode' ? 220 : 160}
          label={t(`recap.dimensions.${dim}`)}
          placeholder={t('recap.all')}
          clearable
          searchable
          comboboxProps={{ width: 420 }}
          value={f[key] === undefined ? null : String(f[key])}
          onChange={(v) => setFilter(key, v)}
          data={data(options?.[list] as RecapHeading[] | undefined)}
          data-testid={`recap-filter-${dim}`}
        />
      ))}
      <Select w={190} label={t('recap.rows')} allowDeselect={false} value={query.rows} data={dims.filter((d) => d.value !== query.columns)}
        onChange={(v) => v && onChange({ ...query, rows: v as RecapDimension })} data-testid="recap-rows" />
      <Select w={190} label={t('recap.columns')} placeholder={t('recap.noColumns')} clearable value={query.columns ?? null} data={dims.filter((d) => d.value !== query.rows)}
        onChange={(v) => {
          const { columns: _drop, ...rest } = query;
          onChange(v ? { ...rest, columns: v as RecapDimension } : rest);
        }} data-testid="recap-columns" />
      <Button variant="subtle" onClick={() => onChange({ ...query, filters: { from: f.from, to: f.to } })} data-testid="recap-reset">{t('case.resetFilters')}</Button>
    </Group>
  );
});
