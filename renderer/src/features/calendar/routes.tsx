import type { RouteDef } from '../../app/route-types.ts';
import { CalendarAdminPage } from './CalendarAdminPage.tsx';
import { DeadlineRulesPage } from './DeadlineRulesPage.tsx';

export const calendarRoutes: RouteDef[] = [
  { pattern: '/calendar', render: () => <CalendarAdminPage />, nav: { labelKey: 'calendar.nav', order: 80 } },
  { pattern: '/deadline-rules', render: () => <DeadlineRulesPage />, nav: { labelKey: 'deadlines.title', order: 85 } },
];
