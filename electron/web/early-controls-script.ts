import { GATE_ATTRIBUTE } from '../../shared/web/server-gate.ts';

/**
 * The part of the injected page scripts (harness and office server) that answers the controls of a
 * sign-in form the server drew (shared/web/server-gate.ts) until the app has taken it over: React's
 * handlers are not there yet, so the password fields' eye buttons would do nothing and the language
 * switch's highlight would stay where it was drawn. An eye button (it names its field in
 * aria-controls: features/accounts/DrawnPasswordInput.tsx) turns on mousedown or touchend, as
 * Mantine's does: its field's type and its aria-pressed, which also picks the icon (CSS). The app
 * reads aria-pressed and the checked language when it takes over; `window.sipenaTakeEarlyControls()`
 * then stops this script, so each press is answered once, by one of the two.
 */
export function earlyControlsScript(): string {
  const drawn = `#root[${GATE_ATTRIBUTE}]`;
  return `
  const revealEarly = (event) => {
    const button = event.target instanceof Element ? event.target.closest(${JSON.stringify(`${drawn} button[aria-controls][aria-pressed]`)}) : null;
    const input = button && document.getElementById(button.getAttribute('aria-controls'));
    if (!(input instanceof HTMLInputElement)) return;
    event.preventDefault();
    event.stopPropagation();
    const reveal = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(reveal));
    input.type = reveal ? 'text' : 'password';
  };
  const chooseEarly = (event) => {
    const control = event.target instanceof Element ? event.target.closest(${JSON.stringify(`${drawn} [role="radiogroup"] > *`)}) : null;
    for (const other of control ? control.parentElement.children : []) {
      for (const el of [other, other.querySelector('label')]) {
        if (el && other === control) el.setAttribute('data-active', 'true');
        else el?.removeAttribute('data-active');
      }
    }
  };
  const earlyControls = [['mousedown', revealEarly], ['touchend', revealEarly], ['change', chooseEarly]];
  for (const [type, fn] of earlyControls) document.addEventListener(type, fn, true);
  Object.defineProperty(window, 'sipenaTakeEarlyControls', {
    value: () => {
      for (const [type, fn] of earlyControls) document.removeEventListener(type, fn, true);
    },
    writable: false,
    configurable: false,
  });`;
}
