import type { RouteDef } from '../../app/route-types.ts';
import { lazyScreen } from '../../app/lazy-screen.ts';

const SiasnExportPage = lazyScreen(() => import('./SiasnExportPage.tsx'), 'SiasnExportPage');

export const reportRoutes: RouteDef[] = [{ pattern: '/reports/siasn', render: () => <SiasnExportPage />, nav: { labelKey: 'siasn.nav', order: 64 }, requires: 'reports:siasnExport' }];
