import type { RouteDef } from '../../app/route-types.ts';
import { lazyScreen } from '../../app/lazy-screen.ts';

const BundleSendPage = lazyScreen(() => import('./BundleSendPage.tsx'), 'BundleSendPage');

export const bundleSendRoutes: RouteDef[] = [
  { pattern: '/bundles/send', render: () => <BundleSendPage />, reads: () => [['bundles:outbox', {}]], nav: { labelKey: 'bundleExport.nav', order: 65 }, requires: 'bundles:outbox' },
];
