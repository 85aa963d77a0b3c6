import { useCallback, useEffect, useState } from 'react';
import type { DependencyList } from 'react';
import { errorText } from '../../../shared/error-text.ts';

export interface Loaded<T> {
  /** The last value loaded, kept while a reload runs; undefined before the first. */
  data: T | undefined;
  /** The last failure's message (cleared by the next success). */
  error: string | null;
  /** True while a call for the current deps is in flight. */
  loading: boolean;
  /** Runs the load again with the same deps (after a save, say). */
  reload: () => void;
}

/**
 * Loads data for a component: runs `load` when `deps` change and on `reload()`, and keeps
 * the value, the error text and whether it is loading. An answer that arrives after the
 * component unmounted or after newer deps asked again is dropped, so a slow old answer
 * never overwrites a newer one. The deps are checked by the react-hooks lint rule
 * (eslint.config.js names useLoad as an effect hook).
 */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [tick, setTick] = useState(0);
  const current = [...deps, tick];
  // Each result remembers the deps it answered: loading is "no answer yet for these deps".
  const [result, setResult] = useState<{ data: T | undefined; error: string | null; for: DependencyList | null }>({ data: undefined, error: null, for: null });
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setResult({ data: value, error: null, for: current }),
      (e: unknown) => live && setResult((prev) => ({ ...prev, error: errorText(e), for: current })),
    );
    return () => {
      live = false;
    };
    // `load` is a new closure each render; the caller's deps (checked by the lint rule) say when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  const loading = result.for === null || result.for.length !== current.length || result.for.some((d, i) => !Object.is(d, current[i]));
  return { data: result.data, error: result.error, loading, reload };
}
