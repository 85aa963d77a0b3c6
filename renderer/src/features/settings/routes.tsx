import type { RouteDef } from '../../app/route-types.ts';
import { OfficeSettingsPage } from './OfficeSettingsPage.tsx';

export const settingsRoutes: RouteDef[] = [
  { pattern: '/settings/letters', render: () => <OfficeSettingsPage />, nav: { labelKey: 'letterUi.navSettings', order: 88 }, requires: 'letters:saveSettings' },
];
