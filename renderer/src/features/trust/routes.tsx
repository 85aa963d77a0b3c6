import type { RouteDef } from '../../app/route-types.ts';
import { lazyScreen } from '../../app/lazy-screen.ts';

const TrustPage = lazyScreen(() => import('./TrustPage.tsx'), 'TrustPage');

export const trustRoutes: RouteDef[] = [
  { pattern: '/trust', render: () => <TrustPage />, nav: { labelKey: 'trust.nav', order: 91 }, requires: 'trust:list' },
];
