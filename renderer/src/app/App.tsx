import { AppShell, Group, NavLink, SegmentedControl, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { href, usePath } from './use-hash-route.ts';
import { resolveRoute, routes } from './routes.tsx';
import { switchLanguage } from './i18n.ts';
import type { Language } from '../../../shared/i18n/languages.ts';

/** Shell: header, navigation built from the route list, and the current screen. */
export function App() {
  const { t, i18n } = useTranslation();
  const path = usePath();
  const { route, params } = resolveRoute(path);
  const navItems = routes.filter((r) => r.nav).sort((a, b) => a.nav!.order - b.nav!.order);
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 220, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Title order={3}>{t('app.name')}</Title>
            <Text size="sm" c="dimmed">{t('app.tagline')}</Text>
          </Group>
          <SegmentedControl
            size="xs"
            aria-label={t('app.language')}
            value={i18n.language}
            onChange={(v) => void switchLanguage(v as Language)}
            data={[{ value: 'id', label: 'ID' }, { value: 'en', label: 'EN' }]}
          />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        {navItems.map((r) => (
          <NavLink
            key={r.pattern}
            href={href(r.pattern)}
            label={t(r.nav!.labelKey)}
            active={route === r || (r.nav!.activeFor ?? []).includes(route.pattern)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>{route.render(params)}</AppShell.Main>
    </AppShell>
  );
}
