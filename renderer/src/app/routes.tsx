import type { RouteDef } from './route-types.ts';
import { matchPattern } from './use-hash-route.ts';
import { caseRoutes } from '../features/cases/routes.tsx';
import { employeeRoutes } from '../features/employees/routes.tsx';
import { backupRoutes } from '../features/backup/routes.tsx';
import { dashboardRoutes } from '../features/dashboard/routes.tsx';
import { calendarRoutes } from '../features/calendar/routes.tsx';
import { accountRoutes } from '../features/accounts/routes.tsx';
import { hearingRoutes } from '../features/hearings/routes.tsx';
import { examinationRoutes } from '../features/examination/routes.tsx';
import { letterRoutes } from '../features/letters/routes.tsx';
import { reportRoutes } from '../features/reports/routes.tsx';
import { sanctionRoutes } from '../features/sanctions/routes.tsx';
import { recommendationRoutes } from '../features/recommendations/routes.tsx';
import { serverStatusRoutes } from '../features/server-status/routes.tsx';
import { trustRoutes } from '../features/trust/routes.tsx';
import { checkoutRoutes } from '../features/checkout/routes.tsx';
import { bundleSendRoutes } from '../features/bundles/send-routes.tsx';
import { pactRoutes } from '../features/pacts/routes.tsx';
import { receivedRoutes } from '../features/received/routes.tsx';

/** Every screen of the app, one list per feature. The first route is the home screen. */
export const routes: RouteDef[] = [...caseRoutes, ...employeeRoutes, ...dashboardRoutes, ...calendarRoutes, ...accountRoutes, ...backupRoutes, ...hearingRoutes, ...examinationRoutes, ...letterRoutes, ...sanctionRoutes, ...recommendationRoutes, ...serverStatusRoutes, ...reportRoutes, ...pactRoutes, ...trustRoutes, ...receivedRoutes, ...checkoutRoutes, ...bundleSendRoutes];

/** The route for a path (literal segments win over `:params`), or the home screen. */
export function resolveRoute(path: string): { route: RouteDef; params: Record<string, string> } {
  const ordered = [...routes].sort((a, b) => paramCount(a.pattern) - paramCount(b.pattern));
  for (const route of ordered) {
    const params = matchPattern(route.pattern, path);
    if (params) return { route, params };
  }
  return { route: routes[0]!, params: {} };
}

function paramCount(pattern: string): number {
  return pattern.split('/').filter((s) => s.startsWith(':')).length;
}
