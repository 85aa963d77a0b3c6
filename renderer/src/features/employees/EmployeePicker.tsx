import { Combobox, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { formatNip } from '../../../../shared/nip.ts';
import type { Employee } from '../../../../shared/employees/schemas.ts';

export interface EmployeePickerProps {
  /** Called with the chosen registry entry; the picker then clears itself. */
  onPick: (employee: Employee) => void;
  label?: string;
  /** Registry ids already chosen (e.g. other accused of the same case): not offered again. */
  excludeIds?: number[];
  limit?: number;
}

/**
 * Finds an employee in the registry by name or NIP (`employees:search`, best matches
 * first) for the case intake form. Typing 2+ characters searches; picking returns the
 * whole employee (id, NIP, name, type, pangkat, jabatan, unit kerja, OPD).
 */
export function EmployeePicker({ onPick, label, excludeIds = [], limit = 10 }: EmployeePickerProps) {
  const { t } = useTranslation();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  // Matches answer the query typed: a stale answer is never shown (nor kept while the next loads).
  // A failed search offers nothing, as a search that found nothing.
  const found = useLoad(
    () => (debounced.length < 2 ? Promise.resolve([]) : call('employees:search', { query: debounced, limit }).catch(() => [])),
    [debounced, limit],
    { keepWhileLoading: false },
  );

  const loading = debounced.length >= 2 && found.loading;
  const options = (debounced.length < 2 ? [] : (found.data ?? [])).filter((e) => !excludeIds.includes(e.id));
  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(value) => {
        const picked = options.find((e) => String(e.id) === value);
        if (picked) onPick(picked);
        setQuery('');
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target>
        <TextInput
          label={label ?? t('employee.pickerLabel')}
          placeholder={t('employee.pickerPlaceholder')}
          value={query}
          data-testid="employee-picker"
          rightSection={loading ? <Loader size={16} /> : null}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={debounced.length < 2}>
        <Combobox.Options>
          {options.length === 0 && !loading ? (
            <Combobox.Empty>{t('employee.pickerNothing')}</Combobox.Empty>
          ) : (
            options.map((e) => (
              <Combobox.Option value={String(e.id)} key={e.id}>
                <Text size="sm" fw={500}>
                  {e.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatNip(e.nip)} · {t(`employmentTypes.${e.employmentType}`)}
                  {e.jabatan ? ` · ${e.jabatan}` : ''}
                  {e.opdName ? ` · ${e.opdName}` : ''}
                </Text>
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
