import type { RouteDef } from '../../app/route-types.ts';
import { lazyScreen } from '../../app/lazy-screen.ts';

const PactListPage = lazyScreen(() => import('./PactListPage.tsx'), 'PactListPage');
const PactDetailPage = lazyScreen(() => import('./PactDetailPage.tsx'), 'PactDetailPage');

// Daily work beside the registry its signers come from (employees 50, OPD 55), before the reports.
export const pactRoutes: RouteDef[] = [
  { pattern: '/pacts', render: () => <PactListPage />, reads: () => [['pacts:list', {}]], nav: { labelKey: 'pacts.nav', order: 57, activeFor: ['/pacts/:id'] }, requires: 'pacts:list' },
  { pattern: '/pacts/:id', render: (p) => <PactDetailPage id={Number(p.id)} />, reads: (p) => [['pacts:get', { id: Number(p.id) }]], requires: 'pacts:get' },
];
