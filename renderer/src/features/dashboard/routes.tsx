import type { RouteDef } from '../../app/route-types.ts';
import { lazyScreen } from '../../app/lazy-screen.ts';

const DashboardPage = lazyScreen(() => import('./DashboardPage.tsx'), 'DashboardPage');

export const dashboardRoutes: RouteDef[] = [{ pattern: '/dashboard', render: () => <DashboardPage />, nav: { labelKey: 'dashboard.title', order: 1 } }];
