import type { RouteDef } from '../../app/route-types.ts';
import { lazyScreen } from '../../app/lazy-screen.ts';
import { casePageRequest, noFilters, toListQuery } from './list-query.ts';

const CaseListPage = lazyScreen(() => import('./CaseListPage.tsx'), 'CaseListPage');
const CaseIntakePage = lazyScreen(() => import('./CaseIntakePage.tsx'), 'CaseIntakePage');
const CaseDetailPage = lazyScreen(() => import('./CaseDetailPage.tsx'), 'CaseDetailPage');
const CaseEditPage = lazyScreen(() => import('./CaseEditPage.tsx'), 'CaseEditPage');
const RegisterTemplatePage = lazyScreen(() => import('./RegisterTemplatePage.tsx'), 'RegisterTemplatePage');

export const caseRoutes: RouteDef[] = [
  {
    pattern: '/cases',
    render: () => <CaseListPage />,
    reads: () => [['cases:options', {}], ['cases:list', casePageRequest(toListQuery(noFilters), 0)]],
    nav: { labelKey: 'nav.cases', order: 10, activeFor: ['/cases/:id', '/cases/:id/edit'] },
  },
  { pattern: '/cases/new', render: () => <CaseIntakePage />, reads: () => [['cases:options', {}]], nav: { labelKey: 'nav.newCase', order: 20 }, requires: 'cases:create' },
  { pattern: '/cases/:id', render: (p) => <CaseDetailPage id={Number(p.id)} />, reads: (p) => [['cases:get', { id: Number(p.id) }]] },
  { pattern: '/cases/:id/edit', render: (p) => <CaseEditPage id={Number(p.id)} />, requires: 'cases:update' },
  { pattern: '/settings/register', render: () => <RegisterTemplatePage />, reads: () => [['cases:registerTemplate', {}]], nav: { labelKey: 'registerUi.nav', order: 89 }, requires: 'cases:setRegisterTemplate' },
];
