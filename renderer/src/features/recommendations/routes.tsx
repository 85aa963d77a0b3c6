import type { RouteDef } from '../../app/route-types.ts';
import { lazyScreen } from '../../app/lazy-screen.ts';

const RecommendationListPage = lazyScreen(() => import('./RecommendationListPage.tsx'), 'RecommendationListPage');
const RecommendationFormPage = lazyScreen(() => import('./RecommendationFormPage.tsx'), 'RecommendationFormPage');
const RecommendationDetailPage = lazyScreen(() => import('./RecommendationDetailPage.tsx'), 'RecommendationDetailPage');

export const recommendationRoutes: RouteDef[] = [
  {
    pattern: '/recommendations',
    render: () => <RecommendationListPage />,
    nav: { labelKey: 'rec.nav', order: 46, activeFor: ['/recommendations/new', '/recommendations/:id'] },
    requires: 'recommendations:list',
  },
  { pattern: '/recommendations/new', render: () => <RecommendationFormPage />, requires: 'recommendations:create' },
  { pattern: '/recommendations/:id', render: (p) => <RecommendationDetailPage id={Number(p.id)} />, requires: 'recommendations:get' },
];
