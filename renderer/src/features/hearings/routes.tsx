import type { RouteDef } from '../../app/route-types.ts';
import { lazyScreen } from '../../app/lazy-screen.ts';

const HearingCalendarPage = lazyScreen(() => import('./HearingCalendarPage.tsx'), 'HearingCalendarPage');
const StaffPage = lazyScreen(() => import('./StaffPage.tsx'), 'StaffPage');

export const hearingRoutes: RouteDef[] = [
  { pattern: '/hearings', render: () => <HearingCalendarPage />, reads: () => [['calendar:data', {}]], nav: { labelKey: 'schedule.nav', order: 40, activeFor: ['/hearings/:date'] } },
  { pattern: '/hearings/:date', reads: () => [['calendar:data', {}]], render: (p) => <HearingCalendarPage date={/^\d{4}-\d{2}-\d{2}$/.test(p.date ?? '') ? p.date : undefined} /> },
  { pattern: '/staff', render: () => <StaffPage />, reads: () => [['staff:list', {}], ['rooms:list', {}]], nav: { labelKey: 'staff.title', order: 75 } },
];
