import type { RouteDef } from '../../app/route-types.ts';
import { lazyScreen } from '../../app/lazy-screen.ts';

const SanctionsRegisterPage = lazyScreen(() => import('./SanctionsRegisterPage.tsx'), 'SanctionsRegisterPage');

export const sanctionRoutes: RouteDef[] = [
  { pattern: '/sanctions', render: () => <SanctionsRegisterPage />, nav: { labelKey: 'sanctionsUi.nav', order: 45 }, requires: 'sanctions:list' },
];
