import { lazy } from 'react';
import type { LazyExoticComponent, ReactNode } from 'react';
import { errorText } from '../../../shared/error-text.ts';

const loaders: (() => Promise<unknown>)[] = [];

const RETRY_DELAYS_MS = [500, 1500, 4000];
const FAILED_CHUNK_URL = /(?:https?|app):\/\/[^\s'"]+\.js/;

/**
 * Imports a screen's code, again after a failure. On an office LAN a client's link can drop
 * while a chunk downloads; Chromium then remembers that URL as failed for the page's life
 * and a plain second import() fails at once without asking the server. So the retry asks
 * for the same file under a fresh query string (same origin, same bytes, allowed by the
 * CSP), after a short wait that lets the connection come back.
 */
export async function importWithRetry<M>(load: () => Promise<M>): Promise<M> {
  try {
    return await load();
  } catch (first) {
    const url = FAILED_CHUNK_URL.exec(errorText(first))?.[0];
    if (!url) throw first;
    let last: unknown = first;
    for (const [attempt, delay] of RETRY_DELAYS_MS.entries()) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      try {
        return (await import(/* @vite-ignore */ `${url}?retry=${Date.now()}-${attempt}`)) as M;
      } catch (e) {
        last = e;
      }
    }
    throw last;
  }
}

/** A component loaded with import() the first time it is shown; `load` is the dynamic import, `name` its export. */
export function lazyModule<P extends object, K extends string>(load: () => Promise<Record<K, (props: P) => ReactNode>>, name: K): LazyExoticComponent<(props: P) => ReactNode> {
  return lazy(async () => ({ default: (await importWithRetry(load))[name] }));
}

/**
 * A screen loaded with import() the first time it is shown, so the login screen downloads
 * and parses only the gates. `load` is the feature's dynamic import, `name` its export.
 * Registered for the prefetch after sign-in.
 */
export function lazyScreen<P extends object, K extends string>(load: () => Promise<Record<K, (props: P) => ReactNode>>, name: K): LazyExoticComponent<(props: P) => ReactNode> {
  loaders.push(load);
  return lazyModule(load, name);
}

let preloaded = false;

/**
 * After sign-in, fetches the screens' code while the browser is idle, one chunk at a time,
 * so the first visit to a menu entry does not wait for the network. Heavy libraries that
 * only one panel needs (pdf.js) are imported by that panel and are not part of this. The
 * first failure (the connection is down) ends the prefetch: the remaining screens load
 * when opened, instead of the prefetch marking every one of them failed in the browser.
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
      () => undefined,
    );
  };
  idle(next);
}
