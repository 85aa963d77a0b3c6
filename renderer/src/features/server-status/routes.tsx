import type { RouteDef } from '../../app/route-types.ts';
import { lazyScreen } from '../../app/lazy-screen.ts';

const ServerStatusPage = lazyScreen(() => import('./ServerStatusPage.tsx'), 'ServerStatusPage');

export const serverStatusRoutes: RouteDef[] = [
  { pattern: '/server-status', render: () => <ServerStatusPage />, nav: { labelKey: 'serverStatus.nav', order: 92 }, requires: 'server:status' },
];
