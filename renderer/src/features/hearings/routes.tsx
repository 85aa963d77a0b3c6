import type { RouteDef } from '../../app/route-types.ts';
import { lazyScreen } from '../../app/lazy-screen.ts';
import { firstWeek } from './calendar-events.ts';

const HearingCalendarPage = lazyScreen(() => import('./HearingCalendarPage.tsx'), 'HearingCalendarPage');
const StaffPage = lazyScreen(() => import('./StaffPage.tsx'), 'StaffPage');

/** The day a calendar link opens on, when it is a date at all. */
const dayParam = (date: string | undefined) => (/^\d{4}-\d{2}-\d{2}$/.test(date ?? '') ? date : undefined);

export const hearingRoutes: RouteDef[] = [
  { pattern: '/hearings', render: () => <HearingCalendarPage />, reads: () => [['calendar:data', {}], ['hearings:range', firstWeek()]], nav: { labelKey: 'schedule.nav', order: 40, activeFor: ['/hearings/:date'] } },
  {
    pattern: '/hearings/:date',
    reads: (p) => [['calendar:data', {}], ['hearings:range', firstWeek(dayParam(p.date))]],
    render: (p) => <HearingCalendarPage date={dayParam(p.date)} />,
  },
  { pattern: '/staff', render: () => <StaffPage />, reads: () => [['staff:list', {}], ['rooms:list', {}]], nav: { labelKey: 'staff.title', order: 75 } },
];
