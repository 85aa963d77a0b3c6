import type { RouteDef } from '../../app/route-types.ts';
import { ExaminationPage } from './ExaminationPage.tsx';

export const examinationRoutes: RouteDef[] = [{ pattern: '/cases/:id/examination', render: (p) => <ExaminationPage caseId={Number(p.id)} /> }];
