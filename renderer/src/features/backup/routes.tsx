import type { RouteDef } from '../../app/route-types.ts';
import { BackupPage } from './BackupPage.tsx';

export const backupRoutes: RouteDef[] = [
  { pattern: '/backup', render: () => <BackupPage />, nav: { labelKey: 'backup.nav', order: 90 }, requires: 'backup:list' },
];
