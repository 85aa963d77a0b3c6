import type { RouteDef } from '../../app/route-types.ts';
import { OfficeSettingsPage } from './OfficeSettingsPage.tsx';
import { RegisterTemplatePage } from './RegisterTemplatePage.tsx';

export const settingsRoutes: RouteDef[] = [
  { pattern: '/settings/letters', render: () => <OfficeSettingsPage />, nav: { labelKey: 'letterUi.navSettings', order: 88 }, requires: 'letters:saveSettings' },
  { pattern: '/settings/register', render: () => <RegisterTemplatePage />, nav: { labelKey: 'registerUi.nav', order: 89 }, requires: 'cases:setRegisterTemplate' },
];
