import type { RouteDef } from '../../app/route-types.ts';
import { UsersPage } from './UsersPage.tsx';

export const accountRoutes: RouteDef[] = [{ pattern: '/users', render: () => <UsersPage />, nav: { labelKey: 'users.title', order: 90 }, requires: 'users:list' }];
