import { useEffect } from 'react';
import { call } from '../../app/api.ts';

const EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const;
const HEARTBEAT_MS = 60_000;
const CHECK_MS = 15_000;

/**
 * Locks the screen after `minutes` without keyboard or mouse input. While the user is
 * active a heartbeat (`auth:touch`, at most once a minute) keeps main's own idle lock,
 * which main enforces regardless of this hook, from firing under them.
 */
export function useIdleLock(active: boolean, minutes: number, onLocked: () => void): void {
  useEffect(() => {
    if (!active) return;
    let lastInput = Date.now();
    let lastBeat = Date.now();
    const onInput = () => {
      lastInput = Date.now();
      if (lastInput - lastBeat > HEARTBEAT_MS) {
        lastBeat = lastInput;
        void call('auth:touch', {}).catch(() => undefined);
      }
    };
    const timer = window.setInterval(() => {
      if (Date.now() - lastInput < minutes * 60_000) return;
      window.clearInterval(timer);
      void call('auth:lock', {})
        .catch(() => undefined)
        .then(onLocked);
    }, CHECK_MS);
    for (const e of EVENTS) window.addEventListener(e, onInput, { passive: true });
    return () => {
      window.clearInterval(timer);
      for (const e of EVENTS) window.removeEventListener(e, onInput);
    };
  }, [active, minutes, onLocked]);
}
