import type { RouteDef } from '../../app/route-types.ts';
import { lazyScreen } from '../../app/lazy-screen.ts';

const ExaminationPage = lazyScreen(() => import('./ExaminationPage.tsx'), 'ExaminationPage');

export const examinationRoutes: RouteDef[] = [{ pattern: '/cases/:id/examination', render: (p) => <ExaminationPage caseId={Number(p.id)} /> }];
