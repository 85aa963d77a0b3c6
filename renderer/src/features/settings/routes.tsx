import type { RouteDef } from '../../app/route-types.ts';
import { lazyScreen } from '../../app/lazy-screen.ts';

const OfficeSettingsPage = lazyScreen(() => import('./OfficeSettingsPage.tsx'), 'OfficeSettingsPage');
const LegalBasisPage = lazyScreen(() => import('./LegalBasisPage.tsx'), 'LegalBasisPage');
const RegisterTemplatePage = lazyScreen(() => import('./RegisterTemplatePage.tsx'), 'RegisterTemplatePage');

export const settingsRoutes: RouteDef[] = [
  { pattern: '/settings/letters', render: () => <OfficeSettingsPage />, nav: { labelKey: 'letterUi.navSettings', order: 88 }, requires: 'letters:saveSettings' },
  { pattern: '/settings/legal-basis', render: () => <LegalBasisPage />, nav: { labelKey: 'legalBasisUi.nav', order: 88.5 }, requires: 'letters:saveLegalBasis' },
  { pattern: '/settings/register', render: () => <RegisterTemplatePage />, nav: { labelKey: 'registerUi.nav', order: 89 }, requires: 'cases:setRegisterTemplate' },
];
