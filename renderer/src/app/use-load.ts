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
  /**
   * Replaces the loaded value on the spot, without asking main again: `setData((rows) =>
   * rows?.map((r) => (r.id === saved.id ? saved : r)))` after a save answered with the saved
   * row. `update` gets the value held now (undefined before the first answer) and returns the
   * new one; it must not change its argument or do anything else (React may call it twice). A load still in flight when it is called was asked before the save and may
   * answer with the rows from before it, so that answer is dropped and the load is asked
   * again (`loading` stays true until the new answer, which then replaces the patched value).
   * The last failure's text stays. Stable across renders, like `reload`.
   */
  setData: (update: (current: T | undefined) => T | undefined) => void;
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
export function shownLoad<T>(result: LoadResult<T>, current: DependencyList, keepWhileLoading = true): Omit<Loaded<T>, 'reload' | 'setData'> {
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
 * The hook's core, without React: starts loads, lands their answers through `publish` (a
 * state updater, as React's setState takes one) and applies local sets. At most one load is
 * live: starting one for new deps (or a reload) comes after the previous one's `stop`, and
 * a stopped load's answer is dropped. `set` while a load is in flight stops it and calls
 * `again` (the hook bumps its reload counter), so an answer asked for before the set never
 * overwrites the set value and the screen still gets an answer asked for after it.
 */
export class LoadRunner<T> {
  #inFlight: { live: boolean } | null = null;
  readonly #publish: (next: (prev: LoadResult<T>) => LoadResult<T>) => void;
  readonly #again: () => void;

  constructor(publish: (next: (prev: LoadResult<T>) => LoadResult<T>) => void, again: () => void) {
    this.#publish = publish;
    this.#again = again;
  }

  /** Runs `load` for `current` (the caller's deps plus the reload counter); returns the function that stops it. */
  start(load: () => Promise<T>, current: DependencyList, keepWhileLoading = true): () => void {
    const run = { live: true };
    this.#inFlight = run;
    const settle = (next: (prev: LoadResult<T>) => LoadResult<T>) => {
      if (!run.live) return;
      this.#inFlight = null;
      this.#publish(next);
    };
    load().then(
      (value) => settle(() => ({ data: value, error: null, for: current })),
      (e: unknown) => settle((prev) => failedLoad(prev, e, current, keepWhileLoading)),
    );
    return () => {
      run.live = false;
      if (this.#inFlight === run) this.#inFlight = null;
    };
  }

  /** Replaces the value held with `update(value)`; a load in flight is dropped and asked again. */
  set(update: (current: T | undefined) => T | undefined): void {
    this.#publish((prev) => ({ ...prev, data: update(prev.data) }));
    const stale = this.#inFlight;
    if (stale === null) return;
    stale.live = false;
    this.#inFlight = null;
    this.#again();
  }
}

/**
 * Loads data for a component: runs `load` when `deps` change and on `reload()`, and keeps
 * the value, the error text and whether it is loading. An answer that arrives after the
 * component unmounted or after newer deps asked again is dropped, so a slow old answer
 * never overwrites a newer one. `options.keepWhileLoading: false` hides the last value and
 * failure while the current deps load. The deps are checked by the react-hooks lint rule
 * (eslint.config.js names useLoad as an effect hook).
 *
 * After a save, a screen either asks again (`reload()`: main's order and every row fresh)
 * or, when the save answered with what changed, patches the value it holds
 * (`setData(update)`: no round trip, the edited row stays where it was):
 *
 *   const rules = useLoad(() => call('deadlines:rules', {}), []);
 *   const replace = (saved: DeadlineRuleView) =>
 *     rules.setData((rs) => rs?.map((r) => (r.id === saved.id ? saved : r)));
 *
 * A load in flight when `setData` is called is dropped and asked again (see `setData`).
 */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList, options: LoadOptions = {}): Loaded<T> {
  const [tick, setTick] = useState(0);
  const current = [...deps, tick];
  const [result, setResult] = useState<LoadResult<T>>(NOTHING_LOADED);
  const keep = options.keepWhileLoading ?? true;
  const reload = useCallback(() => setTick((n) => n + 1), []);
  const [runner] = useState(() => new LoadRunner<T>(setResult, reload));
  // `load` is a new closure each render; the caller's deps (checked by the lint rule) say when it changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => runner.start(load, current, keep), [...deps, tick]);
  const setData = useCallback((update: (current: T | undefined) => T | undefined) => runner.set(update), [runner]);
  return { ...shownLoad(result, current, keep), reload, setData };
}
