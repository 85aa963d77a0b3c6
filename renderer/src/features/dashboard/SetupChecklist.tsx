import { Anchor, Card, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { useLoad } from '../../app/use-load.ts';
import { href } from '../../app/use-hash-route.ts';
import { SETUP_STEPS, SETUP_STEP_PATH } from '../../../../shared/system/setup-checklist.ts';

/**
 * First run: what the office must set before its first case, each a link to its screen,
 * ticked when done (read from the data, not from clicks). Gone once every step is done.
 */
export function SetupChecklist() {
  const { t } = useTranslation();
  const { data } = useLoad(() => call('system:setupChecklist', {}), []);
  if (!data || SETUP_STEPS.every((s) => data[s])) return null;
  const done = SETUP_STEPS.filter((s) => data[s]).length;
  return (
    <Card withBorder data-testid="setup-checklist">
      <Stack gap="xs">
        <Title order={4}>
          {t('setup.title')} ({done}/{SETUP_STEPS.length})
        </Title>
        <Text size="sm" c="dimmed">
          {t('setup.hint')}
        </Text>
        <List spacing={4} size="sm" center>
          {SETUP_STEPS.map((step) => (
            <List.Item
              key={step}
              data-step={step}
              data-done={data[step] ? 'true' : 'false'}
              icon={
                <ThemeIcon size={18} radius="xl" color={data[step] ? 'teal' : 'gray'} variant={data[step] ? 'filled' : 'light'} aria-hidden>
                  {data[step] ? '✓' : ''}
                </ThemeIcon>
              }
            >
              <Anchor href={href(SETUP_STEP_PATH[step])} td={data[step] ? 'line-through' : undefined}>
                {t(`setup.steps.${step}`)}
              </Anchor>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
