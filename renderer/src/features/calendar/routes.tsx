import type { RouteDef } from '../../app/route-types.ts';
import { lazyScreen } from '../../app/lazy-screen.ts';

const CalendarAdminPage = lazyScreen(() => import('./CalendarAdminPage.tsx'), 'CalendarAdminPage');
const DeadlineRulesPage = lazyScreen(() => import('./DeadlineRulesPage.tsx'), 'DeadlineRulesPage');

export const calendarRoutes: RouteDef[] = [
  { pattern: '/calendar', render: () => <CalendarAdminPage />, reads: () => [['calendar:years', {}], ['calendar:data', {}]], nav: { labelKey: 'calendar.nav', order: 80 } },
  { pattern: '/deadline-rules', render: () => <DeadlineRulesPage />, reads: () => [['deadlines:rules', {}], ['deadlines:procedureRules', {}]], nav: { labelKey: 'deadlines.title', order: 85 } },
];
