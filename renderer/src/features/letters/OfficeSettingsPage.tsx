import { Alert, Button, FileButton, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifications } from '@mantine/notifications';
import { call } from '../../app/api.ts';
import { uploadFile } from '../../app/upload.ts';
import { UPLOAD_MAX_BYTES } from '../../../../shared/uploads/schemas.ts';
import { showTime } from '../../app/format.ts';
import type { OfficeSettingsView } from '../../../../shared/letters/office-settings.ts';
import { OfficeSettingsForm } from './OfficeSettingsForm.tsx';
import { useAction } from '../../app/use-action.ts';
import { useLoad } from '../../app/use-load.ts';
import { usePaintedOnce } from '../../app/BelowTheFold.tsx';

/** Checked here too (main checks it at uploads:begin) so a huge file is never read. */
const LOGO_MAX_BYTES = UPLOAD_MAX_BYTES.logo;

/** "Pengaturan Naskah": the office logo (own upload, checked in main) and the settings form. */
export function OfficeSettingsPage() {
  const { t } = useTranslation();
  const loadedSettings = useLoad(() => call('letters:settings', {}), []);
  const settings = loadedSettings.data ?? null;
  const error = settings ? null : loadedSettings.error;
  const setSettings = (s: OfficeSettingsView) => loadedSettings.setData(() => s);
  // The logo is shown when it loads; without it the page still works (the letters print without one).
  const loadedLogo = useLoad(() => call('letters:logo', {}), []);
  const logo = loadedLogo.data ? `data:${loadedLogo.data.mime};base64,${loadedLogo.data.dataBase64}` : null;
  const [savedAt, setSavedAt] = useState<string | null>(null);

  // Uploading and removing the logo: one change at a time, its failure under the logo.
  const changingLogo = useAction(async (file: File | null) => {
    if (!file) {
      setSettings(await call('letters:removeLogo', {}));
      loadedLogo.setData(() => null);
      return;
    }
    if (file.size > LOGO_MAX_BYTES) throw new Error(t('letters.logoTooLarge', { maxKb: LOGO_MAX_BYTES / 1024 }));
    setSettings(await call('letters:uploadLogo', { uploadId: await uploadFile(file, 'logo') }));
    loadedLogo.reload();
  });
  const logoError = changingLogo.error;
  // Held here: the form is remounted for new saved values, and is then drawn whole at once.
  const restShown = usePaintedOnce(settings !== null);
  const busy = changingLogo.busy;

  if (error) return <Alert color="red" role="alert">{error}</Alert>;
  if (!settings) return null;
  return (
    <Stack maw={1100}>
      <Title order={2}>{t('letterUi.settingsTitle')}</Title>
      <Paper withBorder p="md">
        <Text fw={600} mb="xs">{t('letterUi.logo')}</Text>
        <Group align="center">
          {logo ? (
            <Image src={logo} alt={t('letterUi.logo')} w={72} h={72} fit="contain" data-testid="logo-preview" />
          ) : (
            <Text size="sm" c="dimmed">{t('letterUi.logoNone')}</Text>
          )}
          <FileButton onChange={(f) => f && void changingLogo.run(f)} accept="image/png,image/jpeg">
            {(props) => <Button {...props} variant="light" loading={busy}>{t('letterUi.logoUpload')}</Button>}
          </FileButton>
          {logo && <Button variant="subtle" color="red" onClick={() => void changingLogo.run(null)} disabled={busy}>{t('letterUi.logoRemove')}</Button>}
        </Group>
        {logoError && <Alert color="red" role="alert" mt="xs" data-testid="logo-error">{logoError}</Alert>}
        <Text size="xs" c="dimmed" mt="xs">{t('letterUi.logoHint')}</Text>
      </Paper>
      <OfficeSettingsForm
        key={JSON.stringify({ ...settings, logoFile: '', version: 0 })}
        initial={settings}
        savedAt={savedAt}
        restShown={restShown}
        onSaved={(s) => {
          setSettings(s);
          setSavedAt(showTime(new Date()));
          // The form is long and Save is at its bottom: the answer appears where the clerk clicked.
          notifications.show({ color: 'teal', message: t('letterUi.saved') });
        }}
      />
    </Stack>
  );
}
