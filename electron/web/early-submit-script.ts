/**
 * The part of the injected page scripts (harness and office server) that keeps a sign-in form the
 * server drew as HTML (shared/web/server-gate.ts) from losing a submit made before the app's
 * scripts have run: the form has no action (the page's CSP allows none), so the browser would
 * refuse it and the click or Enter would be lost. It is held instead, and the app sends it once it
 * has taken the form over (renderer/src/app/server-gate.ts): `window.sipenaTakeEarlySubmit()`
 * stops the holding and gives the held form.
 */
export function earlySubmitScript(): string {
  return `
  let heldForm = null;
  const hold = (event) => {
    event.preventDefault();
    heldForm = event.target;
  };
  document.addEventListener('submit', hold, true);
  Object.defineProperty(window, 'sipenaTakeEarlySubmit', {
    value: () => {
      document.removeEventListener('submit', hold, true);
      const form = heldForm;
      heldForm = null;
      return form;
    },
    writable: false,
    configurable: false,
  });`;
}
