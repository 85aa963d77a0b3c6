import { startTransition, useEffect, useState } from 'react';

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

// One hashchange listener for the app: first the navigation's read-ahead, then the screens.
const navigationListeners = new Set<(path: string) => void>();
const pathListeners = new Set<() => void>();
let listening = false;

function listen(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('hashchange', () => {
    const path = currentPath();
    for (const fn of navigationListeners) fn(path);
    for (const fn of pathListeners) fn();
  });
}

/**
 * Calls `fn` with the new path as a navigation starts, before any screen renders for it.
 * Returns the unsubscribe function.
 */
export function onNavigate(fn: (path: string) => void): () => void {
  listen();
  navigationListeners.add(fn);
  return () => {
    navigationListeners.delete(fn);
  };
}

/**
 * The current hash path, re-rendering on changes. The new screen is rendered as a transition:
 * React yields to the browser while it draws it, so the requests its route read ahead leave
 * at once instead of after the render (a request started in a task is sent only when the
 * main thread is free), and the screen shown stays usable until the new one is ready.
 */
export function usePath(): string {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    listen();
    const update = () => startTransition(() => setPath(currentPath()));
    pathListeners.add(update);
    // A navigation between the first render and this subscription is not missed.
    update();
    return () => {
      pathListeners.delete(update);
    };
  }, []);
  return path;
}
