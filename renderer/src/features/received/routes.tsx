import type { RouteDef } from '../../app/route-types.ts';
import { lazyScreen } from '../../app/lazy-screen.ts';

const ReceivedListPage = lazyScreen(() => import('./ReceivedListPage.tsx'), 'ReceivedListPage');
const ReceivedCasePage = lazyScreen(() => import('./ReceivedCasePage.tsx'), 'ReceivedCasePage');
const ReceivedImportPage = lazyScreen(() => import('./ReceivedImportPage.tsx'), 'ReceivedImportPage');

export const receivedRoutes: RouteDef[] = [
  { pattern: '/received', render: () => <ReceivedListPage />, nav: { labelKey: 'received.nav', order: 65, activeFor: ['/received/:origin/:caseUuid', '/received/import'] }, requires: 'received:list' },
  { pattern: '/received/import', render: () => <ReceivedImportPage />, requires: 'received:import' },
  { pattern: '/received/:origin/:caseUuid', render: (p) => <ReceivedCasePage origin={p.origin!} caseUuid={p.caseUuid!} />, requires: 'received:get' },
];
