import type { RouteDef } from '../../app/route-types.ts';
import { EmployeeListPage } from './EmployeeListPage.tsx';
import { ImportWizard } from './ImportWizard.tsx';
import { OpdPage } from './OpdPage.tsx';

export const employeeRoutes: RouteDef[] = [
  { pattern: '/employees', render: () => <EmployeeListPage />, nav: { labelKey: 'employee.nav', order: 50, activeFor: ['/employees/import'] }, requires: 'employees:list' },
  { pattern: '/employees/import', render: () => <ImportWizard />, requires: 'employees:importBegin' },
  { pattern: '/opds', render: () => <OpdPage />, nav: { labelKey: 'opd.nav', order: 55 }, requires: 'opds:list' },
];
