import { Button, Group, Select, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_SORTS, CASE_SOURCES } from '../../../../shared/cases/schemas.ts';
import type { CaseSort } from '../../../../shared/cases/schemas.ts';
import { noFilters } from './list-query.ts';
import type { CaseFilterValues } from './list-query.ts';
import type { CaseOptions } from '../../../../shared/ipc/channels/cases.ts';
import { parseTypedDate } from '../../../../shared/indonesian/parse-date.ts';
import { statusLabel } from './status-label.ts';
import { EMPLOYMENT_TYPES } from '../../../../shared/employees/employment-type.ts';

/**
 * The list toolbar: search box, one select per filter, incident date range and sort.
 * Memoised: its nine Mantine inputs are most of the list's render cost, and the list renders
 * again for every answer and scroll while the filters stay as they were.
 */
export const CaseFilters = memo(function CaseFilters({ value, onChange, options }: { value: CaseFilterValues; onChange: (v: CaseFilterValues) => void; options: CaseOptions | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const set = (patch: Partial<CaseFilterValues>) => onChange({ ...value, ...patch });
  const current = options?.catalogues.find((c) => c.version === options.currentVersion);
  const w = 170;
  return (
    <Group gap="xs" align="flex-end" data-testid="case-filters">
      <TextInput style={{ flex: 1, minWidth: 240 }} aria-label={t('actions.search')} placeholder={t('case.searchPlaceholder')} value={value.search} onChange={(e) => set({ search: e.currentTarget.value })} />
      <Select w={w} aria-label={t('case.status')} placeholder={t('case.allStatuses')} clearable value={value.status} onChange={(v) => set({ status: v })}
        data={(options?.statuses ?? []).map((s) => ({ value: s, label: statusLabel(t, s) }))} />
      <Select w={w} aria-label={t('case.opd')} placeholder={t('case.allOpds')} clearable searchable value={value.opdId} onChange={(v) => set({ opdId: v })}
        data={(options?.opds ?? []).map((o) => ({ value: String(o.id), label: o.name }))} />
      <Select w={w} aria-label={t('case.violations')} placeholder={t('case.allViolations')} clearable searchable value={value.violationCode} onChange={(v) => set({ violationCode: v })}
        data={(current?.entries ?? []).map((e) => ({ value: e.code, label: e.title[lang] }))} comboboxProps={{ width: 420 }} />
      <Select w={w} aria-label={t('case.source')} placeholder={t('case.allSources')} clearable value={value.source} onChange={(v) => set({ source: v })}
        data={CASE_SOURCES.map((s) => ({ value: s, label: t(`sources.${s}`) }))} />
      <Select w={140} aria-label={t('case.employmentType')} placeholder={t('case.allTypes')} clearable value={value.employmentType} onChange={(v) => set({ employmentType: v })}
        data={EMPLOYMENT_TYPES.map((v) => ({ value: v, label: v === 'NON_ASN' ? 'Non-ASN' : v }))} />
      <DateInput w={150} aria-label={t('case.dateFrom')} placeholder={t('case.dateFrom')} clearable valueFormat="D MMM YYYY" dateParser={parseTypedDate} value={value.dateFrom} onChange={(v) => set({ dateFrom: v })} />
      <DateInput w={150} aria-label={t('case.dateTo')} placeholder={t('case.dateTo')} clearable valueFormat="D MMM YYYY" dateParser={parseTypedDate} value={value.dateTo} onChange={(v) => set({ dateTo: v })} />
      <Select w={190} aria-label={t('case.sort')} allowDeselect={false} value={value.sort} onChange={(v) => set({ sort: (v ?? 'registered_desc') as CaseSort })}
        data={CASE_SORTS.map((s) => ({ value: s, label: t(`sorts.${s}`) }))} />
      <Button variant="subtle" onClick={() => onChange(noFilters)}>{t('case.resetFilters')}</Button>
    </Group>
  );
});
