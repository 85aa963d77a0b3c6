import type { RouteDef } from '../../app/route-types.ts';
import { DashboardPage } from './DashboardPage.tsx';

export const dashboardRoutes: RouteDef[] = [{ pattern: '/dashboard', render: () => <DashboardPage />, nav: { labelKey: 'dashboard.title', order: 1 } }];
