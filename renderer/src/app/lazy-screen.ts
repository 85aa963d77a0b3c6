import { lazy } from 'react';
import type { LazyExoticComponent, ReactNode } from 'react';

const loaders: (() => Promise<unknown>)[] = [];

/**
 * A screen loaded with import() the first time it is shown, so the login screen downloads
 * and parses only the shell. `load` is the feature's dynamic import, `name` its export.
 */
export function lazyScreen<P extends object, K extends string>(load: () => Promise<Record<K, (props: P) => ReactNode>>, name: K): LazyExoticComponent<(props: P) => ReactNode> {
  loaders.push(load);
  return lazy(async () => ({ default: (await load())[name] }));
}

let preloaded = false;

/**
 * After sign-in, fetches the screens' code while the browser is idle, one chunk at a time,
 * so the first visit to a menu entry does not wait for the network. Heavy libraries that
 * only one panel needs (pdf.js) are imported by that panel and are not part of this.
 */
export function preloadScreens(): void {
  if (preloaded) return;
  preloaded = true;
  const queue = [...loaders];
  const idle = (fn: () => void) => ('requestIdleCallback' in window ? window.requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 50));
  const next = () => {
    const load = queue.shift();
    if (!load) return;
    load().then(
      () => idle(next),
      () => idle(next),
    );
  };
  idle(next);
}
