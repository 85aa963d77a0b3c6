import type { RouteDef } from '../../app/route-types.ts';
import { lazyScreen } from '../../app/lazy-screen.ts';

const UsersPage = lazyScreen(() => import('./UsersPage.tsx'), 'UsersPage');

export const accountRoutes: RouteDef[] = [{ pattern: '/users', render: () => <UsersPage />, reads: () => [['users:list', {}], ['auth:status', {}]], nav: { labelKey: 'users.title', order: 90 }, requires: 'users:list' }];
