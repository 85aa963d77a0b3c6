import { useSyncExternalStore } from 'react';

/** Screens are addressed by the URL hash (#/cases/12): works under app:// and http:// alike. */
export type Route =
  | { name: 'cases' }
  | { name: 'new-case' }
  | { name: 'case'; id: number };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'cases' && parts[1] === 'new') return { name: 'new-case' };
  if (parts[0] === 'cases' && parts[1] && /^\d+$/.test(parts[1])) return { name: 'case', id: Number(parts[1]) };
  return { name: 'cases' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'cases':
      return '#/cases';
    case 'new-case':
      return '#/cases/new';
    case 'case':
      return `#/cases/${route.id}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

/** The current route, re-rendering on hash changes. */
export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
