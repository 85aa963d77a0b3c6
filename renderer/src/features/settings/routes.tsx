import type { RouteDef } from '../../app/route-types.ts';
import { lazyScreen } from '../../app/lazy-screen.ts';

const OfficeSettingsPage = lazyScreen(() => import('./OfficeSettingsPage.tsx'), 'OfficeSettingsPage');
const RegisterTemplatePage = lazyScreen(() => import('./RegisterTemplatePage.tsx'), 'RegisterTemplatePage');

export const settingsRoutes: RouteDef[] = [
  { pattern: '/settings/letters', render: () => <OfficeSettingsPage />, nav: { labelKey: 'letterUi.navSettings', order: 88 }, requires: 'letters:saveSettings' },
  { pattern: '/settings/register', render: () => <RegisterTemplatePage />, nav: { labelKey: 'registerUi.nav', order: 89 }, requires: 'cases:setRegisterTemplate' },
];
