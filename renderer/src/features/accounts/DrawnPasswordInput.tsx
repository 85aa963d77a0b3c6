import { PasswordInput } from '@mantine/core';
import type { PasswordInputProps } from '@mantine/core';
import { useId, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './drawn-password-input.css';

/**
 * A password field of a gate form the server may draw as HTML before the app's scripts run
 * (shared/web/server-gate.ts). Its eye button names the field (aria-controls) so the page's early
 * script can turn it meanwhile (electron/web/early-controls-script.ts), and draws both icons, the
 * pressed state picking one (drawn-password-input.css): the script sets aria-pressed and the type
 * only, and the markup the app takes over is the same whatever was pressed. The app starts from the
 * button's aria-pressed (React sets the input's type again as it takes the input over, but leaves the
 * button's attributes), read again as the form is taken over (a press may have come while React was
 * drawing).
 */
export function DrawnPasswordInput(props: Omit<PasswordInputProps, 'id' | 'visible' | 'onVisibilityChange'>) {
  const { t } = useTranslation();
  const id = useId();
  const [visible, setVisible] = useState(() => revealedInPage(id));
  // Once, at the take-over: the page's script may have turned the button after the render above read it
  // (the state lives outside React until then); a layout effect, so no frame shows the other state.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useLayoutEffect(() => setVisible(revealedInPage(id)), [id]);
  return (
    <PasswordInput
      {...props}
      id={id}
      visible={visible}
      onVisibilityChange={setVisible}
      visibilityToggleIcon={EyeIcons}
      visibilityToggleButtonProps={{ 'aria-label': t('ui.showPassword'), 'aria-controls': id }}
    />
  );
}

/** Whether the eye button of field `id` in the page is pressed (the server's drawing, turned by the page's script). */
function revealedInPage(id: string): boolean {
  if (typeof document === 'undefined') return false;
  const button = [...document.querySelectorAll('button[aria-controls]')].find((b) => b.getAttribute('aria-controls') === id);
  return button?.getAttribute('aria-pressed') === 'true';
}

/** Mantine's two eye icons (PasswordToggleIcon), both drawn: the button's aria-pressed shows one. */
function EyeIcons() {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256" style={{ width: 'var(--psi-icon-size)', height: 'var(--psi-icon-size)' }} fill="none" stroke="currentColor" strokeLinecap="round" strokeLinejoin="round" strokeWidth="16">
      <g data-eye="open">
        <path d="M128 56c-80 0-112 72-112 72s32 72 112 72 112-72 112-72-32-72-112-72z" />
        <circle cx="128" cy="128" r="40" />
      </g>
      <g data-eye="shut">
        <path d="M48 40l160 176M154.91 157.6a40 40 0 01-53.82-59.2M135.53 88.71a40 40 0 0132.3 35.53" />
        <path d="M208.61 169.1C230.41 149.58 240 128 240 128s-32-72-112-72a126 126 0 00-20.68 1.68M74 68.6C33.23 89.24 16 128 16 128s32 72 112 72a118.05 118.05 0 0054-12.6" />
      </g>
    </svg>
  );
}
