import { Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';

interface Props {
  label: string;
  hint: string;
  value: string;
  onChange: (v: string) => void;
  /** The OS dialog exists (Electron): offer it next to the typed path. */
  dialogs: boolean;
  pick: 'folder' | 'file';
  error?: string | null;
}

/** A path on the computer running Sipena: typed (browser harness) or picked in the OS dialog (desktop). */
export function PathField({ label, hint, value, onChange, dialogs, pick, error }: Props) {
  const { t } = useTranslation();
  const choose = async () => {
    const r = await call(pick === 'folder' ? 'backup:chooseFolder' : 'backup:chooseFile', {});
    if (r.path) onChange(r.path);
  };
  return (
    <Group align="flex-end" wrap="nowrap">
      <TextInput style={{ flex: 1 }} label={label} description={hint} value={value} error={error} onChange={(e) => onChange(e.currentTarget.value)} />
      {dialogs && (
        <Button variant="default" onClick={() => void choose()}>
          {pick === 'folder' ? t('backup.chooseFolder') : t('backup.chooseFile')}
        </Button>
      )}
    </Group>
  );
}
