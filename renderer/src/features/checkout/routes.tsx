import type { RouteDef } from '../../app/route-types.ts';
import { lazyScreen } from '../../app/lazy-screen.ts';

const CheckoutPage = lazyScreen(() => import('./CheckoutPage.tsx'), 'CheckoutPage');

export const checkoutRoutes: RouteDef[] = [{ pattern: '/checkout', render: () => <CheckoutPage />, reads: () => [['checkout:list', {}]], nav: { labelKey: 'checkoutUi.nav', order: 42 }, requires: 'checkout:list' }];
