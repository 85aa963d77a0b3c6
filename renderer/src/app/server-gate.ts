import { GATE_ATTRIBUTE, GATE_LANGUAGE_ATTRIBUTE, SERVER_GATES } from '../../../shared/web/server-gate.ts';
import type { ServerGate } from '../../../shared/web/server-gate.ts';

let drawn: ServerGate | null = null;
let heldSubmit: HTMLFormElement | null = null;

/**
 * The sign-in screen the server drew into `root` in `language`, or null: none drawn, or drawn
 * in another language than the app starts in (its markup is then not what the app renders).
 */
export function gateInPage(root: HTMLElement, language: string): ServerGate | null {
  const gate = root.getAttribute(GATE_ATTRIBUTE);
  if (root.getAttribute(GATE_LANGUAGE_ATTRIBUTE) !== language) return null;
  return (SERVER_GATES as readonly (string | null)[]).includes(gate) ? (gate as ServerGate) : null;
}

/**
 * The app starts from the screen the server drew: the gates draw it until their answers come
 * (RecoveryGate: normal mode; AuthGate: this form), so the first render is the page's markup.
 * The prerender (renderer/src/prerender.tsx) sets it too, before drawing each screen.
 */
export function startFromServerGate(gate: ServerGate | null): void {
  drawn = gate;
}

export function serverGate(): ServerGate | null {
  return drawn;
}

/**
 * Takes over a submit made on the server-drawn form before the app's scripts ran (the page's
 * injected script held it: electron/web/early-submit-script.ts); the form sends it once drawn by
 * the app (features/accounts/use-server-drawn-form.ts).
 */
export function takeOverEarlySubmit(): void {
  heldSubmit = window.sipenaTakeEarlySubmit?.() ?? null;
}

/**
 * Ends the page's own answering of the drawn form's eye buttons and language switch
 * (electron/web/early-controls-script.ts): from here on the app's handlers answer them. Called in the
 * same commit that reads the state those controls were left in (features/accounts/AuthCard.tsx).
 */
export function takeOverEarlyControls(): void {
  window.sipenaTakeEarlyControls?.();
}

/** The form whose submit was held, once. */
export function heldSubmitFor(form: HTMLFormElement): boolean {
  if (heldSubmit !== form) return false;
  heldSubmit = null;
  return true;
}
