import { useSyncExternalStore } from 'react';

/**
 * Screens are addressed by the URL hash (#/cases/12), which works the same under
 * app:// in Electron and http:// in the browser harness. Paths are plain strings;
 * patterns use `:name` segments (see routes.tsx).
 */
export interface RouteMatch {
  path: string;
  params: Record<string, string>;
}

/** Matches `/cases/12` against `/cases/:id`; returns the params or null. */
export function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = decodeURIComponent(got[i]!);
    if (w.startsWith(':')) params[w.slice(1)] = g;
    else if (w !== g) return null;
  }
  return params;
}

export function currentPath(): string {
  return window.location.hash.replace(/^#/, '') || '/';
}

/** The hash href for a path, for <a href> and NavLink. */
export function href(path: string): string {
  return `#${path}`;
}

export function navigate(path: string): void {
  window.location.hash = path;
}

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

/** The current hash path, re-rendering on changes. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}
