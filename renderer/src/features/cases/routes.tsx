import type { RouteDef } from '../../app/route-types.ts';
import { CaseListPage } from './CaseListPage.tsx';
import { CaseIntakePage } from './CaseIntakePage.tsx';
import { CaseDetailPage } from './CaseDetailPage.tsx';
import { CaseEditPage } from './CaseEditPage.tsx';

export const caseRoutes: RouteDef[] = [
  { pattern: '/cases', render: () => <CaseListPage />, nav: { labelKey: 'nav.cases', order: 10, activeFor: ['/cases/:id', '/cases/:id/edit'] } },
  { pattern: '/cases/new', render: () => <CaseIntakePage />, nav: { labelKey: 'nav.newCase', order: 20 }, requires: 'cases:create' },
  { pattern: '/cases/:id', render: (p) => <CaseDetailPage id={Number(p.id)} /> },
  { pattern: '/cases/:id/edit', render: (p) => <CaseEditPage id={Number(p.id)} />, requires: 'cases:update' },
];
