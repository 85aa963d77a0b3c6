import { Alert, AppShell, Center, Group, Loader, NavLink, ScrollArea, SegmentedControl, Text, Title } from '@mantine/core';
import { Suspense, useEffect } from 'react';
// The date pickers appear only on screens behind sign-in: their styles come with the shell.
import '@mantine/dates/styles.css';
import { useTranslation } from 'react-i18next';
import { href, onNavigate, usePath } from './use-hash-route.ts';
import { readAhead } from './api.ts';
import { forgetEarly } from './read-ahead.ts';
import { resolveRoute, routes } from './routes.tsx';
import { switchLanguage } from './i18n.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import { useCan } from './session.ts';
import { preloadScreens } from './lazy-screen.ts';
import { ScreenErrorBoundary } from './ScreenErrorBoundary.tsx';
import { UserMenu } from '../features/accounts/UserMenu.tsx';

/**
 * The navigation in two groups: daily work (cases, hearings, people, letters) above the
 * office's administration (examiners, calendar, rules, settings, users, backup). Entries
 * are grouped by their order: administration screens are ordered from 70 on.
 */
const NAV_GROUPS = [
  { labelKey: 'app.navDaily', has: (order: number) => order < 70 },
  { labelKey: 'app.navAdmin', has: (order: number) => order >= 70 },
];

/** Shell: header, navigation built from the route list (only what the role may open), and the current screen. */
export function Shell() {
  const { t, i18n } = useTranslation();
  const path = usePath();
  const { route, params } = resolveRoute(path);
  const allowed = useCan();
  useEffect(preloadScreens, []);
  // A screen's first reads go out with the click, not after the screen has rendered.
  useEffect(
    () =>
      onNavigate((next) => {
        const { route: to, params: toParams } = resolveRoute(next);
        const opens = !to.requires || allowed(to.requires);
        // Always called: a new navigation drops the previous one's reads, even to a screen that reads nothing.
        readAhead(opens ? (to.reads?.(toParams) ?? []).filter(([channel]) => allowed(channel)) : []);
      }),
    [allowed],
  );
  const screenKey = `${route.pattern}?${JSON.stringify(params)}`;
  const navItems = routes.filter((r) => r.nav && (!r.requires || allowed(r.requires))).sort((a, b) => a.nav!.order - b.nav!.order);
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 220, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Title order={3}>{t('app.name')}</Title>
            <Text size="sm" c="dimmed">{t('app.tagline')}</Text>
          </Group>
          <Group gap="sm">
            <UserMenu />
            <SegmentedControl
              size="xs"
              aria-label={t('app.language')}
              value={i18n.language}
              onChange={(v) => void switchLanguage(v as Language)}
              data={[{ value: 'id', label: 'ID' }, { value: 'en', label: 'EN' }]}
            />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        {/* Scrolls on its own: with every screen listed, the menu is taller than a small office monitor. */}
        <AppShell.Section grow component={ScrollArea} type="auto">
          {NAV_GROUPS.map((g) => {
            const items = navItems.filter((r) => g.has(r.nav!.order));
            if (items.length === 0) return null;
            return (
              <div key={g.labelKey} role="group" aria-label={t(g.labelKey)}>
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="xs" pb={4}>
                  {t(g.labelKey)}
                </Text>
                {items.map((r) => (
                  <NavLink
                    key={r.pattern}
                    href={href(r.pattern)}
                    label={t(r.nav!.labelKey)}
                    active={route === r || (r.nav!.activeFor ?? []).includes(route.pattern)}
                  />
                ))}
              </div>
            );
          })}
        </AppShell.Section>
      </AppShell.Navbar>
      {/* Which screen is drawn: a navigation renders as a transition, so the hash changes before its screen shows. */}
      <AppShell.Main data-path={path}>
        {route.requires && !allowed(route.requires) ? (
          <Alert color="red" role="alert">{t('errors.FORBIDDEN')}</Alert>
        ) : (
          // One screen instance per route and parameters: moving from case 1 to case 2
          // starts the screen afresh, so nothing of case 1 (a letter preview, a panel's
          // answer still on its way, a failed load) can appear on case 2's page.
          <ScreenErrorBoundary key={screenKey}>
            <Suspense fallback={<Center py="xl"><Loader size="sm" /></Center>}>
              {route.render(params)}
              {/* Keyed by path too: "#/" to "#/cases" keeps the same screen, which takes nothing of
                  what that navigation read ahead; left there, the answer would be given to the
                  screen's next identical request (a live reload) as if it were fresh. */}
              <ScreenMounted key={path} />
            </Suspense>
          </ScreenErrorBoundary>
        )}
      </AppShell.Main>
    </AppShell>
  );
}

/**
 * Mounted after the screen, once its code has come: the screen's own effects (its first loads)
 * have run before this one's, so what they did not take of the read-ahead is stale from now on.
 */
function ScreenMounted() {
  useEffect(forgetEarly, []);
  return null;
}
