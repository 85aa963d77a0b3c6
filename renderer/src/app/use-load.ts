import { useCallback, useEffect, useState } from 'react';
import type { DependencyList } from 'react';
import { errorText } from '../../../shared/error-text.ts';

export interface Loaded<T> {
  /** The last value loaded, kept while a reload runs (unless `keepWhileLoading: false`); undefined before the first. */
  data: T | undefined;
  /** The last failure's message (cleared by the next success). */
  error: string | null;
  /** True while a call for the current deps is in flight. */
  loading: boolean;
  /** Runs the load again with the same deps (after a save, say). */
  reload: () => void;
}

export interface LoadOptions {
  /**
   * Whether the last value and failure stay on screen while a newer load runs (true, the
   * default: a list does not blink empty on reload). False for a screen where the old value
   * would mislead, such as the preview of another backup file: data is undefined and error
   * null until the answer for the current deps (or reload) arrives.
   */
  keepWhileLoading?: boolean;
}

/** What a load answered and for which deps (the caller's deps plus the reload counter). */
export interface LoadResult<T> {
  data: T | undefined;
  error: string | null;
  for: DependencyList | null;
}

export const NOTHING_LOADED: LoadResult<never> = { data: undefined, error: null, for: null };

/** The hook's view of `result` when the current deps are `current`: loading is "no answer yet for these deps". */
export function shownLoad<T>(result: LoadResult<T>, current: DependencyList, keepWhileLoading = true): Omit<Loaded<T>, 'reload'> {
  const answered = result.for;
  const loading = answered === null || answered.length !== current.length || answered.some((d, i) => !Object.is(d, current[i]));
  if (loading && !keepWhileLoading) return { data: undefined, error: null, loading };
  return { data: result.data, error: result.error, loading };
}

/**
 * The result after a load for `current` failed: the error text, with the last value kept
 * when the screen keeps values while loading (a reload that failed still shows the list)
 * and dropped when it does not (the failed preview of one file never shows another's).
 */
export function failedLoad<T>(prev: LoadResult<T>, e: unknown, current: DependencyList, keepWhileLoading = true): LoadResult<T> {
  return { data: keepWhileLoading ? prev.data : undefined, error: errorText(e), for: current };
}

/**
 * Loads data for a component: runs `load` when `deps` change and on `reload()`, and keeps
 * the value, the error text and whether it is loading. An answer that arrives after the
 * component unmounted or after newer deps asked again is dropped, so a slow old answer
 * never overwrites a newer one. `options.keepWhileLoading: false` hides the last value and
 * failure while the current deps load. The deps are checked by the react-hooks lint rule
 * (eslint.config.js names useLoad as an effect hook).
 */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList, options: LoadOptions = {}): Loaded<T> {
  const [tick, setTick] = useState(0);
  const current = [...deps, tick];
  const [result, setResult] = useState<LoadResult<T>>(NOTHING_LOADED);
  const keep = options.keepWhileLoading ?? true;
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setResult({ data: value, error: null, for: current }),
      (e: unknown) => live && setResult((prev) => failedLoad(prev, e, current, keep)),
    );
    return () => {
      live = false;
    };
    // `load` is a new closure each render; the caller's deps (checked by the lint rule) say when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { ...shownLoad(result, current, keep), reload };
}
