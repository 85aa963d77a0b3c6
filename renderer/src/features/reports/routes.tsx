import type { RouteDef } from '../../app/route-types.ts';
import { lazyScreen } from '../../app/lazy-screen.ts';
import { initialRecapQuery } from './recap-query.ts';

const SiasnExportPage = lazyScreen(() => import('./SiasnExportPage.tsx'), 'SiasnExportPage');
const RecapPage = lazyScreen(() => import('./RecapPage.tsx'), 'RecapPage');

export const reportRoutes: RouteDef[] = [
  { pattern: '/reports/siasn', render: () => <SiasnExportPage />, nav: { labelKey: 'siasn.nav', order: 64 }, requires: 'reports:siasnExport' },
  {
    pattern: '/reports/recap',
    render: () => <RecapPage />,
    reads: () => [['reports:recapOptions', {}], ['reports:recap', initialRecapQuery()]],
    nav: { labelKey: 'recap.nav', order: 63 },
    requires: 'reports:recap',
  },
];
