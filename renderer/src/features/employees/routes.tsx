import type { RouteDef } from '../../app/route-types.ts';
import { lazyScreen } from '../../app/lazy-screen.ts';

const EmployeeListPage = lazyScreen(() => import('./EmployeeListPage.tsx'), 'EmployeeListPage');
const ImportWizard = lazyScreen(() => import('./ImportWizard.tsx'), 'ImportWizard');
const OpdPage = lazyScreen(() => import('./OpdPage.tsx'), 'OpdPage');

export const employeeRoutes: RouteDef[] = [
  { pattern: '/employees', render: () => <EmployeeListPage />, nav: { labelKey: 'employee.nav', order: 50, activeFor: ['/employees/import'] }, requires: 'employees:list' },
  { pattern: '/employees/import', render: () => <ImportWizard />, requires: 'employees:importPreview' },
  { pattern: '/opds', render: () => <OpdPage />, nav: { labelKey: 'opd.nav', order: 55 }, requires: 'opds:list' },
];
