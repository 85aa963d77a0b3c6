import type { RouteDef } from '../../app/route-types.ts';
import { DEFAULT_SOON_WORKDAYS, needsActionRequest } from './needs-action-query.ts';
import { lazyScreen } from '../../app/lazy-screen.ts';

const DashboardPage = lazyScreen(() => import('./DashboardPage.tsx'), 'DashboardPage');

export const dashboardRoutes: RouteDef[] = [{ pattern: '/dashboard', render: () => <DashboardPage />, reads: () => [['deadlines:needsAction', needsActionRequest(DEFAULT_SOON_WORKDAYS)]], nav: { labelKey: 'dashboard.title', order: 1 } }];
