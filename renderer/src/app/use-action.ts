import { useEffect, useState } from 'react';
import { errorText } from '../../../shared/error-text.ts';

export interface ActionState {
  /** True while the action runs; its button shows loading and a second click does nothing. */
  busy: boolean;
  /** The last failure's text, cleared when the action runs again. */
  error: string | null;
}

/**
 * Turns a failure into the text to show, or null when it was shown elsewhere already
 * (a STALE refusal in the record version's notice, messages on the form's fields).
 */
export type Failed = (e: unknown) => string | null;

/**
 * The hook's core, without React: one action at a time, its state published to `publish`.
 * A run asked for while one is in flight is dropped, so a double click submits once. After
 * `detach` (the component unmounted) the outcome is not published and the failure is not
 * handed to `failed`: the screen it would change is gone.
 */
export class ActionRunner {
  #busy = false;
  #live = true;
  readonly #publish: (state: ActionState) => void;

  constructor(publish: (state: ActionState) => void) {
    this.#publish = publish;
  }

  attach(): void {
    this.#live = true;
  }

  detach(): void {
    this.#live = false;
  }

  /** Forgets the last failure's text (the modal was closed, the alert dismissed). */
  clear(): void {
    this.#publish({ busy: this.#busy, error: null });
  }

  /** Runs `task` unless one is running; resolves when it has finished (never rejects). */
  async run(task: () => Promise<void>, failed: Failed = errorText): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    this.#publish({ busy: true, error: null });
    let error: string | null = null;
    try {
      await task();
    } catch (e) {
      if (this.#live) error = failed(e);
    } finally {
      this.#busy = false;
      if (this.#live) this.#publish({ busy: false, error });
    }
  }
}

export interface Action<A extends unknown[]> extends ActionState {
  /** Runs the action with these arguments, unless it is already running. */
  run: (...args: A) => Promise<void>;
  /** Forgets the last failure's text. */
  clear: () => void;
}

/**
 * A button's or a form's write to main: `run` calls `action`, `busy` is true meanwhile
 * (a second `run` then does nothing: one click, one submission), `error` is the failure's
 * text (`errorText`, or what `failed` makes of it), cleared by the next run. The outcome of
 * a run that ends after the component unmounted is dropped. A form with a record version
 * passes its failures through `catchStale` first (see `saveFailure` in form-errors.ts).
 */
export function useAction<A extends unknown[]>(action: (...args: A) => Promise<void>, failed: Failed = errorText): Action<A> {
  const [state, setState] = useState<ActionState>({ busy: false, error: null });
  const [runner] = useState(() => new ActionRunner(setState));
  useEffect(() => {
    runner.attach();
    return () => runner.detach();
  }, [runner]);
  return { ...state, run: (...args: A) => runner.run(() => action(...args), failed), clear: () => runner.clear() };
}
