import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SanctionCatalogue } from '../../../../shared/examination/sanctions.ts';

interface Props {
  catalogue: SanctionCatalogue | undefined;
  sanctionCode: string | undefined;
  durationMonths: number | null | undefined;
  /** A sanction picked: its only duration comes with it, otherwise the duration is asked again. */
  onChange: (next: { sanctionCode: string; durationMonths: number | null }) => void;
  onDuration: (months: number | null) => void;
  labels: { sanction: string; duration: string };
  errors: { sanctionCode?: unknown; durationMonths?: unknown };
  disabled?: boolean;
}

/** The sanction and its duration from one catalogue: the decision form and an appeal outcome that changes the sanction. */
export function SanctionFields(props: Props) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const sanction = props.catalogue?.sanctions.find((s) => s.code === props.sanctionCode);
  return (
    <>
      <Select
        label={props.labels.sanction}
        withAsterisk
        allowDeselect={false}
        disabled={props.disabled}
        data={(props.catalogue?.sanctions ?? []).map((s) => ({ value: s.code, label: `${s.title[lang]}${s.level ? ` (${s.level})` : ''}` }))}
        value={props.sanctionCode || null}
        onChange={(x) => {
          const s = props.catalogue?.sanctions.find((y) => y.code === x);
          props.onChange({ sanctionCode: x ?? '', durationMonths: s?.durations?.length === 1 ? s.durations[0]! : null });
        }}
        error={props.errors.sanctionCode as string | undefined}
      />
      <Select
        label={props.labels.duration}
        allowDeselect={false}
        disabled={props.disabled || !sanction?.durations}
        data={(sanction?.durations ?? []).map((m) => ({ value: String(m), label: String(m) }))}
        value={props.durationMonths ? String(props.durationMonths) : null}
        onChange={(x) => props.onDuration(x ? Number(x) : null)}
        error={props.errors.durationMonths as string | undefined}
      />
    </>
  );
}
