import type { RouteDef } from '../../app/route-types.ts';
import { lazyScreen } from '../../app/lazy-screen.ts';

const BackupPage = lazyScreen(() => import('./BackupPage.tsx'), 'BackupPage');

export const backupRoutes: RouteDef[] = [
  { pattern: '/backup', render: () => <BackupPage />, reads: () => [['backup:list', {}]], nav: { labelKey: 'backup.nav', order: 90 }, requires: 'backup:list' },
];
